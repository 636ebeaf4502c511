import { searchTerms } from './search-terms.js';
/**
 * The articles one question is answered from, over sources asked in order (the shared seeds before
 * a server's own, as the engine over everything lists them): the chosen article alone if it is
 * found; else each source's candidates for the question's terms, and the conversation's article.
 * When the terms find nothing, the first articles of each stand in, so the engine still has an
 * article to refuse from rather than none.
 */
export async function questionArticles(request, sources, limit) {
    if (request.chosen) {
        for (const source of sources) {
            const [chosen] = await source.articles([request.chosen]);
            if (chosen)
                return [chosen];
        }
    }
    const terms = request.question ? searchTerms(request.question) : [];
    const found = await gather(sources, terms, limit, request.previous);
    return found.length > 0 || terms.length === 0 ? found : gather(sources, [], limit, request.previous);
}
async function gather(sources, terms, limit, previous) {
    const byId = new Map();
    for (const source of sources) {
        const ids = await source.candidates(terms, limit);
        // The same text kept as a seed and by a server is one article.
        const wanted = [...new Set([...(previous ? [previous] : []), ...ids])].filter((id) => !byId.has(id));
        for (const article of await source.articles(wanted))
            byId.set(article.id, article);
    }
    return [...byId.values()];
}
//# sourceMappingURL=question-articles.js.map