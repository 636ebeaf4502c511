import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for these tests: a patient's story with a temperature in ℃, a season of a year, and a
// sum named in its currency after 元.
const PATIENT = `淇县一名老人接受新疗法后康复出院
<p>2021年秋天，63岁的蒙先生被确诊患有淋巴瘤，此后先后接受了四轮化疗。</p>
<p>治疗后第3天，蒙先生出现发热，体温最高达39.6℃，医生随即给予对症处理。</p>
<p>县政府为其申请了大病救助资金12万元人民币。</p>`;

describe('a figure or a date given whole, as the article writes it', () => {
  const engine = engineFromArticles([parseArticle(PATIENT, 'figure-and-date-edges')]);

  it('keeps a temperature’s unit written as a symbol (39.6℃)', () => {
    expect(engine.ask('蒙先生体温最高到了多少度？').direct).toBe('39.6℃');
  });

  it('keeps the season a year is given with (2021年秋天), unless only the year is asked', () => {
    expect(engine.ask('蒙先生是什么时候确诊的？').direct).toBe('2021年秋天');
    expect(engine.ask('蒙先生是哪一年确诊的？').direct).toBe('2021年');
  });

  it('keeps the currency named after 元 (12万元人民币)', () => {
    expect(engine.ask('县政府为他申请了多少救助资金？').direct).toBe('12万元人民币');
  });
});
