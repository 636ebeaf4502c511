import { join } from 'node:path';
import { loadEngine, type Engine } from '../src/answer/index.js';
import { gramsOf, tokenize, type PreparedSentence } from '../src/answer/reader/prepare.js';
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

/** A sentence as the reader prepares it, from text written for a test. */
export function preparedSentence(written: string): PreparedSentence {
  const text = foldText(written);
  return { paragraph: 1, sentence: 0, order: 0, text, tokens: tokenize(text), grams: gramsOf(text), credit: 0, bound: new Float32Array(0) };
}
