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
    });
  return { text, also };
}
