import { parseArticle } from '../article/parse.js';
import { articleFromStored } from './stored-reading.js';
/**
 * The date a page's metadata gave when it was loaded, on the article the engine answers from: the
 * article file keeps only the text, whose own dateline (if any) has no year.
 */
export function withStoredDate(article, date) {
    return date ? { ...article, date } : article;
}
/**
 * A stored article as the engine reads it: its stored reading when it is of this parser's version,
 * else its file parsed again. Undefined when the server no longer keeps it, or when it cannot be
 * read (reported; the rest keep working). Throws the store's errors (out of reach).
 */
export async function readStoredArticle(store, guildId, stored, onProblem) {
    const found = await store.get(guildId, stored.id);
    if (!found)
        return undefined;
    const { id, date, source } = found.article;
    try {
        const article = articleFromStored(found.parsed, id) ?? parseArticle(found.articleFile, id, source.value);
        return withStoredDate(article, date);
    }
    catch (error) {
        onProblem?.({ file: `${guildId}/${id}`, reason: error instanceof Error ? error.message : String(error) });
        return undefined;
    }
}
//# sourceMappingURL=read-stored.js.map