import { describe, expect, it } from 'vitest';
import { asWritten, foldText, foldWithOrigin, originalSpan } from '../../src/language/fold.js';

describe('one script for matching', () => {
  it('simplifies traditional characters', () => {
    expect(foldText('臺灣的經濟發展')).toBe('台湾的经济发展');
  });

  it('folds full-width letters, digits and symbols, and Roman-numeral characters', () => {
    expect(foldText('ＧＤＰ增長９．８％')).toBe('GDP增长9.8%');
    expect(foldText('北斗Ⅱ代')).toBe('北斗II代');
  });

  it('keeps Chinese punctuation, which the clause and list rules read', () => {
    expect(foldText('他說：「好，走吧！」')).toBe('他说：「好，走吧！」');
  });

  it('reads a full-width comma between full-width digits, three after it, as a thousands separator', () => {
    expect(foldText('换热站２，４３６座')).toBe('换热站2,436座');
    // Not before two or four digits, nor between half-width digits: those may be two clauses' figures.
    expect(foldText('共１８，２０座')).toBe('共18，20座');
    expect(foldText('共１８，２０１９年')).toBe('共18，2019年');
    expect(foldText('比分3，100米')).toBe('比分3，100米');
  });

  it('writes Taiwan’s own spellings of a word as the mainland does (甚麼 → 什么, 身分 → 身份)', () => {
    expect(foldText('他是甚麼身分？')).toBe('他是什么身份？');
    expect(foldText('身分證')).toBe('身份证');
  });

  it('leaves simplified text as it is', () => {
    const text = '北京市委书记蔡某某，市长陈某某。';
    expect(foldText(text)).toBe(text);
  });

  it('maps a folded span back to the text as written', () => {
    const written = '據統計，ＧＤＰ增長了９．８％，第Ⅱ季度';
    const folded = foldWithOrigin(written);
    const at = folded.text.indexOf('9.8%');
    expect(originalSpan(written, folded, at, at + 4)).toBe('９．８％');
    const roman = folded.text.indexOf('II');
    expect(originalSpan(written, folded, roman, roman + 2)).toBe('Ⅱ');
    const word = folded.text.indexOf('统计');
    expect(originalSpan(written, folded, word, word + 2)).toBe('統計');
  });

  it('folds question and article the same way, so they meet', () => {
    const article = foldText('臺北市的人口為２６０萬');
    for (const question of ['台北市的人口为多少', '臺北市的人口為多少']) {
      expect(article).toContain(foldText(question).slice(0, 6));
    }
  });
});

describe('a word of the question as the user typed it', () => {
  it('gives back the traditional characters and the capitals the folding took away', () => {
    expect(asWritten('国际联盟', '博物院與國際聯盟有什麼關係？')).toBe('國際聯盟');
    expect(asWritten('bcpl', 'BCPL是谁设计的？')).toBe('BCPL');
  });

  it('never brings back what the cleaning removed, nor a word the question does not hold', () => {
    expect(asWritten('国际联盟', '國際\u200b聯盟是什麼？')).toBe('国际联盟');
    expect(asWritten('国际联盟', '联合国是什么？')).toBe('国际联盟');
  });
});
