/**
 * Whole numbers as Chinese writes them in words (48 ↔ 四十八, 105 ↔ 一百零五), for matching a
 * question that writes a number one way against an article that writes it the other.
 */
const DIGITS = '零一二三四五六七八九';
const UNITS: [number, string][] = [[1000, '千'], [100, '百'], [10, '十']];

/** 1 ≤ n < 10,000 in words: 十 for 10–19 as spoken (十五), 零 for a skipped place (一百零五). */
export function numberInWords(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n >= 10_000) return undefined;
  let out = '';
  let rest = n;
  let gap = false;
  for (const [value, unit] of UNITS) {
    const digit = Math.floor(rest / value);
    rest %= value;
    if (digit > 0) {
      if (gap && out) out += '零';
      out += (digit === 1 && value === 10 && out === '' ? '' : DIGITS[digit]) + unit;
      gap = false;
    } else if (out) gap = true;
  }
  if (rest > 0) out += (gap && out ? '零' : '') + DIGITS[rest];
  return out;
}

const VALUE: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const PLACE: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A number written in words (四十八, 十五, 一百零五) as its value; undefined for anything else. */
export function numberFromWords(text: string): number | undefined {
  if (!/^[零〇一二两三四五六七八九十百千]+$/u.test(text)) return undefined;
  let total = 0;
  let digit = -1;
  for (const ch of text) {
    if (ch === '零' || ch === '〇') continue; // a skipped place (一百零五)
    if (ch in VALUE) {
      if (digit >= 0) return undefined; // two digits in a row (二三) is not a number in words
      digit = VALUE[ch]!;
    } else {
      total += (digit < 0 ? 1 : digit) * PLACE[ch]!;
      digit = -1;
    }
  }
  if (digit > 0) total += digit;
  return total > 0 ? total : undefined;
}
