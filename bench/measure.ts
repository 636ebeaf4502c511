import type { Article } from '../src/article/index.js';
import type { Answerer, System } from './peers/types.js';
import { rates, scoreReplies, type DevQuestion, type Reply } from './score.js';
import { percentile, spread, timed, type Spread } from './stats.js';

/** How many times each figure is measured. */
export interface Runs {
  builds: number;
  /** Timed passes over the questions; each pass gives one p50 and one p99. */
  queryPasses: number;
}

export interface Quality {
  correct: number;
  hit1: number;
  abstain: number;
}

export interface InProcess {
  quality: Quality;
  buildMs: Spread;
  queryP50: Spread;
  queryP99: Spread;
}

/** Times one pass of questions; returns per-question milliseconds and the replies. */
export function askAll(answerer: Answerer, questions: readonly DevQuestion[]): { ms: number[]; replies: Reply[] } {
  const ms: number[] = [];
  const replies: Reply[] = [];
  for (const q of questions) {
    const { ms: took, value } = timed(() => answerer.ask(q.question));
    ms.push(took);
    replies.push(value);
  }
  return { ms, replies };
}

/** Per-pass percentiles: a pass is one run, so p50 and p99 are each a median over passes. */
export function queryLatency(answerer: Answerer, questions: readonly DevQuestion[], passes: number): { p50: Spread; p99: Spread } {
  const p50: number[] = [];
  const p99: number[] = [];
  for (let i = 0; i < passes; i++) {
    const { ms } = askAll(answerer, questions);
    p50.push(percentile(ms, 50));
    p99.push(percentile(ms, 99));
  }
  return { p50: spread(p50), p99: spread(p99) };
}

/**
 * Untimed passes over the questions before the timed ones. One was not enough: V8 takes some 300
 * questions to compile the reader's hot paths, and a pass right after the timed builds read a p99 of
 * 4–8 ms where the same process reads 3–4 ms from its tenth pass on (the seed's 45 questions,
 * median p99 of five passes, four processes). The first answers are cold start's to measure.
 */
export const WARM_PASSES = 10;

/**
 * Everything that can be measured inside one process: answer quality, build time and query latency.
 * A first build and first passes run untimed, so dictionary loads and JIT warm-up (which cold start
 * measures) are not charged to every build and query.
 */
export function measureInProcess(
  system: System,
  articles: readonly Article[],
  articleRaw: string,
  questions: readonly DevQuestion[],
  runs: Runs,
): InProcess {
  const answerer = system.build(articles);
  const { replies } = askAll(answerer, questions);
  const quality = rates(scoreReplies(questions, replies, articleRaw));
  const builds: number[] = [];
  for (let i = 0; i < runs.builds; i++) builds.push(timed(() => system.build(articles)).ms);
  for (let i = 0; i < WARM_PASSES; i++) askAll(answerer, questions);
  const { p50, p99 } = queryLatency(answerer, questions, runs.queryPasses);
  return { quality, buildMs: spread(builds), queryP50: p50, queryP99: p99 };
}
