/**
 * What a reply showed, sentence by sentence: a speaker's second sentence often sits in the same
 * paragraph as the first ("他还说了什么？" after one sentence of a paragraph of two), so paragraphs
 * are too coarse to say what is left.
 */
const squeeze = (text) => text.replace(/[\s\u3000\u00a0…]+/gu, '');
export function sentenceKey(paragraph, sentence) {
    return `${paragraph}.${sentence}`;
}
/** The sentences of a paragraph a passage quotes; all of them when it quotes none whole (a rewritten quote). */
export function sentencesOfPassage(paragraph, text) {
    const quoted = squeeze(text);
    const held = paragraph.sentences.flatMap((s, i) => (squeeze(s) && quoted.includes(squeeze(s)) ? [i] : []));
    return held.length > 0 ? held : paragraph.sentences.map((_, i) => i);
}
/** The sentences of its paragraph a fact stands in (its opening, as facts may be trimmed); all when none holds it. */
function sentencesOfFact(paragraph, fact) {
    const probe = squeeze(fact.text).slice(0, 12);
    const held = paragraph.sentences.flatMap((s, i) => (probe && squeeze(s).includes(probe) ? [i] : []));
    return held.length > 0 ? held : paragraph.sentences.map((_, i) => i);
}
/** Every sentence an answer quoted or cited, added to those shown before. */
export function shownSentences(article, answer, before = []) {
    const shown = new Set(before);
    const paragraph = (n) => article?.paragraphs.find((p) => p.n === n);
    for (const passage of answer.passages) {
        const p = paragraph(passage.paragraph);
        if (p)
            for (const i of sentencesOfPassage(p, passage.text))
                shown.add(sentenceKey(p.n, i));
    }
    for (const fact of answer.facts) {
        const p = paragraph(fact.paragraph);
        if (p)
            for (const i of sentencesOfFact(p, fact))
                shown.add(sentenceKey(p.n, i));
    }
    return [...shown];
}
/** Whether a fact was shown: a sentence holding it was. */
export function factShown(article, fact, shown) {
    const p = article.paragraphs.find((x) => x.n === fact.paragraph);
    return p ? sentencesOfFact(p, fact).some((i) => shown.has(sentenceKey(p.n, i))) : false;
}
/** A passage without the sentences already shown (undefined when nothing is left). */
export function passageUnshown(article, passage, shown) {
    const p = article.paragraphs.find((x) => x.n === passage.paragraph);
    if (!p)
        return passage;
    const quoted = sentencesOfPassage(p, passage.text);
    const left = quoted.filter((i) => !shown.has(sentenceKey(p.n, i)));
    if (left.length === quoted.length)
        return passage;
    if (left.length === 0)
        return undefined;
    return { ...passage, text: left.map((i) => p.sentences[i]).join('') };
}
//# sourceMappingURL=shown.js.map