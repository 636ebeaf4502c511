// `npm run folds`: writes the held-out fold of each public span set as a question file that
// ../shared/eval/score-external.mjs reads, so its figures are measured on questions (and articles)
// the reader was never trained on:
//   node ../shared/eval/score-external.mjs --set .cache/folds/cmrc-trial.heldout.jsonl
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir } from '../src/util/paths.js';
import { HELD_OUT_FOLD, readSpanSet, SETS, writeQuestionFile } from './training-data.js';

const dir = join(cacheDir, 'folds');
mkdirSync(dir, { recursive: true });
for (const set of SETS) {
  const held = readSpanSet(set).filter((q) => q.fold === HELD_OUT_FOLD);
  const file = join(dir, `${set}.heldout.jsonl`);
  writeQuestionFile(file, held);
  console.log(`${file}: ${held.length} questions, ${new Set(held.map((q) => q.file)).size} articles`);
}
