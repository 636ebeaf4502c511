// Fits the reader's three models on a given set of training folds, as `npm run train` does for the
// shipped weights (folds 1–4) and `npm run cross-validate` for each of the five held-out folds:
//   the span ranker on all the training folds;
//   the sentence chooser, then the answer-or-refuse model and its threshold, on each training fold
//   as read by a ranker trained on the other training folds (cross-fitted), so what they weigh is as
//   honest as at serving time.
// Span rankers are the slow part: they are fitted side by side, one process each
// (train-ranker-job.ts), as many at once as the machine has cores, and each set of folds only once.
import { fileURLToPath } from 'node:url';
import { linearModel } from '../src/answer/reader/model.js';
import type { ReaderWeights } from '../src/answer/reader/models.js';
import { inParallel, nodeOutput } from './parallel.js';
import { sentenceExamples, trainSentences } from './train-sentences.js';
import { decisionExamples, thresholdFor, trainDecision, type DecisionExample, type Shape } from './train-decision.js';
import { DEFAULT_TRAINING } from './train-ranker.js';
import type { SpanQuestion } from './training-data.js';

/** The shapes the decision model is trained and measured in (train-decision.ts). */
export const SHAPES: readonly Shape[] = ['asked', 'english'];

/** Share of answerable questions the threshold must still answer, measured on the training folds' out-of-fold readings. */
export const TARGET_COVERAGE = 0.97;

export type Weights = Record<string, number>;

/** A set of folds as one key: "1,2,3". */
export const foldsKey = (folds: readonly number[]) => [...folds].sort((a, b) => a - b).join(',');

/** The rankers `fitReader` needs for these training folds: on all of them, and on all but each one. */
export function rankersNeeded(trainingFolds: readonly number[]): number[][] {
  return [[...trainingFolds], ...trainingFolds.map((fold) => trainingFolds.filter((f) => f !== fold))];
}

/** Fits one span ranker per distinct set of folds, as many at once as the machine has cores; weights by `foldsKey`. */
export async function trainRankers(jobs: readonly (readonly number[])[]): Promise<Map<string, Weights>> {
  const script = fileURLToPath(new URL('./train-ranker-job.js', import.meta.url));
  const keys = [...new Set(jobs.map(foldsKey))];
  const weights = await inParallel(keys, async (key) => JSON.parse(await nodeOutput(['--max-old-space-size=6000', script, key])) as Weights);
  return new Map(keys.map((key, i) => [key, weights[i]!]));
}

export interface FittedReader extends ReaderWeights {
  /** The decision model's examples (both shapes), from the training folds' cross-fitted readings. */
  decisionData: DecisionExample[];
}

/**
 * The chooser, the decision model and its threshold on `trainingFolds`, given the rankers of
 * `rankersNeeded(trainingFolds)` (by `foldsKey`).
 */
export function fitReader(questions: readonly SpanQuestion[], trainingFolds: readonly number[], rankers: ReadonlyMap<string, Weights>): FittedReader {
  const rankerOf = (folds: readonly number[]) => {
    const weights = rankers.get(foldsKey(folds));
    if (!weights) throw new Error(`no ranker fitted on folds ${foldsKey(folds)}`);
    return weights;
  };
  const inFold = (fold: number) => questions.filter((q) => q.fold === fold);
  const readers = trainingFolds.map((fold) => ({ fold, ranker: linearModel(rankerOf(trainingFolds.filter((f) => f !== fold))) }));
  const sentenceWeights = trainSentences(readers.flatMap(({ fold, ranker }) => sentenceExamples(inFold(fold), ranker)));
  const sentences = linearModel(sentenceWeights);
  // Each question in both shapes the reader meets: as asked, and as an English question reaches it.
  const decisionData = SHAPES.flatMap((shape) => readers.flatMap(({ fold, ranker }) => decisionExamples(inFold(fold), ranker, DEFAULT_TRAINING.seed + fold, sentences, shape)));
  const decision = trainDecision(decisionData);
  // The threshold is set on the questions as asked: English-shaped ones are made of the article's own
  // words, nearly all answered, and counted in they would raise it over the Chinese questions.
  const threshold = thresholdFor(decision, decisionData.filter((e) => e.shape === 'asked'), TARGET_COVERAGE);
  return { ranker: rankerOf(trainingFolds), sentences: sentenceWeights, decision, threshold, decisionData };
}
