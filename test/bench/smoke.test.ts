// Keeps the benchmark code from rotting: a tiny corpus, one run of everything in-process.
// Nothing here is timed against a limit — speed is measured by `npm run bench`, never asserted in tests.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scaleChart } from '../../bench/chart.js';
import { buildCorpus } from '../../bench/corpus.js';
import { SYSTEM_NAMES } from '../../bench/peers/index.js';
import { loadSystem } from '../../bench/peers/index.js';
import { resultsMarkdown } from '../../bench/report.js';
import { measureScale } from '../../bench/scale.js';
import { temporaryFolder } from '../support/cleanup.js';
import { readQuestions, type DevQuestion } from '../../bench/score.js';
import { measureSide } from '../../bench/side.js';
import { spawnTimed } from '../../bench/spawn.js';
import { SCALE_COLUMNS, SIDE_COLUMNS, renderText, scaleTable, sideTable } from '../../bench/table.js';
import { verdicts } from '../../bench/targets.js';
import { projectRoot } from '../../src/util/paths.js';

const SEED = join(projectRoot, 'seeds', '000_20b33d47ff37ce72.txt');
const DEV = join(projectRoot, '..', 'shared', 'eval', 'seed-dev.jsonl');
const FIXED: DevQuestion[] = [
  { id: 'a', lang: 'zh', question: '双方签了哪些协议？', intent: 'agreements', answerable: true, evidence: ['双方签署了'], answer_keys: ['合作协议'] },
  { id: 'b', lang: 'zh', question: '文章提到了上海的天气吗？', intent: 'unanswerable', answerable: false, evidence: [], answer_keys: [] },
];
// A few dev questions when the set is beside the project (both kinds), the fixed pair otherwise.
const dev = readQuestions(DEV);
const QUESTIONS = dev ? [...dev.filter((q) => q.answerable).slice(0, 3), ...dev.filter((q) => !q.answerable).slice(0, 1)] : FIXED;
const share = (s: string) => Number(s) >= 0 && Number(s) <= 1;

describe('bench smoke', () => {
  it('assembles a corpus from the seed, the seed last', () => {
    const corpus = buildCorpus(SEED, { size: 3 });
    expect(corpus.articles).toHaveLength(3);
    expect(corpus.articles[2]!.id).toBe(corpus.seedId);
    expect(corpus.articles[0]!.paragraphs.length).toBeGreaterThan(0);
    expect(buildCorpus(SEED, { size: 3 }).articles[0]!.paragraphs[0]!.text).toBe(corpus.articles[0]!.paragraphs[0]!.text);
  });

  it('fills every column of the side-by-side for every system', async () => {
    const rows = await measureSide({
      systems: SYSTEM_NAMES, articleFile: SEED, questions: QUESTIONS, questionsFile: DEV,
      runs: { builds: 1, queryPasses: 1 }, coldRuns: 0, root: projectRoot,
    });
    const table = sideTable(rows);
    expect(table.headers).toEqual(SIDE_COLUMNS);
    expect(table.rows.map((r) => r[0])).toHaveLength(SYSTEM_NAMES.length);
    for (const row of table.rows) {
      expect(row).toHaveLength(SIDE_COLUMNS.length);
      expect(share(row[1]!) && share(row[2]!) && share(row[3]!)).toBe(true);
      for (const cell of row.slice(4, 7)) expect(cell).toMatch(/^[\d,.]+ \(1 run\)$/);
      expect(row[7]).toBe('not measured'); // cold start and RSS need fresh processes: `npm run bench` only
    }
    const wenda = rows.find((r) => r.system === 'wenda')!;
    expect(wenda.quality.correct).toBeGreaterThan(0);
    for (const peer of rows.filter((r) => r.system !== 'wenda')) expect(peer.quality.abstain).toBe(0);
    expect(renderText(table).split('\n')).toHaveLength(SYSTEM_NAMES.length + 2);

    const scale = [measureScale(await loadSystem('wenda'), { size: 2, seedFile: SEED, questions: QUESTIONS, builds: 1, queryPasses: 1 })];
    const row = scale[0]!;
    expect(row.characters).toBeGreaterThan(1000);
    expect(row.rssMb).toBeGreaterThan(0);
    expect(row.serialized?.jsonChars).toBeGreaterThan(1000);
    const scaleRows = scaleTable(scale, true);
    expect(scaleRows.headers).toEqual(SCALE_COLUMNS);
    expect(scaleRows.rows[0]).toHaveLength(SCALE_COLUMNS.length);
    expect(scaleRows.rows[0]!.join(' ')).not.toMatch(/NaN|undefined/);

    const judged = verdicts(rows, scale, 1);
    expect(judged.map((v) => v.status)).toContain('not measured'); // no 10,000 run here
    const markdown = resultsMarkdown({
      date: '2000-01-01', revision: 'commit test', runs: { builds: 1, queryPasses: 1, coldRuns: 0, largeBuilds: 1, largePasses: 1 }, questionsNote: '',
      side: rows, scale, scored: true, verdicts: judged, benchSeconds: 1,
    });
    for (const column of [...SIDE_COLUMNS, ...SCALE_COLUMNS]) expect(markdown).toContain(column);
    expect(scaleChart(scale)).toMatch(/^<svg[\s\S]*<polyline[\s\S]*<\/svg>\n$/);
  }, 60_000);

  // `npm test` builds dist/ first; without the dev set beside the project, the fixed pair stands in.
  it('a cold-start child answers and reports its memory', async () => {
    let questionsFile = DEV;
    if (!existsSync(DEV)) {
      questionsFile = join(temporaryFolder('bench'), 'questions.jsonl');
      writeFileSync(questionsFile, FIXED.map((q) => JSON.stringify(q)).join('\n') + '\n');
    }
    const run = await spawnTimed(process.execPath, [join(projectRoot, 'dist', 'bench', 'child.js'), 'side', 'flexsearch', SEED, questionsFile], {
      cwd: projectRoot, timeoutMs: 30_000,
    });
    expect(run.lines).toHaveLength(2);
    expect(JSON.parse(run.lines[1]!).rssMb).toBeGreaterThan(0);
  });
});
