import { join } from 'node:path';
import { loadEngine, type Engine } from '../src/answer/index.js';
import { engineFromArticles } from '../src/answer/load.js';
import { parseArticle } from '../src/article/index.js';
import { expect } from 'vitest';
import { analyseQuestion } from '../src/answer/reader/analyse.js';
import { placeFeatures } from '../src/answer/reader/features.js';
import { gramsOf, tokenize, type PreparedArticle, type PreparedSentence } from '../src/answer/reader/prepare.js';
import { gather } from '../src/answer/reader/read.js';
import { foldText } from '../src/language/fold.js';
import { projectRoot } from '../src/util/paths.js';

export const seedFile = join(projectRoot, 'seeds', '000_20b33d47ff37ce72.txt');
export const secondFile = join(projectRoot, 'test', 'fixtures', 'second-article.txt');
export const thirdFile = join(projectRoot, 'test', 'fixtures', 'third-article.txt');
export const fourthFile = join(projectRoot, 'test', 'fixtures', 'fourth-article.txt');
export const fifthFile = join(projectRoot, 'test', 'fixtures', 'fifth-article.txt');

const engines = new Map<string, Promise<Engine>>();

/** One engine per article file per test worker: jieba and the dictionary load once. */
export function engineFor(file: string): Promise<Engine> {
  let engine = engines.get(file);
  if (!engine) {
    engine = loadEngine({ files: [file] });
    engines.set(file, engine);
  }
  return engine;
}

/**
 * The short answer an engine over one article written for a test gives to a question, which it must
 * answer (not refuse).
 */
export function directAnswers(written: string, name: string): (question: string) => string | undefined {
  const engine = engineFromArticles([parseArticle(written, name)]);
  return (question) => {
    const answer = engine.ask(question);
    expect(answer.abstained, question).toBe(false);
    return answer.direct;
  };
}

/** A sentence as the reader prepares it, from text written for a test. */
export function preparedSentence(written: string): PreparedSentence {
  const text = foldText(written);
  return { paragraph: 1, sentence: 0, order: 0, text, tokens: tokenize(text), grams: gramsOf(text), credit: 0, bound: new Float32Array(0) };
}

/** The names of the place features the reader gives `span` of `article` for `question` (it must be a candidate). */
export function placeFeatureNames(article: PreparedArticle, question: string, span: string): Set<string> {
  const asked = analyseQuestion(question);
  const proposal = gather(article, asked).proposals.find((p) => p.candidate.text === span);
  expect(proposal, `a candidate ${span}`).toBeDefined();
  const names = new Set<string>();
  placeFeatures(asked, proposal!.scored, proposal!.candidate, (name) => names.add(name));
  return names;
}
