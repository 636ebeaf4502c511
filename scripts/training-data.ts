// The questions the reader is trained and measured on: the public span sets in ../shared/eval/external/
// (CMRC 2018 trial, DRCD test), each question with its article and gold spans, split by article into
// folds that never change: fold 0 of 5 is held out for reporting, the rest are for training.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadArticleFile } from '../src/article/index.js';
import type { Article } from '../src/article/types.js';
import { foldArticle } from '../src/answer/written.js';
import { projectRoot } from '../src/util/paths.js';

export const EVAL_DIR = resolve(process.env.WENDA_EVAL_DIR ?? join(projectRoot, '..', 'shared', 'eval'));
export const SETS = ['cmrc-trial', 'drcd-test'] as const;
export const FOLDS = 5;
export const HELD_OUT_FOLD = 0;

export interface SpanQuestion {
  id: string;
  set: string;
  /** The article file, absolute. */
  file: string;
  question: string;
  answers: string[];
  fold: number;
}

/** The fold of an article: a hash of its set and file name, so adding questions never moves one. */
export function foldOf(set: string, article: string): number {
  return createHash('sha256').update(`${set}/${article}`).digest().readUInt32BE(0) % FOLDS;
}

export function readSpanSet(set: string): SpanQuestion[] {
  const file = join(EVAL_DIR, 'external', `${set}.jsonl`);
  if (!existsSync(file)) throw new Error(`training data not found: ${file} (set WENDA_EVAL_DIR to the eval kit)`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; article: string; question: string; answers: string[] })
    .map((q) => ({ id: q.id, set, file: join(dirname(file), q.article), question: q.question, answers: q.answers, fold: foldOf(set, q.article) }));
}

const articles = new Map<string, Article>();

/** An article as the engine reads it: in the one script of matching (DRCD is traditional). */
export function articleOf(file: string): Article {
  let article = articles.get(file);
  if (!article) {
    article = foldArticle(loadArticleFile(file));
    articles.set(file, article);
  }
  return article;
}
