import { cutForSearch } from '../language/segmenter.js';
import { CHINESE_STOPWORDS } from '../language/stopwords.js';
/** Han character bigrams: where jieba cuts a name differently in two places, its bigrams still meet. */
export function hanBigrams(text) {
    const grams = [];
    for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
        if (run.length === 1)
            continue;
        for (let i = 0; i + 2 <= run.length; i++)
            grams.push(run.slice(i, i + 2));
    }
    return grams;
}
/** Search-mode words worth indexing: no punctuation, no function words, Latin lower-cased. */
export function searchWords(text, segmented = cutForSearch(text)) {
    const words = [];
    for (const raw of segmented) {
        const word = raw.trim().toLowerCase();
        if (!word || /^[\p{P}\p{S}\s]+$/u.test(word) || CHINESE_STOPWORDS.has(word))
            continue;
        // One- and two-character Han words are already among the bigrams; indexing them twice would
        // double their weight and the index's size.
        if (/^\p{Script=Han}{1,2}$/u.test(word))
            continue;
        words.push(word);
    }
    return words;
}
/** The terms one text is indexed (and a query searched) under: words + bigrams. */
export function indexTerms(text, segmented) {
    return [...searchWords(text, segmented), ...hanBigrams(text)];
}
/**
 * The terms a text must share with a sentence that contains it: bigrams (and Latin or digit
 * tokens), not longer words, since jieba may have cut the text differently where it stands.
 */
export function containedTerms(text) {
    return [...new Set(indexTerms(text).filter((t) => !/^\p{Script=Han}{3,}$/u.test(t)))];
}
/**
 * Whether some sentence contains the text as written, for an index that knows each term's document
 * frequency and can list the sentences holding a few terms together: only those are read, so the
 * check costs the same whatever the size of the corpus.
 */
export function containsText(text, documentFrequency, sentencesWithAll) {
    const terms = containedTerms(text);
    if (terms.length === 0 || terms.some((t) => documentFrequency(t) === 0))
        return false;
    // A text that is one term (a bigram, a number) is in the index exactly when the term is.
    if (terms.length === 1 && terms[0] === text.toLowerCase())
        return true;
    const rarest = terms.sort((a, b) => documentFrequency(a) - documentFrequency(b)).slice(0, 3);
    const needle = text.toLowerCase();
    for (const sentence of sentencesWithAll(rarest))
        if (sentence.text.toLowerCase().includes(needle))
            return true;
    return false;
}
//# sourceMappingURL=tokenize.js.map