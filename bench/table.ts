import type { ScaleRow } from './scale.js';
import type { SideRow } from './side.js';
import type { Spread } from './stats.js';

/** A table as plain cells, rendered either for the terminal or as Markdown. */
export interface Table {
  headers: string[];
  rows: string[][];
}

export const SIDE_COLUMNS = ['system', 'correct', 'hit@1', 'abstain', 'build ms', 'query p50 ms', 'query p99 ms', 'cold start ms', 'RSS MB'];
export const SCALE_COLUMNS = [
  'articles', 'text', 'characters', 'build ms', 'query p50 ms', 'query p99 ms', 'RSS MB', 'peak RSS MB', 'seed correct',
  'right article', 'restart to first answer ms', 'index JSON chars', 'index build ms', 'loadJSON ms',
];

export function figure(n: number): string {
  if (!Number.isFinite(n)) return 'n/a';
  if (Math.abs(n) >= 100) return Math.round(n).toLocaleString('en-US');
  if (Math.abs(n) >= 10) return n.toFixed(1);
  return n.toFixed(2);
}

/** "median (min–max)", or the median alone when it was measured once. */
export function spreadCell(s: Spread | undefined): string {
  if (!s || s.runs === 0) return 'not measured';
  return s.runs === 1 ? `${figure(s.median)} (1 run)` : `${figure(s.median)} (${figure(s.min)}–${figure(s.max)})`;
}

const share = (x: number) => x.toFixed(2);
const optional = (x: number | undefined) => (x === undefined ? 'not measured' : figure(x));

export function sideTable(rows: readonly SideRow[]): Table {
  return {
    headers: SIDE_COLUMNS,
    rows: rows.map((r) => [
      r.label, share(r.quality.correct), share(r.quality.hit1), share(r.quality.abstain),
      spreadCell(r.buildMs), spreadCell(r.queryP50), spreadCell(r.queryP99), spreadCell(r.coldMs), spreadCell(r.rssMb),
    ]),
  };
}

/** A size that could not be measured keeps its row, saying why. */
export type ScaleResult = ScaleRow | { size: number; missing: string };

export function scaleTable(results: readonly ScaleResult[], scored: boolean): Table {
  return {
    headers: SCALE_COLUMNS,
    rows: results.map((r) => {
      if ('missing' in r) return [r.size.toLocaleString('en-US'), ...SCALE_COLUMNS.slice(1).map((_, i) => (i === 0 ? r.missing : '—'))];
      return [
        r.size.toLocaleString('en-US'), r.corpus ?? '—', r.characters.toLocaleString('en-US'), spreadCell(r.buildMs), spreadCell(r.queryP50),
        spreadCell(r.queryP99), optional(r.rssMb), optional(r.peakMb),
        r.correct === undefined ? 'not measured' : scored ? share(r.correct) : 'n/a (no dev set)',
        r.rightArticle ? `${(100 * r.rightArticle.rate).toFixed(1)}% of ${r.rightArticle.questions}` : '—',
        optional(r.restartMs),
        r.serialized ? r.serialized.jsonChars.toLocaleString('en-US') : '—',
        spreadCell(r.serialized?.indexBuildMs), spreadCell(r.serialized?.loadJsonMs),
      ];
    }),
  };
}

export function renderText(table: Table): string {
  const widths = table.headers.map((h, i) => Math.max(h.length, ...table.rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(table.headers), widths.map((w) => '-'.repeat(w)).join('  '), ...table.rows.map(line)].join('\n');
}

export function renderMarkdown(table: Table): string {
  const esc = (c: string) => c.replace(/\|/g, '\\|');
  return [
    `| ${table.headers.map(esc).join(' | ')} |`,
    `| ${table.headers.map(() => '---').join(' | ')} |`,
    ...table.rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}
