import { numberFromWords, numberInWords } from '../../language/numerals.js';

/**
 * A question's whole numbers as the article writes them: "第12届" asked of an article that says
 * 第十二届, or "十二届" of one that says 12届. Where the article lacks the question's form the
 * question is rewritten (so the number is not taken for something the article lacks); where it
 * uses both, the other form is one more word to look for. Only a form found beside the same
 * neighbouring character counts, so 一 in 一季度 or a year stays as it is.
 */
export function spellNumbersLikeArticle(question: string, articleText: string): { text: string; also: string[] } {
  const also: string[] = [];
  const respell = (match: string, at: number, other: string | undefined) => {
    if (!other) return match;
    const before = question[at - 1] ?? '';
    const after = question[at + match.length] ?? '';
    const beside = [before && before + other, after && other + after].filter((s) => s && articleText.includes(s));
    if (beside.length === 0) return match;
    if (!articleText.includes(match)) return other;
    also.push(...beside);
    return match;
  };
  const text = question
    .replace(/(?<![\d.,])\d{1,4}(?![\d.,%])/gu, (m, at: number) => respell(m, at, numberInWords(Number(m))))
    .replace(/[一二两三四五六七八九十百千零]{2,}/gu, (m, at: number) => {
      const n = numberFromWords(m);
      return respell(m, at, n === undefined ? undefined : String(n));
    })
    // A numeral alone before what it numbers (三期, 3期) may be written as a Roman numeral (Ⅲ期临床,
    // Ⅱ型, folded to iii期, ii型): rewritten when the article writes only that. (Not as a digit for a
    // Chinese numeral: 哪一个 and 三个 are no phase, and their figure is asked or counted otherwise.)
    .replace(/(?<![一二两三四五六七八九十百千零\d.,])[一二两三四五六七八九十\d](?![一二两三四五六七八九十百千万亿零\d.,%])/gu, (m, at: number) => {
      const n = /\d/u.test(m) ? Number(m) : numberFromWords(m);
      const next = question[at + 1] ?? '';
      // Beside the same thing (III期), and not as a part of a longer figure (13期) or numeral (III期 holds II期).
      // Found whatever the case of the article's letters (iii期 of a lowercased text).
      const writes = (o: string | undefined) => (o === undefined ? undefined : new RegExp(`(?<![\\dA-Za-z.,一二两三四五六七八九十百千零])${o}(?=${next})`, 'iu').exec(articleText)?.[0]);
      // Written as asked (三期): a character alone is in every article.
      if (n === undefined || !/\p{Script=Han}/u.test(next) || writes(m) !== undefined) return m;
      // In capitals, as a term the question keeps (a lowercase Latin word is taken for English).
      return writes(ROMAN[n]) !== undefined ? ROMAN[n]! : m;
    });
  return { text, also };
}

/** Roman numerals as the article's Ⅰ–Ⅹ fold to them (fold.ts): phases, types and grades (Ⅲ期, Ⅱ型). */
const ROMAN: Readonly<Record<number, string>> = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV', 5: 'V', 6: 'VI', 7: 'VII', 8: 'VIII', 9: 'IX', 10: 'X' };
