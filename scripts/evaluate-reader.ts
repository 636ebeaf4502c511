// `npm run evaluate`: the shipped reader (src/answer/reader/weights.ts) on the held-out fold of each
// public span set, in process: F1 of the chosen span, how often its sentence holds the gold, and the
// time per question. A quick check between trainings; `score-external.mjs` on the fold files of
// `npm run folds` measures the same through the scripting interface.
import { analyseQuestion } from '../src/answer/reader/analyse.js';
import { RANKER } from '../src/answer/reader/models.js';
import { bestF1 } from '../src/answer/reader/overlap.js';
import { prepareArticle } from '../src/answer/reader/prepare.js';
import { read } from '../src/answer/reader/read.js';
import { foldText } from '../src/language/fold.js';
import { articleOf, HELD_OUT_FOLD, readSpanSet, SETS } from './training-data.js';
for (const set of SETS) {
  const qs = readSpanSet(set).filter((q) => q.fold === HELD_OUT_FOLD);
  let f1 = 0, hit = 0; const t0 = performance.now();
  for (const q of qs) {
    const r = read(prepareArticle(articleOf(q.file)), analyseQuestion(foldText(q.question)), RANKER);
    if (!r.best) continue;
    f1 += bestF1(r.best.proposal.candidate.text, q.answers);
    if (q.answers.some((a) => r.best!.proposal.scored.sentence.text.includes(foldText(a)))) hit++;
  }
  console.log(set, 'F1', (100 * f1 / qs.length).toFixed(1), 'hit', (100 * hit / qs.length).toFixed(1), ((performance.now() - t0) / qs.length).toFixed(2), 'ms/q incl. prepare');
}
