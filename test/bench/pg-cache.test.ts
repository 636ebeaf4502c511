// The kept PostgreSQL cluster of the bench must be rebuilt whenever what a load writes could differ.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../bench/corpus.js';
import { loadSources, pgCacheKey } from '../../bench/pg-cache.js';
import { GUILD_SIZE, placeCorpus } from '../../bench/pg-load.js';
import { pgTable } from '../../bench/pg-table.js';
import { projectRoot } from '../../src/util/paths.js';

const SEED = join(projectRoot, 'seeds', '000_20b33d47ff37ce72.txt');
const relative = (files: string[]) => files.map((f) => f.slice(projectRoot.length + 1));

describe('the bench’s kept PostgreSQL cluster', () => {
  it('is keyed by every source file the load imports, however deeply', () => {
    const files = relative(loadSources());
    // The store's write, the passage index's terms (tokenizer, segmenter, its dictionary files' names, script folding).
    for (const file of ['bench/pg-load.ts', 'src/library/store/pg/pg-store.ts', 'src/library/store/pg/passages.ts', 'src/search/tokenize.ts', 'src/language/segmenter.ts', 'src/language/jieba-dict.ts', 'src/language/fold.ts']) {
      expect(files).toContain(file);
    }
    // Not what answers questions.
    expect(files).not.toContain('src/answer/engine.ts');
  });

  it('has a key that is the same for the same corpus and changes with one article’s text', () => {
    const { articles } = buildCorpus(SEED, { size: 4 });
    const key = pgCacheKey(placeCorpus(articles));
    expect(pgCacheKey(placeCorpus(buildCorpus(SEED, { size: 4 }).articles))).toBe(key);
    const changed = articles.map((a, i) => (i === 1 ? { ...a, paragraphs: [{ ...a.paragraphs[0]!, text: `${a.paragraphs[0]!.text}。` }, ...a.paragraphs.slice(1)] } : a));
    expect(pgCacheKey(placeCorpus(changed))).not.toBe(key);
  });

  it('deals the articles round servers of at most 500, the seed first', () => {
    const { articles } = buildCorpus(SEED, { size: 1_001 });
    const placed = placeCorpus(articles);
    expect(placed[0]!.corpusId).toBe(articles[articles.length - 1]!.id);
    const perServer = new Map<string, number>();
    for (const p of placed) perServer.set(p.guildId, (perServer.get(p.guildId) ?? 0) + 1);
    expect(perServer.size).toBe(3);
    expect(Math.max(...perServer.values())).toBeLessThanOrEqual(GUILD_SIZE);
    // The first articles (the real ones, in a real corpus) land in different servers.
    expect(new Set(placed.slice(0, 3).map((p) => p.guildId)).size).toBe(3);
  });

  it('shows a percentile that reached a question past the timeout as such, not as a time', () => {
    const [row] = pgTable([{
      size: 100_000, corpus: 'real', guilds: 200, loaded: 100_000, loadMs: 1, articlesPerSecond: 80,
      builtBy: [{ date: '2026-12-01', revision: 'abc1234', added: 100_000 }],
      allGuilds: { p50: 900, p99: 5_000, questions: 50, timedOut: 3, timeoutMs: 5_000 },
    }]).rows;
    expect(row![3]).toBe('80.0 (kept: loaded 100,000 on 2026-12-01 at abc1234)');
    expect(row![8]).toBe('900 / past the 5 s timeout (3 of 50 past the timeout)');
  });
});
