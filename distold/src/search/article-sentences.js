/** The sentences of an article as the index numbers them: the headline (and 原标题) as ¶0, then each paragraph's. */
export function articleSentences(article) {
    const headline = [article.title, article.subtitle].filter((text) => Boolean(text));
    return [{ n: 0, sentences: headline }, ...article.paragraphs].flatMap((paragraph) => paragraph.sentences.map((text, sentence) => ({ paragraph: paragraph.n, sentence, text })));
}
//# sourceMappingURL=article-sentences.js.map