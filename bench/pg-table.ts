import type { PgScaleRow } from './pg-scale.js';
import { figure, type Table } from './table.js';

/** A PostgreSQL size that could not be measured keeps its row, saying why. */
export type PgScaleResult = PgScaleRow | { size: number; missing: string };

export const PG_COLUMNS = [
  'articles asked', 'loaded', 'servers', 'load articles/s', 'sentences', 'disk per article KB', 'GIN per article KB',
  'candidates p50 / p99 ms (one server)', 'candidates p50 / p99 ms (every server)', 'embedded TieredIndex p50 / p99 ms', 'same first article',
];

const cell = (x: number | undefined, scale = 1) => (x === undefined ? 'not measured' : figure(x * scale));
const pair = (l: { p50: number; p99: number } | undefined) => (l ? `${figure(l.p50)} / ${figure(l.p99)}` : 'not measured');

export function pgTable(results: readonly PgScaleResult[]): Table {
  return {
    headers: PG_COLUMNS,
    rows: results.map((r) => {
      if ('missing' in r) return [r.size.toLocaleString('en-US'), r.missing, ...PG_COLUMNS.slice(2).map(() => '—')];
      const perArticle = (bytes: number | undefined) => (bytes === undefined || r.loaded === 0 ? undefined : bytes / r.loaded / 1024);
      return [
        r.size.toLocaleString('en-US'), r.loaded.toLocaleString('en-US'), String(r.guilds), cell(r.articlesPerSecond),
        r.sentences === undefined ? 'not measured' : r.sentences.toLocaleString('en-US'),
        cell(perArticle(r.sentenceBytes === undefined ? undefined : r.sentenceBytes + (r.articleBytes ?? 0))), cell(perArticle(r.ginBytes)),
        pair(r.guild), pair(r.allGuilds), pair(r.embedded), r.embedded ? `${(100 * r.embedded.sameTop).toFixed(0)}% of ${r.embedded.questions}` : 'not measured',
      ];
    }),
  };
}
