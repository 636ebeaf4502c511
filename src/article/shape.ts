import type { Article, Paragraph } from './types.js';

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((s) => typeof s === 'string');

function isParagraph(value: unknown): value is Paragraph {
  const p = value as Partial<Paragraph> | null;
  return typeof p === 'object' && p !== null && typeof p.n === 'number' && Number.isInteger(p.n) && typeof p.text === 'string' && isStringArray(p.sentences);
}

/**
 * A value read back from storage as an Article when it has that shape (a title, paragraphs of
 * sentences), else undefined: stored JSON is trusted only once checked.
 */
export function asArticle(parsed: unknown): Article | undefined {
  const a = parsed as Partial<Article> | null;
  if (typeof a !== 'object' || a === null || typeof a.title !== 'string') return undefined;
  if (!Array.isArray(a.paragraphs) || !a.paragraphs.every(isParagraph)) return undefined;
  if (a.subtitle !== undefined && typeof a.subtitle !== 'string') return undefined;
  return a as Article;
}
