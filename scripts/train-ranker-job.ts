// One span ranker fitted on the given folds of the public span sets, its weights written to stdout as
// JSON: train.ts runs several of these side by side, one process each (each builds its own examples;
// nodejieba's native module is loaded once per process).
//   node dist/scripts/train-ranker-job.js 2,3,4
import { DEFAULT_TRAINING, trainRanker } from './train-ranker.js';
import { rankerExamples } from './ranker-examples.js';
import { readSpanSet, SETS } from './training-data.js';

const folds = (process.argv[2] ?? '').split(',').filter(Boolean).map(Number);
if (folds.length === 0 || folds.some((f) => !Number.isInteger(f))) {
  console.error('usage: train-ranker-job.js FOLD[,FOLD…]');
  process.exit(2);
}
const questions = SETS.flatMap((set) => readSpanSet(set)).filter((q) => folds.includes(q.fold));
process.stdout.write(JSON.stringify(trainRanker(rankerExamples(questions), DEFAULT_TRAINING)));
