// The span ranker's training examples: each question with its article's candidate spans and how well
// each matches a gold answer (train.ts and train-ranker-job.ts build them the same way).
import type { AnalysedQuestion } from '../src/answer/reader/analyse.js';
import { bestF1 } from '../src/answer/reader/overlap.js';
import { prepareArticle } from '../src/answer/reader/prepare.js';
import { gather } from '../src/answer/reader/read.js';
import type { Example } from './train-ranker.js';
import { analyseFor, articleOf, type SpanQuestion } from './training-data.js';

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
export function rankerExamples(questions: readonly SpanQuestion[]): Example[] {
  return questions.flatMap((q) => {
    const asked = analyseFor(prepareArticle(articleOf(q.file)), q.question);
    const words = { ...asked, cue: undefined, before: [], after: [], english: true };
    return [example(q, asked), example(q, words)];
  });
}
