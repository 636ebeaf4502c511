// `npm run cross-validate`: the reader measured on every one of the five folds of the public span
// sets, each by models fitted exactly as `npm run train` fits the shipped ones but on the other four
// folds (so fold 0's models are the shipped ones). One held-out fold is about 200 CMRC questions: its
// F1 moved from 51 to 59 between folds, more than the 3 points between the two sets that the bars
// ask about, so the figures pooled over all five folds (every question held out
// once, about five times as many) are the ones that can tell.
//   1. fits the 15 span rankers this needs (on each four folds, and each three of them for the
//      cross-fitting), as many at once as the machine has cores;
//   2. per held-out fold, the chooser and the answer-or-refuse model, and writes
//      .cache/cv/fold-K.weights.json and each set's questions of that fold, .cache/cv/SET.fold-K.jsonl;
//   3. scores each fold through the scripting interface with ../shared/eval/score-external.mjs, the
//      CLI reading that fold's weights (WENDA_READER_WEIGHTS), and prints the figures per fold and pooled.
// `--reuse-rankers` keeps the span rankers already in .cache/cv/rankers.json and fits the rest: right
// after a change that moves no candidate, feature or label the span rankers learn from (a rule applied
// to the chosen span, say), it saves 15 of their fittings, about 25 minutes on 2 cores.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, projectRoot } from '../src/util/paths.js';
import type { ReaderWeights } from '../src/answer/reader/models.js';
import { fitReader, foldsKey, rankersNeeded, trainRankers, type Weights } from './fit-reader.js';
import { inParallel, nodeOutput } from './parallel.js';
import { EVAL_DIR, FOLDS, readSpanSet, SETS, writeQuestionFile } from './training-data.js';

const dir = join(cacheDir, 'cv');
mkdirSync(dir, { recursive: true });
const reuseRankers = process.argv.includes('--reuse-rankers');
const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

const all = SETS.flatMap((set) => readSpanSet(set));
const folds = Array.from({ length: FOLDS }, (_, k) => k);
const trainingFoldsOf = (k: number) => folds.filter((f) => f !== k);
const weightsFile = (k: number) => join(dir, `fold-${k}.weights.json`);

// 1–2. Models per held-out fold.
const rankersFile = join(dir, 'rankers.json');
const rankerJobs = folds.flatMap((k) => rankersNeeded(trainingFoldsOf(k)));
const rankers: Map<string, Weights> =
  reuseRankers && existsSync(rankersFile) ? new Map(Object.entries(JSON.parse(readFileSync(rankersFile, 'utf8')) as Record<string, Weights>)) : await trainRankers(rankerJobs);
writeFileSync(rankersFile, JSON.stringify(Object.fromEntries(rankers)));
console.log(`${rankers.size} span rankers (${new Set(rankerJobs.map(foldsKey)).size} needed): ${seconds()}`);
for (const k of folds) {
  const { decisionData: _examples, ...weights } = fitReader(all, trainingFoldsOf(k), rankers);
  writeFileSync(weightsFile(k), JSON.stringify(weights satisfies ReaderWeights));
  console.log(`fold ${k} held out: chooser, decision model (threshold ${weights.threshold}): ${seconds()}`);
}

// 3. Each fold through the scripting interface, with its own models.
interface Figures {
  n: number;
  em: number;
  f1: number;
  given: number;
  contained: number;
  hit1: number;
  refused: number;
}
const scorer = join(EVAL_DIR, 'score-external.mjs');
const cli = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(projectRoot, 'dist', 'src', 'cli.js'))} --jsonl`;
async function score(set: string, k: number): Promise<Figures> {
  const file = join(dir, `${set}.fold-${k}.jsonl`);
  writeQuestionFile(file, all.filter((q) => q.set === set && q.fold === k));
  const out = await nodeOutput([scorer, '--set', file, '--cmd', cli, '--json'], { ...process.env, WENDA_READER_WEIGHTS: weightsFile(k) });
  const line = out.split('\n').find((l) => l.startsWith('{'));
  if (!line) throw new Error(`score-external on ${file} printed no figures`);
  return JSON.parse(line) as Figures;
}

const jobs = SETS.flatMap((set) => folds.map((k) => ({ set, k })));
const scored = await inParallel(jobs, ({ set, k }) => score(set, k));
const results = new Map(jobs.map(({ set, k }, i) => [`${set}/${k}`, scored[i]!]));

const row = (label: string, f: Figures) =>
  `| ${label} | ${f.n} | ${f.em.toFixed(1)} | ${f.f1.toFixed(1)} | ${f.given.toFixed(1)}% | ${f.contained.toFixed(1)}% | ${f.hit1.toFixed(1)}% | ${f.refused.toFixed(1)}% |`;
console.log(`\nscored through the CLI with score-external.mjs, ${seconds()}`);
console.log('| set, fold held out | questions | EM | F1 | short answer given | gold in the reply | hit@1 | refused |');
console.log('|---|---|---|---|---|---|---|---|');
const pooled = new Map<string, Figures>();
for (const set of SETS) {
  const each = folds.map((k) => results.get(`${set}/${k}`)!);
  for (const [k, f] of each.entries()) console.log(row(`${set}, fold ${k}`, f));
  const n = each.reduce((s, f) => s + f.n, 0);
  const mean = (key: keyof Figures) => each.reduce((s, f) => s + f[key] * f.n, 0) / n;
  const all5: Figures = { n, em: mean('em'), f1: mean('f1'), given: mean('given'), contained: mean('contained'), hit1: mean('hit1'), refused: mean('refused') };
  pooled.set(set, all5);
  console.log(row(`**${set}, all five folds**`, all5));
}
const [first, second] = SETS.map((set) => pooled.get(set)!);
console.log(`\nF1 apart, pooled: ${Math.abs(first!.f1 - second!.f1).toFixed(1)} points; per fold: ${folds.map((k) => Math.abs(results.get(`${SETS[0]}/${k}`)!.f1 - results.get(`${SETS[1]}/${k}`)!.f1).toFixed(1)).join(', ')}`);
