import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { linearModel } from './model.js';
import { DECISION_THRESHOLD, DECISION_WEIGHTS, RANKER_WEIGHTS, SENTENCE_WEIGHTS } from './weights.js';

/** Every weight the reader reads: what weights.ts holds, and a file of `npm run cross-validate`. */
export interface ReaderWeights {
  ranker: Record<string, number>;
  sentences: Record<string, number>;
  decision: Record<string, number>;
  threshold: number;
}

/**
 * A weights file checked before it is used. zod is required here, on that path only: its ninety-odd
 * modules took some 40 ms of every start (the terminal's first answer), where production reads the
 * committed weights and checks nothing.
 */
function parseWeightsFile(text: string): ReaderWeights {
  const { z } = createRequire(import.meta.url)('zod') as typeof import('zod');
  const weightsOf = z.record(z.string(), z.number());
  const file = z.object({ ranker: weightsOf, sentences: weightsOf, decision: weightsOf, threshold: z.number().min(0).max(1) });
  return file.parse(JSON.parse(text)) satisfies ReaderWeights;
}

/**
 * The committed weights, or those of the file WENDA_READER_WEIGHTS names: `npm run cross-validate`
 * writes one per held-out fold, fitted without it, so that the scripting interface can be scored on
 * every fold by models that never saw its questions. Production leaves it unset.
 */
function weightsInUse(file = process.env.WENDA_READER_WEIGHTS): ReaderWeights {
  if (!file) return { ranker: RANKER_WEIGHTS, sentences: SENTENCE_WEIGHTS, decision: DECISION_WEIGHTS, threshold: DECISION_THRESHOLD };
  try {
    return parseWeightsFile(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`WENDA_READER_WEIGHTS: ${file} is not a reader weights file (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
}

const weights = weightsInUse();

/** The trained models, built once. */
export const RANKER = linearModel(weights.ranker);
export const SENTENCES = linearModel(weights.sentences);
export const DECISION = { model: linearModel(weights.decision), threshold: weights.threshold };
