// The questions the reader is trained and measured on: the public span sets in ../shared/eval/external/
// (CMRC 2018 trial, DRCD test), each question with its article and gold spans, split by article into
// folds that never change: fold 0 of 5 is held out for reporting, the rest are for training.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadArticleFile } from '../src/article/index.js';
import type { Article } from '../src/article/types.js';
import { analyseQuestion, type AnalysedQuestion } from '../src/answer/reader/analyse.js';
import type { LinearModel } from '../src/answer/reader/model.js';
import { writtenIn } from '../src/answer/reader/decide.js';
import { bestF1 } from '../src/answer/reader/overlap.js';
import { prepareArticle, type PreparedArticle } from '../src/answer/reader/prepare.js';
import { read } from '../src/answer/reader/read.js';
import { spellNumbersLikeArticle } from '../src/answer/reader/spell-numbers.js';
import { foldArticle } from '../src/answer/written.js';
import { foldText } from '../src/language/fold.js';
import { syllables } from '../src/language/pinyin.js';
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

/** Questions as a file `score-external.mjs --set FILE` reads: one {id, article, question, answers} a line. */
export function writeQuestionFile(file: string, questions: readonly SpanQuestion[]): void {
  writeFileSync(file, questions.map((q) => JSON.stringify({ id: q.id, article: q.file, question: q.question, answers: q.answers })).join('\n') + '\n');
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

/** A training question as the reader sees it at serving time (respond/read.ts): folded, its numbers spelled like the article. */
export function analyseFor(prepared: PreparedArticle, question: string): AnalysedQuestion {
  const numbers = spellNumbersLikeArticle(foldText(question), prepared.text);
  return analyseQuestion(numbers.text, numbers.also);
}

/**
 * A training question as an English one reaches the reader (respond/read.ts): its words in Latin
 * letters the article never writes, no asking word in place to align the article with, and as terms
 * only the words the article writes — an English word is looked for through the article's own words
 * it was mapped to, so one the article lacks is not looked for at all, only counted (`unmapped`).
 */
export function englishShaped(question: AnalysedQuestion, prepared: PreparedArticle): AnalysedQuestion {
  const writtenHere = writtenIn(prepared);
  const written = (term: string) => writtenHere(term.toLowerCase());
  const terms = question.terms.filter(written);
  // The words it asks about that the article does not write: a word of one character is no word of its own.
  const unmapped = question.terms.filter((t) => !written(t) && (t.length >= 2 || /^[a-z\d]+$/i.test(t))).length;
  return { ...question, text: syllables(question.text).join(' '), cue: undefined, before: [], after: [], english: true, terms, unmapped };
}

/** The reader with `model` (and the sentence chooser, if given) on `questions`: mean F1 of the chosen span, and how often its sentence holds a gold answer (%). */
export function evaluateReader(model: LinearModel, questions: readonly SpanQuestion[], sentences?: LinearModel): { f1: number; hit1: number; n: number } {
  let f1 = 0;
  let hit1 = 0;
  for (const q of questions) {
    const prepared = prepareArticle(articleOf(q.file));
    const top = read(prepared, analyseFor(prepared, q.question), model, sentences).best;
    if (!top) continue;
    f1 += bestF1(top.proposal.candidate.text, q.answers);
    if (q.answers.some((a) => top.proposal.scored.sentence.text.includes(foldText(a)))) hit1++;
  }
  const n = questions.length || 1;
  return { f1: (100 * f1) / n, hit1: (100 * hit1) / n, n: questions.length };
}
