import { parseArticle } from '../article/parse.js';
import type { Article } from '../article/types.js';
import { articleFromStored } from './stored-reading.js';
import type { ArticleStore, StoredArticle } from './store/types.js';

export type OnProblem = (problem: { file: string; reason: string }) => void;

/**
 * The date a page's metadata gave when it was loaded, on the article the engine answers from: the
 * article file keeps only the text, whose own dateline (if any) has no year.
 */
export function withStoredDate(article: Article, date: string | undefined): Article {
  return date ? { ...article, date } : article;
}

/**
 * A stored article as the engine reads it: its stored reading when it is of this parser's version,
 * else its file parsed again. Undefined when the server no longer keeps it, or when it cannot be
 * read (reported; the rest keep working). Throws the store's errors (out of reach).
 */
export async function readStoredArticle(store: ArticleStore, guildId: string, stored: Pick<StoredArticle, 'id'>, onProblem?: OnProblem): Promise<Article | undefined> {
  const found = await store.get(guildId, stored.id);
  if (!found) return undefined;
  const { id, date, source } = found.article;
  try {
    const article = articleFromStored(found.parsed, id) ?? parseArticle(found.articleFile, id, source.value);
    return withStoredDate(article, date);
  } catch (error) {
    onProblem?.({ file: `${guildId}/${id}`, reason: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
}
