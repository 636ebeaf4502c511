import type { PgBotRow } from './pg-bot.js';
import type { Latency, PgScaleRow } from './pg-scale.js';
import { figure, type Table } from './table.js';

/** A PostgreSQL size that could not be measured keeps its row, saying why. */
export type PgScaleResult = PgScaleRow | { size: number; missing: string };

export const PG_COLUMNS = [
  'articles asked', 'loaded', 'servers', 'load articles/s', 'sentences', 'disk per article KB', 'GIN per article KB',
  'candidates p50 / p99 ms (one server)', 'candidates p50 / p99 ms (every server)', 'embedded TieredIndex p50 / p99 ms', 'same first article',
];

export const BOT_COLUMNS = ['articles', 'questions', 'servers asked', 'start ms', 'whole question p50 / p99 ms', 'right article', 'RSS idle after GC MB', 'peak RSS MB', 'held (articles, engines)'];

const cell = (x: number | undefined, scale = 1) => (x === undefined ? 'not measured' : figure(x * scale));

/** A percentile that reached a question past the timeout is not a time: it says so. */
function pair(l: Latency | undefined, sample?: number): string {
  if (!l) return 'not measured';
  const at = (p: number) => (l.timedOut && l.timeoutMs !== undefined && p >= l.timeoutMs ? `past the ${(l.timeoutMs / 1000).toLocaleString('en-US')} s timeout` : figure(p));
  const passed = l.timedOut ? ` (${l.timedOut} of ${l.questions} past the timeout)` : '';
  // A scope bounded in time (every server at once) may have asked fewer than the sample.
  const asked = sample !== undefined && l.questions < sample ? ` (${l.questions} of ${sample} questions)` : '';
  return `${at(l.p50)} / ${at(l.p99)}${passed || asked}`;
}

/** The load's figure; for a kept cluster, with the runs that built it (it was not loaded by this run). */
function loadCell(r: PgScaleRow): string {
  const rate = cell(r.articlesPerSecond);
  if (!r.builtBy) return rate;
  return `${rate} (kept: loaded ${r.builtBy.map((b) => `${b.added.toLocaleString('en-US')} on ${b.date} at ${b.revision}`).join(', ')})`;
}

export function pgTable(results: readonly PgScaleResult[]): Table {
  return {
    headers: PG_COLUMNS,
    rows: results.map((r) => {
      if ('missing' in r) return [r.size.toLocaleString('en-US'), r.missing, ...PG_COLUMNS.slice(2).map(() => '—')];
      const perArticle = (bytes: number | undefined) => (bytes === undefined || r.loaded === 0 ? undefined : bytes / r.loaded / 1024);
      return [
        r.size.toLocaleString('en-US'), r.loaded.toLocaleString('en-US'), String(r.guilds), loadCell(r),
        r.sentences === undefined ? 'not measured' : r.sentences.toLocaleString('en-US'),
        cell(perArticle(r.sentenceBytes === undefined ? undefined : r.sentenceBytes + (r.articleBytes ?? 0))), cell(perArticle(r.ginBytes)),
        pair(r.guild), pair(r.allGuilds, r.guild?.questions), pair(r.embedded), r.embedded ? `${(100 * r.embedded.sameTop).toFixed(0)}% of ${r.embedded.questions}` : 'not measured',
      ];
    }),
  };
}

/** The bot over PostgreSQL at each size: whole questions and the process's memory. */
export function pgBotTable(results: readonly PgScaleResult[]): Table {
  return {
    headers: BOT_COLUMNS,
    rows: results.map((r) => {
      const bot: PgBotRow | { missing: string } = 'missing' in r ? r : (r.bot ?? { missing: 'not measured' });
      const articles = 'missing' in r ? r.size.toLocaleString('en-US') : r.loaded.toLocaleString('en-US');
      if ('missing' in bot) return [articles, bot.missing, ...BOT_COLUMNS.slice(2).map(() => '—')];
      return [
        articles, String(bot.questions), String(bot.servers), figure(bot.openMs), `${figure(bot.p50)} / ${figure(bot.p99)}`,
        bot.rightArticle ? `${(100 * bot.rightArticle.rate).toFixed(1)}% of ${bot.rightArticle.questions}` : '—',
        figure(bot.rssMb), figure(bot.peakMb), `${bot.held.articles}, ${bot.held.engines}`,
      ];
    }),
  };
}
