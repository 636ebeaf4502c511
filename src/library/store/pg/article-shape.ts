import type { Article, Paragraph } from '../../../article/types.js';

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((s) => typeof s === 'string');

function isParagraph(value: unknown): value is Paragraph {
  const p = value as Partial<Paragraph> | null;
  return typeof p === 'object' && p !== null && typeof p.n === 'number' && Number.isInteger(p.n) && typeof p.text === 'string' && isStringArray(p.sentences);
}

/**
 * The stored reading as an Article when it has that shape, else undefined. The store accepts any
 * JSON as `parsed` (its contract), so the passage index reads only what it can trust: a title and
 * paragraphs of sentences.
 */
export function asArticle(parsed: unknown): Article | undefined {
  const a = parsed as Partial<Article> | null;
  if (typeof a !== 'object' || a === null || typeof a.title !== 'string') return undefined;
  if (!Array.isArray(a.paragraphs) || !a.paragraphs.every(isParagraph)) return undefined;
  if (a.subtitle !== undefined && typeof a.subtitle !== 'string') return undefined;
  return a as Article;
}
