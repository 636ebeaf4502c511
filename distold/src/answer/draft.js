/** A refusal: what the reply says, and nothing quoted. */
export function refusal(headline) {
    return { headline, direct: '', facts: [], passages: [], abstained: true };
}
export function sentencePassage(article, paragraph, sentences, score, matched = []) {
    const source = article.paragraphs.find((p) => p.n === paragraph);
    const order = [...new Set(sentences)].sort((a, b) => a - b);
    // A gap between quoted sentences is marked, so a reader never takes two sentences as one.
    const text = order.map((i, k) => (k > 0 && i !== order[k - 1] + 1 ? '……' : '') + (source?.sentences[i] ?? '')).join('');
    return { articleId: article.id, paragraph, text, score: Math.round(score * 1000) / 1000, matched };
}
export function rankedPassage(article, ranked) {
    return sentencePassage(article, ranked.doc.paragraph, [ranked.doc.sentence], ranked.score, ranked.matched);
}
/** Passages for listed facts: each sentence they stand in, once, in article order. */
export function passagesOf(article, places) {
    const seen = new Set();
    const passages = [];
    for (const place of places) {
        const key = `${place.paragraph}:${place.sentence}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        passages.push(sentencePassage(article, place.paragraph, [place.sentence], 1));
    }
    return passages;
}
/** The sentences a speaker said in the article, as the index holds them, in order. */
export function statementDocs(context, speaker) {
    const { facts, knowledge, article } = context;
    return facts.statements
        .filter((s) => s.speaker === speaker)
        .map((s) => knowledge.index.docAt(article.id, s.paragraph, s.sentence))
        .filter((d) => d !== undefined);
}
export function pick(language, zh, en) {
    return language === 'zh' ? zh : en;
}
/** Ranked sentences as passages, one per paragraph, in the order of each paragraph's best sentence. */
export function mergeByParagraph(article, ranked) {
    const groups = new Map();
    for (const r of ranked) {
        const group = groups.get(r.doc.paragraph);
        if (group)
            group.push(r);
        else
            groups.set(r.doc.paragraph, [r]);
    }
    return [...groups.values()].map((group) => sentencePassage(article, group[0].doc.paragraph, group.map((r) => r.doc.sentence), group[0].score, [...new Set(group.flatMap((r) => r.matched))]));
}
//# sourceMappingURL=draft.js.map