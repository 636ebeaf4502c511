import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { linearModel } from './model.js';
import { DECISION_THRESHOLD, DECISION_WEIGHTS, RANKER_WEIGHTS, SENTENCE_WEIGHTS } from './weights.js';

const weightsOf = z.record(z.string(), z.number());
const WeightsFile = z.object({ ranker: weightsOf, sentences: weightsOf, decision: weightsOf, threshold: z.number().min(0).max(1) });

/** Every weight the reader reads: what weights.ts holds, and a file of `npm run cross-validate`. */
export type ReaderWeights = z.infer<typeof WeightsFile>;

/**
 * The committed weights, or those of the file WENDA_READER_WEIGHTS names: `npm run cross-validate`
 * writes one per held-out fold, fitted without it, so that the scripting interface can be scored on
 * every fold by models that never saw its questions. Production leaves it unset.
 */
function weightsInUse(file = process.env.WENDA_READER_WEIGHTS): ReaderWeights {
  if (!file) return { ranker: RANKER_WEIGHTS, sentences: SENTENCE_WEIGHTS, decision: DECISION_WEIGHTS, threshold: DECISION_THRESHOLD };
  try {
    return WeightsFile.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new Error(`WENDA_READER_WEIGHTS: ${file} is not a reader weights file (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
}

const weights = weightsInUse();

/** The trained models, built once. */
export const RANKER = linearModel(weights.ranker);
export const SENTENCES = linearModel(weights.sentences);
export const DECISION = { model: linearModel(weights.decision), threshold: weights.threshold };
