export function paragraphDocs(articles) {
    const docs = [];
    for (const article of articles)
        for (const p of article.paragraphs)
            docs.push({ id: docs.length, text: p.text });
    return docs;
}
/** A peer's reply: its best paragraph is both the answer and the first passage; it never abstains. */
export function paragraphReply(doc) {
    const text = doc?.text ?? '';
    return { answer: text, direct: '', abstained: false, passages: doc ? [{ text }] : [] };
}
//# sourceMappingURL=types.js.map