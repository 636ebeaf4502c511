import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';
import { analyseQuestion } from '../../../src/answer/reader/analyse.js';

// Written for this test: each sentence holds a date and, before it, a count of days; the count is asked.
const article = (sentence: string) => parseArticle(`工程进展\n<p>记者 周行</p>\n<p>${sentence}</p>\n<p>当地有关部门表示，将继续做好后续工作。</p>`, 'unit');

describe('a count asked in a unit', () => {
  it('takes the measure word after 多少 or 几 as the unit asked', () => {
    expect(analyseQuestion('队员们在观测站坚守了多少天？').units).toEqual(['天']);
    expect(analyseQuestion('一共发射了几颗卫星？').units).toEqual(['颗']);
    expect(analyseQuestion('观测站在哪里？').units).toEqual([]);
  });

  it('is answered with the figure written in that unit, not a likelier span around another', () => {
    // Without the unit the ranker prefers 三天的9月28日 and 4月9日 here.
    const bridge = engineFromArticles([article('2021年国庆节前三天的9月28日，停工412天的大桥工地恢复施工。')]);
    expect(bridge.ask('大桥工地停工了多少天？').direct).toBe('412天');
    const street = engineFromArticles([article('今年清明节后五天的4月9日，封闭施工96天的老街重新开放。')]);
    expect(street.ask('老街封闭施工了多少天？').direct).toBe('96天');
  });
});

describe('a share asked', () => {
  it('is asked in percent', () => {
    expect(analyseQuestion('新能源汽车的销量占比是多少？').units).toEqual(['%']);
    expect(analyseQuestion('一季度营业收入的增幅是多少？').units).toEqual(['%']);
  });
});
