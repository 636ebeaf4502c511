import type { Article } from '../../article/types.js';
import type { ArticleSource } from '../../answer/question-articles.js';
import type { WeightedTerm } from '../../search/types.js';
import type { Lru } from '../../util/lru.js';
import { readStoredArticle, type OnProblem } from '../read-stored.js';
import type { ArticleStore, CandidateIndex, StoredArticle } from '../store/types.js';

export interface StoreSourceDeps {
  store: ArticleStore;
  index: CandidateIndex;
  /** Articles read lately, by `articleKey`, shared by every server's source: bounded by count. */
  cache: Lru<string, Article>;
  /** The server's stored articles, newest first, as this process last heard of them. */
  listed: (guildId: string) => readonly StoredArticle[];
  onProblem?: OnProblem;
}

/** How an article read from the store is cached: by its server as well, since only that server may read it. */
export function articleKey(guildId: string, id: string): string {
  return `${guildId}/${id}`;
}

/**
 * One server's articles in the store as a source of candidates: the store's own index ranks them
 * (its rows only: the query names this server alone), and only the few asked for are read, from
 * the cache of articles read lately or else from the store. Without terms, the newest it keeps.
 */
export function storeSource(guildId: string, deps: StoreSourceDeps): ArticleSource {
  return {
    async candidates(terms: readonly WeightedTerm[], limit: number): Promise<string[]> {
      if (terms.length === 0) return deps.listed(guildId).slice(0, limit).map((a) => a.id);
      return deps.index.candidates([guildId], terms, limit);
    },
    async articles(ids: readonly string[]): Promise<Article[]> {
      const read = await Promise.all(
        ids.map(async (id) => {
          const key = articleKey(guildId, id);
          const article = deps.cache.get(key) ?? (await readStoredArticle(deps.store, guildId, { id }, deps.onProblem));
          return article ? deps.cache.set(key, article) : undefined;
        }),
      );
      return read.filter((a): a is Article => a !== undefined);
    },
  };
}
