import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: one sentence counting three kinds of one thing, each figure before its kind,
// the kinds named by Latin letters as satellite constellations are.
const ARTICLE = `某导航系统完成组网
<p>某导航系统完成组网。</p>
<p>该系统采用混合星座，由20颗 ABC 卫星、4颗 DEFG 卫星以及 2 颗XYZ 卫星组成，共26颗卫星。</p>
<p>系统的定位精度优于5米。</p>`;

describe('the figure that counts what the question counts', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'counted-noun')]);

  it('is the one written right before the counted kind, with its measure word', () => {
    expect(engine.ask('该系统有几颗XYZ卫星？').direct).toBe('2 颗');
    expect(engine.ask('该系统有几颗DEFG卫星？').direct).toBe('4颗');
  });

  it('is found the same way for an English question', () => {
    expect(engine.ask('How many XYZ satellites does the system have?').direct).toBe('2 颗');
  });
});

// Written for this test: figures written after what they count, as news lists what was provided.
const AFTER = `某市举办马拉松赛
<p>某市马拉松赛昨日鸣枪开跑。</p>
<p>据组委会介绍，今年赛道共设饮水站12个、急救点30个，投入安保人员800余名，全程秩序良好。</p>`;

describe('the figure written right after what the question counts', () => {
  const engine = engineFromArticles([parseArticle(AFTER, 'counted-after')]);

  it('answers when no figure stands before the counted word, with its measure word', () => {
    // The English question's mapped words stand for what is counted; the list of the figures
    // before it (12个、急救点30个) had been given instead.
    expect(engine.ask('How many security staff were there?').direct).toBe('800余名');
    expect(engine.ask('投入了多少安保人员？').direct).toBe('800余名');
    expect(engine.ask('急救点有几个？').direct).toBe('30个');
  });
});

// Written for this test: two figures counting the same thing in one sentence, the whole and a part.
const PART = `县域人口统计公布
<p>据统计，全县共有十二个乡镇，其中三个乡镇的常住人口超过十万。</p>
<p>县政府计划在未来五年内新建两所医院。</p>`;

describe('of two figures counting what the question counts', () => {
  const engine = engineFromArticles([parseArticle(PART, 'counted-twice')]);

  it('answers with the one whose clause says what the question asks of it', () => {
    expect(engine.ask('有几个乡镇的常住人口超过十万？').direct).toMatch(/^三个/u);
    expect(engine.ask('全县共有几个乡镇？').direct).toMatch(/^十二个/u);
  });
});
