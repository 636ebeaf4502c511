// `npm run train`: fits the reader's three models on the public span sets (CMRC 2018 trial, DRCD test)
// and writes src/answer/reader/weights.ts. Questions are split by article into 5 fixed folds:
//   fold 0       held out: every figure printed under "held out" is measured there, never trained on;
//   folds 1–4    train the span ranker that is shipped; and, cross-fitted, each of them is read by a
//                ranker trained on the other three, to train the sentence chooser, then the
//                answer-or-refuse model and its threshold, on readings of questions that ranker never
//                saw (so their inputs are as honest as at serving time).
// The five span rankers are fitted side by side, one process each (train-ranker-job.ts).
// `--curve` also prints the learning curve (held-out F1 by share of the training questions).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { linearModel } from '../src/answer/reader/model.js';
import { projectRoot } from '../src/util/paths.js';
import { fitReader, rankersNeeded, SHAPES, TARGET_COVERAGE, trainRankers } from './fit-reader.js';
import { rankerExamples } from './ranker-examples.js';
import { curve, decisionExamples, probability } from './train-decision.js';
import { DEFAULT_TRAINING, shuffled, trainRanker } from './train-ranker.js';
import { evaluateReader, HELD_OUT_FOLD, readSpanSet, SETS } from './training-data.js';

const TRAINING_FOLDS = [1, 2, 3, 4];

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(0)} s`;
const started = Date.now();
const all = SETS.flatMap((set) => readSpanSet(set));
const inFolds = (...folds: number[]) => all.filter((q) => folds.includes(q.fold));
const heldOut = inFolds(HELD_OUT_FOLD);
console.log(`${all.length} questions; held out (fold ${HELD_OUT_FOLD} of 5, by article): ${heldOut.length}`);

// 1. The span rankers: the shipped one on folds 1–4, and for each training fold one on the other three.
const rankers = await trainRankers(rankersNeeded(TRAINING_FOLDS));
const trainQuestions = inFolds(...TRAINING_FOLDS);
console.log(`rankers (shipped on folds 1–4, ${trainQuestions.length} questions; four cross-fitted): ${seconds(started)}`);

// 2. The sentence chooser and the decision model, on each training fold as read by the ranker that never saw it.
const { ranker: rankerWeights, sentences: sentenceWeights, decision: decisionWeights, threshold, decisionData } = fitReader(all, TRAINING_FOLDS, rankers);
const ranker = linearModel(rankerWeights);
const sentences = linearModel(sentenceWeights);
console.log(`sentence chooser and decision model: ${decisionData.length} examples from folds 1–4 (cross-fitted), threshold ${threshold} (answers ${TARGET_COVERAGE * 100}% of answerable ones there), ${seconds(started)}`);

// 3. Held-out figures.
for (const set of SETS) {
  const questions = heldOut.filter((q) => q.set === set);
  const alone = evaluateReader(ranker, questions);
  const r = evaluateReader(ranker, questions, sentences);
  console.log(`held out ${set}: F1 ${r.f1.toFixed(1)}, sentence holds the gold (hit@1) ${r.hit1.toFixed(1)}%, ${r.n} questions (span ranker alone: ${alone.f1.toFixed(1)}, ${alone.hit1.toFixed(1)}%)`);
}
for (const shape of SHAPES) {
  const heldOutDecisions = decisionExamples(heldOut, ranker, DEFAULT_TRAINING.seed + 1, sentences, shape);
  console.log(`held out answer-or-refuse, ${shape === 'asked' ? 'as asked' : 'English-shaped'} (one answerable and one made-unanswerable per question):`);
  console.log('threshold | precision of answers | answerable answered | unanswerable refused');
  for (const row of curve(decisionWeights, heldOutDecisions, [0.1, 0.2, 0.3, threshold, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9])) {
    console.log(`${row.threshold.toFixed(3)} | ${row.precision.toFixed(3)} | ${row.coverage.toFixed(3)} | ${row.refusedUnanswerable.toFixed(3)}`);
  }
  for (const kind of ['swapped word', 'swapped figure', 'answer removed', 'figures removed', 'other article'] as const) {
    const of = heldOutDecisions.filter((e) => e.kind === kind);
    const refused = of.filter((e) => probability(decisionWeights, e.features) < threshold).length;
    console.log(`  ${kind}: ${refused}/${of.length} refused`);
  }
}

if (process.argv.includes('--curve')) {
  console.log('learning curve (held-out F1 / hit@1 by share of training questions):');
  const order = shuffled(trainQuestions, DEFAULT_TRAINING.seed);
  for (const share of [0.1, 0.25, 0.5, 1]) {
    const model = share === 1 ? ranker : linearModel(trainRanker(rankerExamples(order.slice(0, Math.round(share * order.length)))));
    const parts = SETS.map((set) => {
      const r = evaluateReader(model, heldOut.filter((q) => q.set === set), sentences);
      return `${set} ${r.f1.toFixed(1)} / ${r.hit1.toFixed(1)}`;
    });
    console.log(`  ${Math.round(share * 100)}% (${Math.round(share * order.length)} questions): ${parts.join('; ')}`);
  }
}

const file = join(projectRoot, 'src', 'answer', 'reader', 'weights.ts');
writeFileSync(
  file,
  `// Written by \`npm run train\` (scripts/train.ts) from the public span sets; do not edit by hand.\n` +
    `// Training options: ${JSON.stringify(DEFAULT_TRAINING)}.\n\n` +
    `/** The span ranker: weight of each named candidate feature (src/answer/reader/features.ts). */\n` +
    `export const RANKER_WEIGHTS: Record<string, number> = ${JSON.stringify(rankerWeights, null, 1)};\n\n` +
    `/** The sentence chooser: weight of each sentence-level feature (src/answer/reader/sentence-choice.ts). */\n` +
    `export const SENTENCE_WEIGHTS: Record<string, number> = ${JSON.stringify(sentenceWeights, null, 1)};\n\n` +
    `/** The answer-or-refuse model: weight of each question-level feature (src/answer/reader/decide.ts). */\n` +
    `export const DECISION_WEIGHTS: Record<string, number> = ${JSON.stringify(decisionWeights, null, 1)};\n\n` +
    `/** Answer when the decision model's probability reaches this: it answers ${TARGET_COVERAGE * 100}% of answerable training questions, each read by a ranker that never saw it. */\n` +
    `export const DECISION_THRESHOLD = ${threshold};\n`,
);
console.log(`wrote ${file} in ${seconds(started)}`);
