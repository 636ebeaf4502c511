// The span ranker's training examples: each question with its article's candidate spans and how well
// each matches a gold answer (train.ts and train-ranker-job.ts build them the same way).
import type { AnalysedQuestion } from '../src/answer/reader/analyse.js';
import { bestF1 } from '../src/answer/reader/overlap.js';
import { prepareArticle } from '../src/answer/reader/prepare.js';
import { gather } from '../src/answer/reader/read.js';
import type { Example } from './train-ranker.js';
import { analyseFor, articleOf, type SpanQuestion } from './training-data.js';

function example(q: SpanQuestion, question: AnalysedQuestion, weight: number): Example {
  const prepared = prepareArticle(articleOf(q.file));
  const gathered = gather(prepared, question);
  const f1 = Float32Array.from(gathered.proposals.map((p) => bestF1(p.candidate.text, q.answers)));
  return { question, gathered, f1, weight };
}

/**
 * How far the sets are weighed alike in the ranker's loss: a set of n questions weighs n^(1 − SET_BALANCE)
 * in all (0: each question alike; 1: each set alike). The sets mark answers in different styles — CMRC
 * a name with its description (晋陵郡太守王蕴之女), DRCD the bare name — and counted per question,
 * DRCD's 3.5 times as many questions set the answer's length for every article. Chosen on the
 * training folds, each read by a ranker of the other three, for the better F1 of the worse-served
 * set (official metric, in process): 0 → CMRC 56.0 / DRCD 61.0; 0.5 → 57.0 / 59.1; 1 → 58.9 / 56.5.
 * The square root is also what multilingual models use to mix corpora of unequal size.
 */
export const SET_BALANCE = 0.5;

/** Each question's weight in the loss, by its set: mean 1 over the questions, each set's total n^(1 − balance). */
export function setWeights(questions: readonly SpanQuestion[], balance = SET_BALANCE): Map<string, number> {
  const counts = new Map<string, number>();
  for (const q of questions) counts.set(q.set, (counts.get(q.set) ?? 0) + 1);
  const total = [...counts.values()].reduce((sum, n) => sum + n ** (1 - balance), 0);
  return new Map([...counts].map(([set, n]) => [set, (n ** -balance * questions.length) / total]));
}

/**
 * Each question twice: as asked, and as an English question reaches the reader — its words only
 * (the terms it was mapped to), with no asking word in place to align the article with.
 */
export function rankerExamples(questions: readonly SpanQuestion[]): Example[] {
  const weights = setWeights(questions);
  return questions.flatMap((q) => {
    const weight = weights.get(q.set)!;
    const asked = analyseFor(prepareArticle(articleOf(q.file)), q.question);
    const words = { ...asked, cue: undefined, before: [], after: [], english: true };
    return [example(q, asked, weight), example(q, words, weight)];
  });
}
