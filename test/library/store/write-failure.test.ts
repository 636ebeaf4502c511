import * as fs from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GUILD_A, openStore, sampleArticle, tempDataDir } from './helpers.js';

// The store's writes go through node:fs; a spy on it stands in for a disk that fails mid-add.
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return { ...actual, renameSync: vi.fn(actual.renameSync) };
});

const realRename = (await vi.importActual<typeof import('node:fs')>('node:fs')).renameSync;
afterEach(() => {
  vi.mocked(fs.renameSync).mockImplementation(realRename);
});

function failRenameWhen(matches: (from: string, to: string) => boolean): void {
  vi.mocked(fs.renameSync).mockImplementation((from, to) => {
    if (matches(String(from), String(to))) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    realRename(from, to);
  });
}

describe('FileArticleStore: a write that fails', () => {
  it.each([
    ['moving the finished article into place', (from: string) => basename(from).startsWith('.tmp-')],
    ['writing parsed.json', (_from: string, to: string) => basename(to) === 'parsed.json'],
  ])('when %s, leaves no article and no leftover, and the store goes on', async (_what, matches) => {
    const dataDir = await tempDataDir();
    const store = openStore(dataDir);
    const kept = await store.add(GUILD_A, sampleArticle(1));

    failRenameWhen(matches);
    await expect(store.add(GUILD_A, sampleArticle(2))).rejects.toThrow(/no space left/);
    vi.mocked(fs.renameSync).mockImplementation(realRename);

    expect(await store.list(GUILD_A)).toEqual([kept.article]);
    expect(await readdir(join(dataDir, 'guilds', GUILD_A, 'articles'))).toEqual([kept.article.id]);
    expect(await openStore(dataDir).list(GUILD_A)).toEqual([kept.article]);
    expect((await store.add(GUILD_A, sampleArticle(2))).added).toBe(true);
    expect(store.problems).toEqual([]);
  });
});
