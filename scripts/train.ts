// `npm run train`: fits the reader's two models on the public span sets (CMRC 2018 trial, DRCD test)
// and writes src/answer/reader/weights.ts. Questions are split by article into 5 fixed folds:
//   fold 0       held out: every figure printed under "held out" is measured there, never trained on;
//   folds 2–4    train a first span ranker, which reads fold 1 …
//   fold 1       … to train the sentence chooser, then the answer-or-refuse model and its threshold,
//                on questions that ranker never saw (so their inputs are as honest as at serving time);
//   folds 1–4    train the span ranker that is shipped.
// `--curve` also prints the learning curve (held-out F1 by share of the training questions).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalysedQuestion } from '../src/answer/reader/analyse.js';
import { linearModel } from '../src/answer/reader/model.js';
import { bestF1 } from '../src/answer/reader/overlap.js';
import { prepareArticle } from '../src/answer/reader/prepare.js';
import { gather } from '../src/answer/reader/read.js';
import { projectRoot } from '../src/util/paths.js';
import { sentenceExamples, trainSentences } from './train-sentences.js';
import { curve, decisionExamples, probability, thresholdFor, trainDecision, type Shape } from './train-decision.js';
import { DEFAULT_TRAINING, shuffled, trainRanker, type Example } from './train-ranker.js';
import { analyseFor, articleOf, evaluateReader, HELD_OUT_FOLD, readSpanSet, SETS, type SpanQuestion } from './training-data.js';

/** The shapes the decision model is trained and measured in (train-decision.ts). */
const SHAPES: readonly Shape[] = ['asked', 'english'];

/** Share of answerable questions the threshold must still answer, measured on fold 1. */
const TARGET_COVERAGE = 0.97;

function example(q: SpanQuestion, question: AnalysedQuestion): Example {
  const prepared = prepareArticle(articleOf(q.file));
  const gathered = gather(prepared, question);
  const f1 = Float32Array.from(gathered.proposals.map((p) => bestF1(p.candidate.text, q.answers)));
  return { question, gathered, f1 };
}

/**
 * Each question twice: as asked, and as an English question reaches the reader — its words only
 * (the terms it was mapped to), with no asking word in place to align the article with.
 */
function examples(questions: readonly SpanQuestion[]): Example[] {
  return questions.flatMap((q) => {
    const asked = analyseFor(prepareArticle(articleOf(q.file)), q.question);
    const words = { ...asked, cue: undefined, before: [], after: [], english: true };
    return [example(q, asked), example(q, words)];
  });
}


const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(0)} s`;
const started = Date.now();
const all = SETS.flatMap((set) => readSpanSet(set));
const inFolds = (...folds: number[]) => all.filter((q) => folds.includes(q.fold));
const heldOut = inFolds(HELD_OUT_FOLD);
console.log(`${all.length} questions; held out (fold ${HELD_OUT_FOLD} of 5, by article): ${heldOut.length}`);

// 1. The decision model, on fold 1 read by a ranker that never saw it.
const firstRanker = linearModel(trainRanker(examples(inFolds(2, 3, 4))));
console.log(`first ranker (folds 2–4): ${seconds(started)}`);
const sentenceWeights = trainSentences(sentenceExamples(inFolds(1), firstRanker));
const sentences = linearModel(sentenceWeights);
console.log(`sentence chooser (fold 1): ${seconds(started)}`);
// Each question in both shapes the reader meets: as asked, and as an English question reaches it.
const decisionData = SHAPES.flatMap((shape) => decisionExamples(inFolds(1), firstRanker, DEFAULT_TRAINING.seed, sentences, shape));
const decisionWeights = trainDecision(decisionData);
// The threshold is set on the questions as asked: English-shaped ones are made of the article's own
// words, nearly all answered, and counted in they would raise it over the Chinese questions.
const threshold = thresholdFor(decisionWeights, decisionData.filter((e) => e.shape === 'asked'), TARGET_COVERAGE);
console.log(`decision model: ${decisionData.length} examples from fold 1, threshold ${threshold} (answers ${TARGET_COVERAGE * 100}% of answerable ones there)`);

// 2. The shipped ranker, on folds 1–4.
const trainQuestions = inFolds(1, 2, 3, 4);
const rankerWeights = trainRanker(examples(trainQuestions));
const ranker = linearModel(rankerWeights);
console.log(`ranker (folds 1–4, ${trainQuestions.length} questions): ${Object.keys(rankerWeights).length} weights, ${seconds(started)}`);

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
    const model = share === 1 ? ranker : linearModel(trainRanker(examples(order.slice(0, Math.round(share * order.length)))));
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
    `/** Answer when the decision model's probability reaches this: it answers ${TARGET_COVERAGE * 100}% of answerable held-out (fold 1) questions. */\n` +
    `export const DECISION_THRESHOLD = ${threshold};\n`,
);
console.log(`wrote ${file} in ${seconds(started)}`);
