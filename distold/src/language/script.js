/** Character classes shared by the tokenizer, the classifier and the fact extractors. */
/** Every character is Han (a Chinese word, not a mixed token). */
export function isAllHan(text) {
    return text.length > 0 && /^\p{Script=Han}+$/u.test(text);
}
export function countHan(text) {
    return (text.match(/\p{Script=Han}/gu) ?? []).length;
}
/** Share of letters in the text that are Latin, to tell an English question from a Chinese one. */
export function latinShare(text) {
    const han = countHan(text);
    const latinWords = (text.match(/[A-Za-z]+/g) ?? []).reduce((n, w) => n + Math.min(w.length, 6) / 3, 0);
    const total = han + latinWords;
    return total === 0 ? 0 : latinWords / total;
}
//# sourceMappingURL=script.js.map