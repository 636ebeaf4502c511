import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a harvest report whose sown area, harvested area and share stand in one
// sentence, and a farmer's own acreage beside his yield in kilograms.
const HARVEST = `沐溪县水稻进入收割高峰
<p>记者从沐溪县农业农村局获悉，今年全县水稻种植面积32.5万亩，目前已收割约14万亩，占总面积的43%。</p>
<p>种粮大户闵川说，他承包的860亩稻田亩产达到610公斤，比去年多了40公斤。</p>`;

// A mountain whose height a Taiwanese reader asks in 公尺, written in 米.
const PEAK = `岚岳山步道重新开放
<p>岚岳山主峰海拔2,856米，是本县最高峰，步道全长11公里。</p>
<p>管理处表示，步道修复工程历时8个月，共花费新台币3,200万元。</p>`;

describe('a figure asked in a unit of area or length', () => {
  const harvest = engineFromArticles([parseArticle(HARVEST, 'harvest')]);

  it('gives the area in 亩 for 多少亩, not the share beside it', () => {
    const reply = harvest.ask('沐溪县今年一共种了多少亩水稻？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('32.5万亩');
    expect(reply.direct).not.toContain('43%');
  });

  it('gives a farmer’s acreage, not his yield in kilograms', () => {
    const reply = harvest.ask('闵川承包了多少亩地？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('860亩');
  });

  it('answers 多少公尺 with the height written in 米', () => {
    const engine = engineFromArticles([parseArticle(PEAK, 'peak')]);
    const reply = engine.ask('岚岳山主峰海拔多少公尺？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('2,856米');
  });
});

// A contractor's charge beside a length, asked in English by "how much … charge".
const REMOVAL = `旧招牌完成拆除
<p>这块长约8米的招牌由一家工程公司拆除，费用约18万元。</p>`;

describe('a charge asked in English', () => {
  const engine = engineFromArticles([parseArticle(REMOVAL, 'charge-asked')]);

  it('is answered by a sum of money, not by the length beside it', () => {
    expect(engine.ask('How much did the company charge to take down the sign?').direct).toBe('约18万元');
  });
});
