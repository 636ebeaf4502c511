import type { Article } from '../article/types.js';
import type { WeightedTerm } from '../search/types.js';
import { searchTerms } from './search-terms.js';

/** What an engine is wanted for: the question, and the articles it is about, when known. */
export interface EngineRequest {
  /** As the engine will be asked it. None where nothing is searched (/help, a paragraph shown, autocomplete). */
  question?: string;
  /** An article the member chose (an option, the channel's default, a button): answered from it alone. */
  chosen?: string;
  /** The article the conversation was about, kept within reach of a follow-up ("他还说了什么？"). */
  previous?: string;
}

/**
 * Articles kept where an engine cannot search them synchronously (a database; memory beside the
 * engine is one too). Asked before the engine runs, so that an engine is built over one question's
 * few candidates rather than over every article. Methods may throw the store's errors (out of reach).
 */
export interface ArticleSource {
  /**
   * Ids of the articles most likely to hold the answer to a question searched under `terms`, best
   * first, at most `limit`; with no terms, the `limit` it would show first (the newest).
   */
  candidates(terms: readonly WeightedTerm[], limit: number): Promise<string[]>;
  /** Those of these articles it keeps, as the engine reads them, in the order asked. */
  articles(ids: readonly string[]): Promise<Article[]>;
}

/**
 * The articles one question is answered from, over sources asked in order (the shared seeds before
 * a server's own, as the engine over everything lists them): the chosen article alone if it is
 * found; else each source's candidates for the question's terms, and the conversation's article.
 * When the terms find nothing, the first articles of each stand in, so the engine still has an
 * article to refuse from rather than none.
 */
export async function questionArticles(request: EngineRequest, sources: readonly ArticleSource[], limit: number): Promise<Article[]> {
  if (request.chosen) {
    for (const source of sources) {
      const [chosen] = await source.articles([request.chosen]);
      if (chosen) return [chosen];
    }
  }
  const terms = request.question ? searchTerms(request.question) : [];
  const found = await gather(sources, terms, limit, request.previous);
  return found.length > 0 || terms.length === 0 ? found : gather(sources, [], limit, request.previous);
}

async function gather(sources: readonly ArticleSource[], terms: readonly WeightedTerm[], limit: number, previous: string | undefined): Promise<Article[]> {
  const byId = new Map<string, Article>();
  for (const source of sources) {
    const ids = await source.candidates(terms, limit);
    // The same text kept as a seed and by a server is one article.
    const wanted = [...new Set([...(previous ? [previous] : []), ...ids])].filter((id) => !byId.has(id));
    for (const article of await source.articles(wanted)) byId.set(article.id, article);
  }
  return [...byId.values()];
}
