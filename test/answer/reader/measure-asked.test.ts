import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';
import { analyseQuestion } from '../../../src/answer/reader/analyse.js';
import { PEOPLE_MEASURES } from '../../../src/answer/reader/answer-types.js';

// Written for this test: a port's count of ships beside a count of routes in another measure, and
// a warehouse's bottles beside a share of humidity.
const PORT = `东湾港迎来避风船只
<p>受强冷空气影响，东湾港14日起暂停作业。海事部门通报，港区附近共有58艘渔船和货轮进港避风，另有12条内河航线停航。</p>
<p>港方表示，约有35%的堆场已腾空。</p>`;

const SAUCE = `东川一酱料厂停产整改
<p>东川市市场监管部门近日对东川味源食品有限公司开展飞行检查。质检发现，部分原料曾在潮湿环境中存放，湿度一度超过90%。</p>
<p>目前，仓库中尚未出厂的6000瓶已被封存，厂方表示将配合调查。</p>`;

describe('an English "how many" of a noun Chinese counts in its own measure', () => {
  it('asks in that measure: ships in 艘, bottles in 瓶', () => {
    expect(analyseQuestion('How many ships took shelter in the port?').units).toEqual(['艘']);
    expect(analyseQuestion('How many medical stations were set up?').units).toContain('个');
    expect(analyseQuestion('How many bottles were sealed?').units).toEqual(['瓶']);
  });

  it('is answered by the figure in that measure, not one in another measure of single things', () => {
    const engine = engineFromArticles([parseArticle(PORT, 'ships-counted')]);
    const direct = engine.ask('How many ships took shelter in the port?').direct ?? '';
    expect(direct).toContain('58艘');
    expect(direct).not.toContain('12条');
  });
});

describe('a share asked as a count in a measure', () => {
  const engine = engineFromArticles([parseArticle(SAUCE, 'share-not-count')]);

  it('is no answer: the likely figure in the measure is (6000瓶, not 90%)', () => {
    expect(engine.ask('仓库里封存了多少瓶？').direct).toBe('6000瓶');
    expect(engine.ask('How many bottles in the warehouse have been sealed?').direct).toBe('6000瓶');
  });
});

describe('the measure a count is asked in', () => {
  it('is the one after the asking word, not one before it that says which (几个批次…多少瓶)', () => {
    expect(analyseQuestion('召回的几个批次里，已经卖出去多少瓶了？').units).toEqual(['瓶']);
  });

  it('is people\'s for a noun of people with no measure (多少学生, 多少志愿者)', () => {
    expect(analyseQuestion('助学金资助了多少学生？').units).toEqual(PEOPLE_MEASURES);
    expect(analyseQuestion('活动招募了多少志愿者？').units).toEqual(PEOPLE_MEASURES);
    // 口 counts the people of a household or a village.
    expect(analyseQuestion('村里一共有多少口人？').units).toEqual(PEOPLE_MEASURES);
    // Children are counted with 个 as often: no people's measure is asked of them.
    expect(analyseQuestion('村里有多少孩子？').units).toEqual([]);
  });

  it('is a length for a length named (长度, 宽度)', () => {
    const units = analyseQuestion('这条隧道的长度是多少？').units;
    expect(units).toContain('米');
    expect(units).toContain('公里');
  });
});
