import { readStoredArticle } from '../read-stored.js';
/** How an article read from the store is cached: by its server as well, since only that server may read it. */
export function articleKey(guildId, id) {
    return `${guildId}/${id}`;
}
/**
 * One server's articles in the store as a source of candidates: the store's own index ranks them
 * (its rows only: the query names this server alone), and only the few asked for are read, from
 * the cache of articles read lately or else from the store. Without terms, the newest it keeps.
 */
export function storeSource(guildId, deps) {
    return {
        async candidates(terms, limit) {
            if (terms.length === 0)
                return deps.listed(guildId).slice(0, limit).map((a) => a.id);
            return deps.index.candidates([guildId], terms, limit);
        },
        async articles(ids) {
            const read = await Promise.all(ids.map(async (id) => {
                const key = articleKey(guildId, id);
                const article = deps.cache.get(key) ?? (await readStoredArticle(deps.store, guildId, { id }, deps.onProblem));
                return article ? deps.cache.set(key, article) : undefined;
            }));
            return read.filter((a) => a !== undefined);
        },
    };
}
//# sourceMappingURL=store-source.js.map