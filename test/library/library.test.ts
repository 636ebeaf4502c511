import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FetchRefused } from '../../src/library/fetch/index.js';
import { Library } from '../../src/library/library.js';
import { ExtractionError } from '../../src/library/extract/index.js';
import { FileArticleStore } from '../../src/library/store/index.js';
import { projectRoot } from '../../src/util/paths.js';
import { secondFile, seedFile, thirdFile } from '../helpers.js';

const GUILD = '100000000000000001';
const OTHER_GUILD = '100000000000000002';
const ADMIN = '200000000000000001';

/** Pages served on loopback: wenda's own format as text/plain, and paths the fetcher must refuse. */
let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/second.txt') {
      response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(readFileSync(secondFile));
    } else if (request.url === '/third.txt') {
      response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(readFileSync(thirdFile));
    } else if (request.url === '/news.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(readFileSync(join(projectRoot, 'test', 'library', 'extract', 'fixtures', 'simplified-news.html')));
    } else if (request.url === '/navigation-only.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(readFileSync(join(projectRoot, 'test', 'library', 'extract', 'fixtures', 'navigation-only.html')));
    } else if (request.url === '/to-metadata') {
      response.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' });
      response.end();
    } else if (request.url === '/image') {
      response.writeHead(200, { 'content-type': 'image/png' });
      response.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** What each test made, closed and deleted after it, whether it passed or not. */
const made: { roots: string[]; libraries: Library[] } = { roots: [], libraries: [] };
afterEach(() => {
  for (const library of made.libraries.splice(0)) library.close();
  for (const root of made.roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A library over a fresh data directory and a seeds folder holding the seed article. */
function folders() {
  const root = mkdtempSync(join(tmpdir(), 'wenda-library-'));
  made.roots.push(root);
  const seeds = join(root, 'seeds');
  mkdirSync(seeds);
  copyFileSync(seedFile, join(seeds, 'seed.txt'));
  return { root, seeds, data: join(root, 'data') };
}

async function open(dirs: ReturnType<typeof folders>, options: { watchSeeds?: boolean; maxEngines?: number; snapshotsDir?: string } = {}) {
  const library = await Library.open({ seedsDir: dirs.seeds, store: new FileArticleStore({ dataDir: dirs.data }), fetch: { allowHosts: ['127.0.0.1'], timeoutMs: 2_000 }, ...options });
  made.libraries.push(library);
  return library;
}

/** Article directories stored for a guild: what a crash or a refusal must not leave behind. */
function storedIds(dirs: ReturnType<typeof folders>, guild: string): string[] {
  try {
    return readdirSync(join(dirs.data, 'guilds', guild, 'articles'));
  } catch {
    return [];
  }
}

describe('the article library', () => {
  it('loads a page for one server, answers from it there, and nowhere else', async () => {
    const dirs = folders();
    const library = await open(dirs);
    const { article, added } = await library.loadFrom(GUILD, ADMIN, { url: `${base}/second.txt` });
    expect(added).toBe(true);
    expect(article.title).toContain('长三角');

    // Without naming the article, the one that answers is chosen: only the loaded one speaks of 沪杭城际铁路.
    const here = (await library.engineFor(GUILD)).ask('张明远说要加快什么铁路建设？');
    expect(here.abstained).toBe(false);
    expect(here.article.title).toContain('长三角');
    expect(here.passages[0]?.articleId).toBe(article.id);
    expect(here.direct).toContain('沪杭城际铁路');
    // Named, any question is about that article.
    expect((await library.engineFor(GUILD)).ask('签了什么协议？', { articleId: article.id }).direct).toContain('数字经济合作备忘录');

    // Another server, and a DM, see only the seeds.
    expect((await library.engineFor(OTHER_GUILD)).articles.map((a) => a.id)).toEqual(['seed']);
    expect((await library.engineFor(null)).articles.map((a) => a.id)).toEqual(['seed']);
    expect(library.has(OTHER_GUILD, article.id)).toBe(false);
    expect((await library.list(OTHER_GUILD)).map((e) => e.id)).toEqual(['seed']);
  });

  it('reads a whole news page for its article: the headline, the date, the text and nothing around it', async () => {
    const dirs = folders();
    const library = await open(dirs);
    const { article } = await library.loadFrom(GUILD, ADMIN, { url: `${base}/news.html` });
    expect(article.title).toBe('临江市启动老旧小区改造 今年将惠及三万户居民');
    expect(article.date).toBe('2023-05-17');
    const loaded = (await library.engineFor(GUILD)).articles.find((a) => a.id === article.id)!;
    const text = loaded.paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('加装电梯');
    for (const around of ['品质家装节', '相关新闻', '网友评论', '查看更多评论', '版权所有']) expect(text).not.toContain(around);
    const answer = (await library.engineFor(GUILD)).ask('今年要改造多少个老旧小区？');
    expect(answer.article.id).toBe(article.id);
    // The reply names the article with the date the page gave, as /articles lists it.
    expect(answer.article.date).toBe('2023-05-17');
    expect(answer.direct).toContain('一百二十个');
    // The page as fetched is kept beside the article, for a better extractor later.
    expect(readdirSync(join(dirs.data, 'guilds', GUILD, 'articles', article.id))).toContain('raw.html');
  });

  it('refuses a page with no article text and stores nothing', async () => {
    const dirs = folders();
    const library = await open(dirs);
    const error = await library.loadFrom(GUILD, ADMIN, { url: `${base}/navigation-only.html` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExtractionError);
    expect(storedIds(dirs, GUILD)).toEqual([]);
  });

  it('lists what was loaded with who loaded it, removes it, and forgets it in answers', async () => {
    const dirs = folders();
    const library = await open(dirs);
    const { article } = await library.loadFrom(GUILD, ADMIN, { url: `${base}/second.txt` });
    const [first, seed] = await library.list(GUILD);
    expect(first).toMatchObject({ id: article.id, seed: false, source: { kind: 'url', value: `${base}/second.txt`, loadedBy: ADMIN } });
    expect(seed).toMatchObject({ id: 'seed', seed: true });

    expect(await library.remove(GUILD, article.id)).toBe(true);
    expect(library.has(GUILD, article.id)).toBe(false);
    expect((await library.engineFor(GUILD)).articles.map((a) => a.id)).toEqual(['seed']);
    expect(storedIds(dirs, GUILD)).toEqual([]);
  });

  it('brings back every loaded article and channel default after a restart', async () => {
    const dirs = folders();
    const before = await open(dirs);
    const { article } = await before.loadFrom(GUILD, ADMIN, { url: `${base}/second.txt` });
    await before.use(GUILD, '300000000000000001', article.id);
    before.close();

    const after = await open(dirs);
    expect(after.has(GUILD, article.id)).toBe(true);
    expect(await after.channelDefault(GUILD, '300000000000000001')).toBe(article.id);
    const answer = (await after.engineFor(GUILD)).ask('签了什么协议？', { articleId: article.id });
    expect(answer.article.id).toBe(article.id);
    expect(answer.direct).toContain('数字经济合作备忘录');
  });

  it('after a restart answers from what it stored: the article as read at load, the engine from its snapshot', async () => {
    const dirs = folders();
    const snapshotsDir = join(dirs.data, 'index');
    const before = await open(dirs, { snapshotsDir });
    const { article } = await before.loadFrom(GUILD, ADMIN, { url: `${base}/second.txt` });
    const first = (await before.engineFor(GUILD)).ask('签了什么协议？', { articleId: article.id });
    before.close();
    const snapshots = readdirSync(snapshotsDir);
    expect(snapshots).toHaveLength(1);

    // The article file is not parsed again at start: the reading stored at load is what answers.
    const text = join(dirs.data, 'guilds', GUILD, 'articles', article.id, 'article.txt');
    writeFileSync(text, readFileSync(text, 'utf8').replace('数字经济合作备忘录', '某某备忘录'));
    const after = await open(dirs, { snapshotsDir });
    const again = (await after.engineFor(GUILD)).ask('签了什么协议？', { articleId: article.id });
    expect(again.direct).toBe(first.direct);
    expect(again.direct).toContain('数字经济合作备忘录');
    // The same articles: the snapshot written before the restart is the one read, none is added.
    expect(readdirSync(snapshotsDir)).toEqual(snapshots);
  });

  it('keeps both of two loads started at once', async () => {
    const dirs = folders();
    const library = await open(dirs);
    const [a, b] = await Promise.all([
      library.loadFrom(GUILD, ADMIN, { url: `${base}/second.txt` }),
      library.loadFrom(GUILD, ADMIN, { url: `${base}/third.txt` }),
    ]);
    expect(new Set(storedIds(dirs, GUILD))).toEqual(new Set([a.article.id, b.article.id]));
    expect((await library.engineFor(GUILD)).articles.map((x) => x.id).sort()).toEqual([a.article.id, b.article.id, 'seed'].sort());
  });

  it.each([
    ['a file address', 'file:///etc/passwd', 'scheme'],
    ['an ftp address', 'ftp://127.0.0.1/article.txt', 'scheme'],
    ['a loopback address not allowed', 'http://127.0.0.2:9/', 'blocked-address'],
    ['the cloud metadata address', 'http://169.254.169.254/latest/meta-data/', 'blocked-address'],
    ['a redirect to the metadata address', '/to-metadata', 'blocked-address'],
    ['an image', '/image', 'not-a-page'],
    ['a missing page', '/missing', 'http-status'],
  ])('refuses %s and stores nothing', async (_what, address, reason) => {
    const dirs = folders();
    const library = await open(dirs);
    const url = address.startsWith('/') ? `${base}${address}` : address;
    const error = await library.loadFrom(GUILD, ADMIN, { url }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchRefused);
    expect((error as FetchRefused).reason).toBe(reason);
    // A readable reason, never an internal address it resolved to.
    expect((error as Error).message).not.toMatch(/10\.\d|169\.254\.169\.254\/latest/);
    expect(storedIds(dirs, GUILD)).toEqual([]);
    expect((await library.engineFor(GUILD)).articles.map((a) => a.id)).toEqual(['seed']);
  });

  it('keeps a bounded number of servers\' engines built, rebuilding a dropped one when asked again', async () => {
    const dirs = folders();
    const library = await open(dirs, { maxEngines: 2 });
    const { article } = await library.loadFrom(GUILD, ADMIN, { url: `${base}/second.txt` });
    const first = await library.engineFor(GUILD);
    await library.engineFor(OTHER_GUILD);
    await library.engineFor(null);
    // GUILD's engine was the least recently used of three: dropped, and rebuilt the same.
    const again = await library.engineFor(GUILD);
    expect(again).not.toBe(first);
    expect(again.articles.map((a) => a.id)).toEqual(['seed', article.id]);
    expect(await library.engineFor(GUILD)).toBe(again);
  });

  it('picks up an article added to the seeds folder without a restart', async () => {
    const dirs = folders();
    const library = await open(dirs, { watchSeeds: true });
    expect((await library.engineFor(null)).articles).toHaveLength(1);
    writeFileSync(join(dirs.seeds, 'added.txt'), readFileSync(secondFile));
    const deadline = Date.now() + 5_000;
    while ((await library.engineFor(null)).articles.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect((await library.engineFor(null)).articles.map((a) => a.id).sort()).toEqual(['added', 'seed']);
    expect((await library.engineFor(GUILD)).ask('签了什么协议？', { articleId: 'added' }).direct).toContain('数字经济合作备忘录');
  });
});
