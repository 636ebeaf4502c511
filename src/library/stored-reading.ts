import type { Article } from '../article/types.js';

/**
 * The version of what `parseArticle` makes of an article file. Raise it whenever the parser's
 * output changes: stored readings of an older version are then read again from the article file
 * at start, instead of being trusted.
 */
export const READING_VERSION = 1;

/** An article's parsed form as the store keeps it: the reading and the parser version that made it. */
export interface StoredReading {
  reading: number;
  article: Article;
}

export function storedReading(article: Article): StoredReading {
  return { reading: READING_VERSION, article };
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/**
 * The stored reading, when it is one of this version and has an article's shape; otherwise
 * undefined, and the caller parses the article file again. Reading JSON at start costs a fraction
 * of parsing every page's HTML again, which a library of thousands of articles would feel.
 */
export function articleFromStored(parsed: unknown, id: string): Article | undefined {
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { reading, article } = parsed as Partial<StoredReading>;
  if (reading !== READING_VERSION || typeof article !== 'object' || article === null) return undefined;
  if (article.id !== id || typeof article.title !== 'string' || !Array.isArray(article.paragraphs)) return undefined;
  const paragraphsOk = article.paragraphs.every((p) => typeof p === 'object' && p !== null && typeof p.n === 'number' && typeof p.text === 'string' && isStringArray(p.sentences));
  return paragraphsOk ? article : undefined;
}
