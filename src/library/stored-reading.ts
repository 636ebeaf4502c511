import { asArticle } from '../article/shape.js';
import type { Article } from '../article/types.js';

/**
 * The version of what `parseArticle` makes of an article file. Raise it whenever the parser's
 * output changes: stored readings of an older version are then read again from the article file
 * at start, instead of being trusted. 2: a short quotation a sentence introduces is no longer cut
 * at the stops inside it (article/sentences.ts).
 */
export const READING_VERSION = 2;

/** An article's parsed form as the store keeps it: the reading and the parser version that made it. */
export interface StoredReading {
  reading: number;
  article: Article;
}

export function storedReading(article: Article): StoredReading {
  return { reading: READING_VERSION, article };
}

/** The article of a stored reading of any parser version (or a bare Article, as earlier versions stored), when it has the shape of one. */
export function readingArticle(parsed: unknown): Article | undefined {
  const wrapped = typeof parsed === 'object' && parsed !== null && 'reading' in parsed ? (parsed as Partial<StoredReading>).article : parsed;
  return asArticle(wrapped);
}

/**
 * The stored reading, when it is one of this version and has an article's shape; otherwise
 * undefined, and the caller parses the article file again. Reading JSON at start costs a fraction
 * of parsing every page's HTML again, which a library of thousands of articles would feel.
 */
export function articleFromStored(parsed: unknown, id: string): Article | undefined {
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { reading } = parsed as Partial<StoredReading>;
  if (reading !== READING_VERSION) return undefined;
  const article = readingArticle(parsed);
  return article?.id === id ? article : undefined;
}
