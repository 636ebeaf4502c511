import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: a lab finding with a figure of time, a share, and a rate of production.
const LAB = `闵知远团队筛出降解草酸的菌株
<p>记者从棠溪农业大学获悉，该校闵知远团队从盐碱地土壤中筛选出一株可高效降解草酸的菌株，命名为TQ-5。</p>
<p>实验显示，TQ-5能在48小时内将培养液中87%的草酸分解为二氧化碳和水。</p>
<p>团队合作企业的发酵车间目前菌剂量产转化效率达到64.2%，年产菌剂3,000吨。</p>`;

// Written for this test: an area sown and the share of the sowing done, in one sentence.
const SOWING = `棠溪县夏播过半
<p>截至6月20日，棠溪县已完成秋作物播种48.6万亩，播种进度达到73%，比去年同期快5个百分点。</p>`;

describe('a share asked', () => {
  const engine = engineFromArticles([parseArticle(LAB, 'lab')]);

  it('is never the figure the question writes itself (48 of "within 48 hours")', () => {
    const direct = engine.ask('How much of the oxalic acid can TQ-5 break down within 48 hours?').direct;
    expect(direct).toContain('87%');
    expect(direct).not.toBe('48');
  });

  it('is a percentage when the question writes 多少%, not the area beside it', () => {
    const sowing = engineFromArticles([parseArticle(SOWING, 'sowing')]);
    expect(sowing.ask('秋作物播种进度到多少%了').direct).toBe('73%');
    expect(sowing.ask('秋作物 planting 进度到多少%了').direct).toBe('73%');
    expect(engine.ask('菌剂量产转化效率到多少%了').direct).toBe('64.2%');
  });

  it('is a percentage when an English question names an efficiency before its verb', () => {
    expect(engine.ask('What conversion efficiency does the workshop reach in mass production?').direct).toBe('64.2%');
  });
});
