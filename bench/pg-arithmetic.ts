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
      lines.push(`- Query p99, ${name}: ${figure(s[scope]!.p99)} ms at ${s.loaded.toLocaleString('en-US')} and ${figure(b[scope]!.p99)} ms at ${b.loaded.toLocaleString('en-US')}; a straight line through them gives **about ${figure(Math.max(b[scope]!.p99, b[scope]!.p99 + slope * (MILLION - b.loaded)))} ms at 1,000,000 — an estimate**, not measured (the GIN index is over every server's sentences, so a term's posting list grows with the whole library).`);
    } else {
      lines.push(`- Query p99, ${name}: ${figure(b[scope]!.p99)} ms at ${b.loaded.toLocaleString('en-US')}, the only size where queries were timed, so no line to extrapolate along.`);
    }
  }
  lines.push('');
  return lines;
}
