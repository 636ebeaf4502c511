// The sentence chooser: a softmax over the first sentences of a reading (sentence-choice.ts), fitted
// to put first the sentences that hold a gold answer. Trained on readings by a span ranker that never
// saw the questions, so the span masses it weighs are as honest as at serving time. Deterministic:
// full-batch gradient descent from zero.
import { prepareArticle } from '../src/answer/reader/prepare.js';
import { read, type Reading } from '../src/answer/reader/read.js';
import { sentenceChoiceFeatures, spanMasses, weighedSentences } from '../src/answer/reader/sentence-choice.js';
import type { LinearModel } from '../src/answer/reader/model.js';
import { foldText } from '../src/language/fold.js';
import { analyseFor, articleOf, type SpanQuestion } from './training-data.js';
import { addScaled, dot, namedWeights, sparseFeatures } from './sparse.js';

export interface Row {
  features: Map<string, number>;
  gold: boolean;
}

/** The first sentences of one reading (span ranker only), each with its features and whether it holds a gold answer. */
export function sentenceRows(reading: Reading, answers: readonly string[]): Row[] {
  const masses = spanMasses(reading.spans);
  const gold = answers.map(foldText).filter((a) => a.length > 0);
  const rows: Row[] = [];
  for (const [scored, mass] of weighedSentences(reading.ranked, masses)) {
    const features = new Map<string, number>();
    sentenceChoiceFeatures(reading.question, scored, mass, (name, value) => features.set(name, (features.get(name) ?? 0) + value));
    rows.push({ features, gold: gold.some((a) => scored.sentence.text.includes(a)) });
  }
  return rows;
}

/** For each question, its first sentences' rows; a question none of which holds the answer teaches nothing about choosing among them. */
export function sentenceExamples(questions: readonly SpanQuestion[], ranker: LinearModel): Row[][] {
  return questions
    .map((q) => {
      const prepared = prepareArticle(articleOf(q.file));
      return sentenceRows(read(prepared, analyseFor(prepared, q.question), ranker), q.answers);
    })
    .filter((rows) => rows.some((r) => r.gold));
}

/**
 * Full-batch gradient descent on a convex loss. Not run to convergence: at 300 epochs the weights
 * still move (training-fold chooser top-1, CMRC 668/794 against 671 at 1,500 and 5,000 epochs),
 * but the converged chooser changed no CMRC hit through the CLI, and with the converged decision
 * model it was not kept (DECISION_EPOCHS).
 */
export const SENTENCE_EPOCHS = 300;

/** Maximises the probability the softmax gives the gold sentences of each question. */
export function trainSentences(examples: readonly Row[][], epochs = SENTENCE_EPOCHS, rate = 1, l2 = 1e-3): Record<string, number> {
  const { names, row: sparse } = sparseFeatures(examples.flatMap((rows) => rows.map((r) => r.features)));
  const questions = examples.map((rows) => rows.map((r) => ({ row: sparse(r.features), gold: r.gold })));
  const w = new Float64Array(names.length);
  const gradient = new Float64Array(names.length);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let j = 0; j < names.length; j++) gradient[j] = l2 * w[j]!;
    for (const rows of questions) {
      const scores = rows.map((r) => dot(w, r.row));
      const max = Math.max(...scores);
      const exps = scores.map((s) => Math.exp(s - max));
      const total = exps.reduce((a, b) => a + b, 0);
      const p = exps.map((e) => e / total);
      const goldMass = rows.reduce((a, r, i) => a + (r.gold ? p[i]! : 0), 0);
      rows.forEach((r, i) => {
        // d(−log Σ_gold p)/dz_i = p_i − [gold] p_i / Σ_gold p
        addScaled(gradient, r.row, (p[i]! - (r.gold ? p[i]! / goldMass : 0)) / examples.length);
      });
    }
    for (let j = 0; j < names.length; j++) w[j] = w[j]! - rate * gradient[j]!;
  }
  return namedWeights(names, w);
}
