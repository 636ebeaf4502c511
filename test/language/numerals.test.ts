import { describe, expect, it } from 'vitest';
import { numberFromWords, numberInWords } from '../../src/language/numerals.js';

describe('numbers in words', () => {
  it.each([
    [1, '一'], [10, '十'], [15, '十五'], [20, '二十'], [56, '五十六'], [100, '一百'], [105, '一百零五'], [110, '一百一十'], [1001, '一千零一'], [2023, '二千零二十三'],
  ])('%i is written %s', (n, words) => {
    expect(numberInWords(n)).toBe(words);
    expect(numberFromWords(words)).toBe(n);
  });

  it('reads 两 and leaves what is not a number alone', () => {
    expect(numberFromWords('两百')).toBe(200);
    expect(numberFromWords('二三')).toBeUndefined();
    expect(numberFromWords('五十六颗')).toBeUndefined();
    expect(numberInWords(0)).toBeUndefined();
    expect(numberInWords(12_000)).toBeUndefined();
  });
});
