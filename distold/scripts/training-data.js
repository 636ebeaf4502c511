// The questions the reader is trained and measured on: the public span sets in ../shared/eval/external/
// (CMRC 2018 trial, DRCD test), each question with its article and gold spans, split by article into
// folds that never change: fold 0 of 5 is held out for reporting, the rest are for training.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadArticleFile } from '../src/article/index.js';
import { analyseQuestion } from '../src/answer/reader/analyse.js';
import { bestF1 } from '../src/answer/reader/overlap.js';
import { prepareArticle } from '../src/answer/reader/prepare.js';
import { read } from '../src/answer/reader/read.js';
import { spellNumbersLikeArticle } from '../src/answer/reader/spell-numbers.js';
import { foldArticle } from '../src/answer/written.js';
import { foldText } from '../src/language/fold.js';
import { projectRoot } from '../src/util/paths.js';
export const EVAL_DIR = resolve(process.env.WENDA_EVAL_DIR ?? join(projectRoot, '..', 'shared', 'eval'));
export const SETS = ['cmrc-trial', 'drcd-test'];
export const FOLDS = 5;
export const HELD_OUT_FOLD = 0;
/** The fold of an article: a hash of its set and file name, so adding questions never moves one. */
export function foldOf(set, article) {
    return createHash('sha256').update(`${set}/${article}`).digest().readUInt32BE(0) % FOLDS;
}
export function readSpanSet(set) {
    const file = join(EVAL_DIR, 'external', `${set}.jsonl`);
    if (!existsSync(file))
        throw new Error(`training data not found: ${file} (set WENDA_EVAL_DIR to the eval kit)`);
    return readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l))
        .map((q) => ({ id: q.id, set, file: join(dirname(file), q.article), question: q.question, answers: q.answers, fold: foldOf(set, q.article) }));
}
const articles = new Map();
/** An article as the engine reads it: in the one script of matching (DRCD is traditional). */
export function articleOf(file) {
    let article = articles.get(file);
    if (!article) {
        article = foldArticle(loadArticleFile(file));
        articles.set(file, article);
    }
    return article;
}
/** A training question as the reader sees it at serving time (respond/read.ts): folded, its numbers spelled like the article. */
export function analyseFor(prepared, question) {
    const numbers = spellNumbersLikeArticle(foldText(question), prepared.text);
    return analyseQuestion(numbers.text, numbers.also);
}
/** The reader with `model` (and the sentence chooser, if given) on `questions`: mean F1 of the chosen span, and how often its sentence holds a gold answer (%). */
export function evaluateReader(model, questions, sentences) {
    let f1 = 0;
    let hit1 = 0;
    for (const q of questions) {
        const prepared = prepareArticle(articleOf(q.file));
        const top = read(prepared, analyseFor(prepared, q.question), model, sentences).best;
        if (!top)
            continue;
        f1 += bestF1(top.proposal.candidate.text, q.answers);
        if (q.answers.some((a) => top.proposal.scored.sentence.text.includes(foldText(a))))
            hit1++;
    }
    const n = questions.length || 1;
    return { f1: (100 * f1) / n, hit1: (100 * hit1) / n, n: questions.length };
}
//# sourceMappingURL=training-data.js.map