// `npm run evaluate`: the shipped reader (src/answer/reader/weights.ts) on the held-out fold of each
// public span set, in process: F1 of the chosen span, how often its sentence holds the gold, and the
// time per question. A quick check between trainings; `score-external.mjs` on the fold files of
// `npm run folds` measures the same through the scripting interface.
import { RANKER, SENTENCES } from '../src/answer/reader/models.js';
import { evaluateReader, HELD_OUT_FOLD, readSpanSet, SETS } from './training-data.js';
for (const set of SETS) {
    const questions = readSpanSet(set).filter((q) => q.fold === HELD_OUT_FOLD);
    const started = performance.now();
    const r = evaluateReader(RANKER, questions, SENTENCES);
    const perQuestion = (performance.now() - started) / (questions.length || 1);
    console.log(`${set} F1 ${r.f1.toFixed(1)} hit ${r.hit1.toFixed(1)} ${perQuestion.toFixed(2)} ms/q incl. prepare`);
}
//# sourceMappingURL=evaluate-reader.js.map