import type { PgBotRow } from './pg-bot.js';
import type { PgScaleRow } from './pg-scale.js';
import type { PgScaleResult } from './pg-table.js';
import { figure } from './table.js';

const MILLION = 1_000_000;

/**
 * The arithmetic for 1,000,000 articles from the largest size measured: rows and disk scale with
 * the articles (measured per article); query time is extrapolated linearly from the two largest
 * sizes measured, which is an estimate, not a measurement.
 */
export function pgArithmetic(results: readonly PgScaleResult[]): string[] {
  const measured = results.filter((r): r is PgScaleRow => !('missing' in r) && r.loaded > 0 && r.sentences !== undefined).sort((a, b) => a.loaded - b.loaded);
  const big = measured[measured.length - 1];
  if (!big) return ['- 1,000,000 articles: nothing was measured to scale from.', ''];
  const per = (x: number) => (x / big.loaded) * MILLION;
  const gib = (bytes: number) => figure(bytes / 2 ** 30);
  const lines = [
    `### 1,000,000 articles, from ${big.loaded.toLocaleString('en-US')} measured`,
    '',
    `- Rows: ${figure(big.sentences! / big.loaded)} sentences an article → about ${figure(per(big.sentences!) / MILLION)} million rows in \`sentences\`, 1,000,000 in \`articles\`, in ${(MILLION / 500).toLocaleString('en-US')} servers of 500.`,
    `- Disk: ${figure((big.sentenceBytes! + big.articleBytes!) / big.loaded / 1024)} KB an article measured (GIN ${figure(big.ginBytes! / big.loaded / 1024)} KB of it) → about ${gib(per(big.sentenceBytes! + big.articleBytes!))} GiB (GIN ${gib(per(big.ginBytes!))} GiB), before any replica.`,
    `- Loading: at ${figure(big.articlesPerSecond ?? NaN)} articles/s (one bot process, 4 loads at once, 2 cores shared with the database) a million would take ${figure(MILLION / (big.articlesPerSecond ?? NaN) / 3600)} hours; in the product articles arrive one \`/load\` at a time, so this is a bulk import's figure.`,
  ];
  // Why a line through two sizes is only an estimate, per scope.
  const why = {
    guild: 'the GIN is keyed by server and term (migration 0005), so a server\'s query reads its own postings and the index\'s height grows only with the log of the library: the line is the pessimistic reading',
    allGuilds: 'a query over every server reads every posting of its terms, which grow with the whole library',
  };
  for (const scope of ['guild', 'allGuilds'] as const) {
    const name = scope === 'guild' ? 'one server of 500' : 'every server at once';
    // Query figures from the sizes where queries were timed (a run may stop after loading).
    const timed = measured.filter((r) => r[scope] && Number.isFinite(r[scope]!.p99));
    const b = timed[timed.length - 1];
    const s = timed[timed.length - 2];
    if (!b) {
      lines.push(`- Query p99, ${name}: not measured at any size, so nothing to extrapolate.`);
    } else if (s && b.loaded > s.loaded) {
      const slope = (b[scope]!.p99 - s[scope]!.p99) / (b.loaded - s.loaded);
      lines.push(`- Query p99, ${name}: ${figure(s[scope]!.p99)} ms at ${s.loaded.toLocaleString('en-US')} and ${figure(b[scope]!.p99)} ms at ${b.loaded.toLocaleString('en-US')}; a straight line through them gives **about ${figure(Math.max(b[scope]!.p99, b[scope]!.p99 + slope * (MILLION - b.loaded)))} ms at 1,000,000 — an estimate**, not measured (${why[scope]}).`);
    } else {
      lines.push(`- Query p99, ${name}: ${figure(b[scope]!.p99)} ms at ${b.loaded.toLocaleString('en-US')}, the only size where queries were timed, so no line to extrapolate along.`);
    }
  }
  // The bot's memory: what grows with the library is each served server's list of articles (ids,
  // titles). Its settled size is extended, not its peak: the peak is garbage V8 has not yet
  // collected, which follows the heap's cap (DEPLOY.md), not the library.
  const bots = measured.filter((r) => r.bot && !('missing' in r.bot)).map((r) => ({ loaded: r.loaded, rss: (r.bot as PgBotRow).rssMb }));
  const [a, b] = bots.slice(-2);
  const held = "its articles and engines are bounded, 256 and 16; with shards each process lists only its servers";
  if (a && b && b.loaded > a.loaded && b.rss <= a.rss) {
    lines.push(`- The bot's RSS idle after GC: ${figure(a.rss)} MB at ${a.loaded.toLocaleString('en-US')} and ${figure(b.rss)} MB at ${b.loaded.toLocaleString('en-US')} (one process serving every server): it did not grow with the library between them, so there is no line to extend; what would grow is each served server's list of its articles (${held}).`);
  } else if (a && b && b.loaded > a.loaded) {
    const perArticle = (b.rss - a.rss) / (b.loaded - a.loaded);
    lines.push(`- The bot's RSS idle after GC: ${figure(a.rss)} MB at ${a.loaded.toLocaleString('en-US')} and ${figure(b.rss)} MB at ${b.loaded.toLocaleString('en-US')} (one process serving every server); a straight line through them gives **about ${figure(b.rss + perArticle * (MILLION - b.loaded))} MB at 1,000,000 for one process serving every server — an estimate**, not measured (what grows with the library in the bot is each served server's list of its articles; ${held}).`);
  }
  lines.push('');
  return lines;
}
