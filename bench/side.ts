import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadArticleFile } from '../src/article/index.js';
import { measureInProcess, type InProcess, type Runs } from './measure.js';
import { loadSystem } from './peers/index.js';
import type { DevQuestion } from './score.js';
import { spawnTimed } from './spawn.js';
import { spread, type Spread } from './stats.js';

export interface SideOptions {
  systems: readonly string[];
  articleFile: string;
  questions: readonly DevQuestion[];
  questionsFile: string;
  runs: Runs;
  /** Fresh processes per system for cold start and memory; 0 leaves those columns unmeasured. */
  coldRuns: number;
  root: string;
}

export interface SideRow extends InProcess {
  system: string;
  label: string;
  coldMs?: Spread;
  /** wenda's cold start with an English question first: that one alone romanizes the article's words (vocabulary.ts). */
  coldEnglishMs?: Spread;
  rssMb?: Spread;
  peakMb?: Spread;
}

/** wenda's cold start is the terminal's: `node dist/src/cli.js "question"` with the one article. */
async function wendaColdStart(options: SideOptions, question = options.questions[0]?.question ?? '这篇文章主要讲了什么？'): Promise<number> {
  const cli = join(options.root, 'dist', 'src', 'cli.js');
  const run = await spawnTimed(process.execPath, [cli, '--article', options.articleFile, question], {
    cwd: options.root, timeoutMs: 60_000, env: { ...process.env, NO_COLOR: '1' },
  });
  return run.firstLineMs;
}

interface ChildRun {
  firstMs: number;
  rssMb: number;
  peakMb: number;
  measured?: InProcess;
}

/**
 * A peer's cold start, every system's memory and, when asked, its in-process figures: a child that
 * loads, builds, answers one question, then all, then (with `runs`) times builds and queries.
 */
async function childRun(system: string, options: SideOptions, runs?: Runs): Promise<ChildRun> {
  const child = join(options.root, 'dist', 'bench', 'child.js');
  const extra = runs ? [String(runs.builds), String(runs.queryPasses)] : [];
  const run = await spawnTimed(process.execPath, ['--expose-gc', child, 'side', system, options.articleFile, options.questionsFile, ...extra], {
    cwd: options.root, timeoutMs: 120_000,
  });
  const memory = JSON.parse(run.lines[1] ?? '{}') as { rssMb: number; peakMb: number };
  const measured = runs ? (JSON.parse(run.lines[2] ?? '{}') as InProcess) : undefined;
  return { firstMs: run.firstLineMs, rssMb: memory.rssMb, peakMb: memory.peakMb, ...(measured ? { measured } : {}) };
}

/**
 * The side-by-side table: same article, same questions, same scoring, for every system. With
 * `coldRuns` > 0 every figure comes from fresh processes (the first also measures in-process);
 * with 0 (the smoke test) quality, builds and queries are measured here and the rest is left out.
 */
export async function measureSide(options: SideOptions, log: (line: string) => void = () => {}): Promise<SideRow[]> {
  const article = loadArticleFile(options.articleFile);
  const raw = readFileSync(options.articleFile, 'utf8');
  const rows: SideRow[] = [];
  for (const name of options.systems) {
    const system = await loadSystem(name);
    if (options.coldRuns <= 0) {
      rows.push({ system: name, label: system.label, ...measureInProcess(system, [article], raw, options.questions, options.runs) });
      continue;
    }
    const cold: number[] = [];
    const rss: number[] = [];
    const peak: number[] = [];
    let measured: InProcess | undefined;
    for (let i = 0; i < options.coldRuns; i++) {
      const run = await childRun(name, options, i === 0 ? options.runs : undefined);
      measured ??= run.measured;
      if (name !== 'wenda') cold.push(run.firstMs);
      rss.push(run.rssMb);
      peak.push(run.peakMb);
    }
    // wenda's first answer, to a Chinese question and then to an English one, in turns.
    const english = options.questions.find((q) => q.lang === 'en')?.question;
    const coldEnglish: number[] = [];
    if (name === 'wenda') {
      for (let i = 0; i < options.coldRuns; i++) {
        cold.push(await wendaColdStart(options));
        if (english) coldEnglish.push(await wendaColdStart(options, english));
      }
    }
    if (!measured) throw new Error(`bench: the ${name} child printed no measurements`);
    rows.push({ system: name, label: system.label, ...measured, coldMs: spread(cold), ...(coldEnglish.length > 0 ? { coldEnglishMs: spread(coldEnglish) } : {}), rssMb: spread(rss), peakMb: spread(peak) });
    log(`side-by-side: ${system.label} done`);
  }
  return rows;
}
