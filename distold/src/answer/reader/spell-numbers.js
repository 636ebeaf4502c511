import { numberFromWords, numberInWords } from '../../language/numerals.js';
/**
 * A question's whole numbers as the article writes them: "第56颗" asked of an article that says
 * 第五十六颗, or "五十六颗" of one that says 56颗. Where the article lacks the question's form the
 * question is rewritten (so the number is not taken for something the article lacks); where it
 * uses both, the other form is one more word to look for. Only a form found beside the same
 * neighbouring character counts, so 一 in 一季度 or a year stays as it is.
 */
export function spellNumbersLikeArticle(question, articleText) {
    const also = [];
    const respell = (match, at, other) => {
        if (!other)
            return match;
        const before = question[at - 1] ?? '';
        const after = question[at + match.length] ?? '';
        const beside = [before && before + other, after && other + after].filter((s) => s && articleText.includes(s));
        if (beside.length === 0)
            return match;
        if (!articleText.includes(match))
            return other;
        also.push(...beside);
        return match;
    };
    const text = question
        .replace(/(?<![\d.,])\d{1,4}(?![\d.,%])/gu, (m, at) => respell(m, at, numberInWords(Number(m))))
        .replace(/[一二两三四五六七八九十百千零]{2,}/gu, (m, at) => {
        const n = numberFromWords(m);
        return respell(m, at, n === undefined ? undefined : String(n));
    });
    return { text, also };
}
//# sourceMappingURL=spell-numbers.js.map