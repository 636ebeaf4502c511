import { readFileSync } from 'node:fs';
import { buildCorpus } from './corpus.js';
import { askAll, queryLatency } from './measure.js';
import type { System } from './peers/types.js';
import { rates, scoreReplies, type DevQuestion } from './score.js';
import { measureSerialized, type Serialized } from './serialized.js';
import { peakRssMb, settledRssMb, spread, timed, type Spread } from './stats.js';

export interface ScaleOptions {
  size: number;
  seedFile: string;
  questions: readonly DevQuestion[];
  builds: number;
  queryPasses: number;
}

/** One corpus size, for one system: the row of the scale table. */
export interface ScaleRow {
  system: string;
  size: number;
  characters: number;
  buildMs: Spread;
  /** The fields below are missing when the run was stopped (time budget) before measuring them. */
  queryP50?: Spread;
  queryP99?: Spread;
  /** Seed questions answered correctly with the seed as one article of `size`. */
  correct?: number;
  rssMb?: number;
  peakMb?: number;
  /** wenda only: its MiniSearch index serialized vs built. */
  serialized?: Serialized;
  /** Why some figures are missing. */
  incomplete?: string;
}

/**
 * Builds the system over a corpus of `size` articles and asks the seed's questions. Dictionaries
 * are loaded first on the seed alone, so build times are the index work, not the one-off load.
 * Meant to run alone in a child process so that RSS belongs to this size only; `progress` gets the
 * row so far after each phase, so a run stopped by the time budget still reports what it measured.
 */
export function measureScale(system: System, options: ScaleOptions, progress: (row: ScaleRow) => void = () => {}): ScaleRow {
  const { articles, characters } = buildCorpus(options.seedFile, { size: options.size });
  const seed = articles[articles.length - 1]!;
  system.build([seed]);

  const builds: number[] = [];
  let built = timed(() => system.build(articles));
  builds.push(built.ms);
  for (let i = 1; i < options.builds; i++) {
    built = timed(() => system.build(articles));
    builds.push(built.ms);
  }
  const answerer = built.value;
  progress({ system: system.name, size: options.size, characters, buildMs: spread(builds), peakMb: peakRssMb() });
  const { replies } = askAll(answerer, options.questions);
  const score = rates(scoreReplies(options.questions, replies, readFileSync(options.seedFile, 'utf8')));
  const { p50, p99 } = queryLatency(answerer, options.questions, options.queryPasses);
  const rssMb = settledRssMb();
  const row: ScaleRow = {
    system: system.name, size: options.size, characters, buildMs: spread(builds), queryP50: p50, queryP99: p99,
    correct: score.correct, rssMb, peakMb: peakRssMb(),
  };
  progress(row);
  if (system.name === 'wenda') row.serialized = measureSerialized(articles, options.builds, answerer.sentenceIndex);
  return row;
}
