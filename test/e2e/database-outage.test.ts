import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../../src/library/library.js';
import { PgChangeFeed } from '../../src/library/store/pg/change-feed.js';
import { PgArticleStore } from '../../src/library/store/pg/pg-store.js';
import { projectRoot } from '../../src/util/paths.js';
import { freePort, startOwnPostgres, type OwnPostgres } from '../support/own-postgres.js';
import { eventually } from '../support/poll.js';
import type { OptionValues, StoredMessage } from './fake-discord/index.js';
import { newUser, startLibraryHarness, visible, type LibraryHarness } from './support/harness.js';
import { page, servePages, type PageServer } from './support/page-server.js';

/**
 * PostgreSQL stopped under a running bot, then started again on the same data directory: the
 * bot never crashes, says plainly that the library is unavailable (to the one who asked) for
 * what needs the database — a question included, whose candidate articles the database finds —
 * keeps answering a channel's chosen article it holds, and needs no restart when the database is
 * back. The bot is set up as `npm start` sets it up with PostgreSQL: each question answered from
 * its candidates. This file runs its own PostgreSQL, so stopping it touches no other test.
 */

const fixture = (name: string): Buffer => readFileSync(new URL(`fixtures/library/${name}`, import.meta.url));
const EXPO_TITLE = '第十二届南亚东南亚农产品博览会在昆明开幕';
const TEA_TITLE = '武夷山茶农开始采摘冬茶';
const UNAVAILABLE = 'The article library is temporarily unavailable, so nothing was changed. Please try again in a minute.';

let db: OwnPostgres;
let site: PageServer;
let h: LibraryHarness;
const closers: Array<() => Promise<unknown>> = [];

beforeAll(async () => {
  db = await startOwnPostgres();
  site = await servePages({
    '/expo.txt': page(fixture('expo-article.txt'), 'text/plain; charset=utf-8'),
    '/tea.txt': page(fixture('tea-harvest.txt'), 'text/plain; charset=utf-8'),
  });
  h = await startLibraryHarness({
    openStore: async () => {
      const store = await PgArticleStore.open({ connectionString: db.url });
      const changes = await PgChangeFeed.start({ connectionString: db.url, maxBackoffMs: 500 });
      closers.push(() => changes.close(), () => store.close());
      return { store, changes, candidates: { index: store } };
    },
  });
}, 60_000);

afterAll(async () => {
  await h?.close();
  for (const close of closers.splice(0)) await close().catch(() => undefined);
  await site?.close();
  await db?.close();
});

interface Reply {
  text: string;
  ephemeral: boolean;
  message: StoredMessage;
}

async function command(name: string, options: OptionValues = {}, userId = newUser(), channelId?: string): Promise<Reply> {
  // The guild's owner: every permission, as an admin.
  const interaction = await h.fake.sendCommand(name, options, { ...(userId === 'owner' ? {} : { userId }), ...(channelId ? { channelId } : {}) });
  const result = await h.fake.waitForResponse(interaction.id, { final: true, timeoutMs: 8_000 });
  const message = result.message as StoredMessage;
  return { text: visible(message), ephemeral: ((message.flags ?? 0) & 64) !== 0, message };
}

describe('PostgreSQL stopped while the bot runs', () => {
  let expoId: string;

  it('before: loads an article, makes it the channel default, and answers from it', async () => {
    expect((await command('load', { url: `${site.origin}/expo.txt` }, 'owner')).text).toMatch(/^Loaded “第十二届南亚东南亚农产品博览会在昆明开幕”/);
    expoId = (await h.library.list(h.fake.guildId))[0]!.id;
    expect((await command('use', { article: expoId }, 'owner')).text).toContain(EXPO_TITLE);
    const answer = await command('ask', { question: '博览会设有几个专题展区？' });
    expect(answer.message.embeds?.[0]?.footer?.text).toContain(EXPO_TITLE);
  });

  it('while it is down: /articles, /load, /remove, /use and a question with no article chosen say the library is unavailable, privately; an article chosen is still answered', async () => {
    await db.stop();
    for (const [name, options] of [
      ['articles', {}],
      ['load', { url: `${site.origin}/tea.txt` }],
      ['remove', { article: expoId }],
      ['use', { article: expoId }],
    ] as const) {
      const reply = await command(name, options, 'owner');
      expect(reply.text, `/${name}`).toBe(UNAVAILABLE);
      expect(reply.ephemeral, `/${name} only for the one who asked`).toBe(true);
    }
    // Nothing was fetched for a load that could not be stored.
    expect(site.requested).toEqual(['/expo.txt']);
    // A channel with no default: which article answers is the database's to find.
    const unanswered = await command('ask', { question: '博览会设有几个专题展区？' }, newUser(), h.fake.otherChannelId);
    expect(unanswered.text).toBe(UNAVAILABLE);
    expect(unanswered.ephemeral).toBe(true);
    // An article chosen by name is answered from what the bot holds since it was asked about. (Not
    // through the channel's default: the bot's own NOTIFY of the /use may have made it forget the
    // default after the question read it, and a default not held is read from the database.)
    const answer = await command('ask', { question: '博览会设有几个专题展区？', article: expoId });
    expect(answer.message.embeds?.[0]?.footer?.text).toContain(EXPO_TITLE);
    expect(answer.text).toContain('九个');
    // Said as it is in the log: a warning, not an error of the bot's own.
    const failures = h.logged(40).filter((l) => l.msg === 'interaction failed');
    expect(failures.length).toBeGreaterThanOrEqual(5);
    expect(failures.every((l) => l.level === 40)).toBe(true);
  });

  it('after it is back: everything works again by itself, and a load by another process is seen at once', async () => {
    await db.start();
    const listed = await eventually(async () => {
      const reply = await command('articles', {}, 'owner');
      return reply.text.includes(EXPO_TITLE) ? reply : undefined;
    }, '/articles to work again', 15_000);
    expect(listed.ephemeral).toBe(true);
    // The question that could not be answered is, now, from the article the database finds.
    const resumed = await command('ask', { question: '博览会设有几个专题展区？' }, newUser(), h.fake.otherChannelId);
    expect(resumed.message.embeds?.[0]?.footer?.text).toContain(EXPO_TITLE);
    expect(resumed.text).toContain('九个');

    // Another bot process on the same database loads an article into this server: once the LISTEN
    // connection is back, the running bot answers from it without a restart.
    const other = await Library.open({ seedsDir: h.seedsDir, store: await PgArticleStore.open({ connectionString: db.url }) });
    closers.push(async () => other.close());
    const tea = await other.load(h.fake.guildId, {
      articleFile: fixture('tea-harvest.txt').toString('utf8'),
      source: { kind: 'file', value: 'tea-harvest.txt', loadedBy: '910000000000000001', loadedAt: new Date().toISOString() },
    });
    await eventually(() => h.library.has(h.fake.guildId, tea.article.id), 'the running bot to hear of the other load', 5_000);
    const answer = await command('ask', { question: '冬茶收购价每斤多少钱？', article: tea.article.id });
    expect(answer.message.embeds?.[0]?.footer?.text).toContain(TEA_TITLE);
    expect(answer.text).toContain('一百二十元');
    // And changes from here work again.
    expect((await command('remove', { article: expoId }, 'owner')).text).toBe(`Removed “${EXPO_TITLE}”.`);
  });
});

describe('PostgreSQL not there when the bot starts', () => {
  it('waits for a database that comes up, instead of failing at once', async () => {
    await db.stop();
    const retries: string[] = [];
    const opening = PgArticleStore.open({ connectionString: db.url, retry: { waitMs: 30_000, onRetry: (reason) => retries.push(reason) } });
    const restarted = db.start();
    const store = await opening;
    closers.push(() => store.close());
    await restarted;
    expect(retries.length).toBeGreaterThanOrEqual(1);
    expect((await store.list(h.fake.guildId)).map((a) => a.title)).toContain(TEA_TITLE);
  });

  it('does not retry a refusal that waiting cannot cure: a wrong password fails at once, without printing it', async () => {
    const wrong = db.url.replace(db.password, 'not-the-password-42');
    const retries: string[] = [];
    const failed = await PgArticleStore.open({ connectionString: wrong, retry: { waitMs: 30_000, onRetry: (reason) => retries.push(reason) } }).then(
      (store) => {
        closers.push(() => store.close());
        return new Error('opened with a wrong password');
      },
      (e: unknown) => e as Error,
    );
    expect(retries).toEqual([]);
    expect(failed.name).toBe('StoreOpenError');
    expect(failed.message).toMatch(/password authentication failed/);
    expect(failed.message).not.toContain('not-the-password-42');
  });

  it('npm start gives up after WENDA_DATABASE_WAIT_MS with one clear line and exit 1, without printing the password', async () => {
    const port = await freePort();
    const password = 'secret-database-password';
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('DISCORD_') && !k.startsWith('WENDA_')));
    const child = spawn(process.execPath, [join(projectRoot, 'dist', 'src', 'main.js')], {
      cwd: projectRoot,
      env: {
        ...clean,
        DISCORD_TOKEN: 'MTIzNDU2Nzg5MDEy.database-wait-test.abcdefghij',
        // Never reached: the database comes first.
        DISCORD_API_URL: 'http://127.0.0.1:9/api',
        WENDA_DATABASE_URL: `postgres://wenda:${password}@127.0.0.1:${port}/wenda`,
        WENDA_DATABASE_WAIT_MS: '1500',
      },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    // Tried more than once: it waited for the database rather than failing on the first refusal.
    expect(stderr.match(/database not reachable yet/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(stderr).toContain(`wenda: Could not reach the database postgres://wenda:***@127.0.0.1:${port}/wenda within 1.5 s (connect ECONNREFUSED 127.0.0.1:${port})`);
    expect(stderr).not.toContain(password);
  }, 30_000);
});
