import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { deployCommands } from '../../src/discord/deploy.js';
import { projectRoot } from '../../src/util/paths.js';
import { freshDatabase } from '../support/databases.js';
import { eventually } from '../support/poll.js';
import { seedFile } from '../helpers.js';
import { shardOf, snowflakeOnShard, startFakeDiscord, type FakeDiscord, type OptionValues, type StoredMessage } from './fake-discord/index.js';
import { visible } from './support/harness.js';
import { page, servePages, type PageServer } from './support/page-server.js';

/**
 * The bot as `npm start` runs it with WENDA_SHARDS=auto: a manager process and one process per
 * shard (two, as the test Discord server recommends), sharing one PostgreSQL. A server's own
 * article lives in the database, not in the shard that loaded it; an article for every server is
 * shared through `seeds/`. Built first by `npm run build` (the pretest step).
 */

const fixture = (name: string): string => join(projectRoot, 'test', 'e2e', 'fixtures', 'library', name);
const TEA_TITLE = '武夷山茶农开始采摘冬茶';
const TEA_QUESTION = '冬茶收购价每斤多少钱？';
const MARATHON_TITLE = '东湖马拉松周日开跑 两万名选手参赛';
/** Starting a shard reads jieba's dictionary and the library: generous, but bounded. */
const START_MS = 90_000;

interface Place {
  guildId: string;
  channelId: string;
}

let fake: FakeDiscord;
let site: PageServer;
let root: string;
let seedsDir: string;
let databaseUrl: string;
/** The guild shard 0 of 2 serves, and the one shard 1 of 2 serves. */
let onShard0: Place;
let onShard1: Place;
let bot: RunningBot | undefined;
/** Every bot started, ended after the tests whatever happened. */
const started: RunningBot[] = [];

interface RunningBot {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** `npm start` in a process group of its own, so that whatever happens, the test can end every shard. */
function startBot(shards: string, env: Record<string, string | undefined> = {}): RunningBot {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('DISCORD_') && !k.startsWith('WENDA_')));
  const child = spawn(process.execPath, [join(projectRoot, 'dist', 'src', 'main.js')], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...clean,
      DISCORD_TOKEN: fake.token,
      DISCORD_API_URL: fake.apiUrl,
      WENDA_DATABASE_URL: databaseUrl,
      WENDA_SHARDS: shards,
      // The test server has no identify limit to respect.
      WENDA_SHARD_SPAWN_DELAY_MS: '0',
      WENDA_SEEDS_DIR: seedsDir,
      WENDA_DATA_DIR: join(root, 'data'),
      WENDA_FETCH_ALLOW_HOSTS: '127.0.0.1',
      WENDA_COOLDOWN_MS: '0',
      ...env,
    },
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const running = { child, output: () => output, exited };
  started.push(running);
  return running;
}

/** SIGTERM to the manager, as a service manager sends; every process of the group is killed if that is not enough. */
async function stopBot(running: RunningBot): Promise<number | null> {
  running.child.kill('SIGTERM');
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 30_000).unref());
  const code = await Promise.race([running.exited, timeout]);
  try {
    process.kill(-running.child.pid!, 'SIGKILL');
  } catch {
    // The group is gone already.
  }
  return code === 'timeout' ? null : code;
}

async function shardsReady(count: number): Promise<void> {
  await eventually(
    () => fake.readyShards().length === count && fake.readyShards().every(([, of]) => of === count),
    `${count} shard(s) to be ready; the bot said:\n${bot?.output().slice(-3000)}`,
    START_MS,
  );
}

async function command(where: Place, name: string, options: OptionValues = {}): Promise<{ text: string; footer: string }> {
  // The guild's owner: every permission.
  const interaction = await fake.sendCommand(name, options, { channelId: where.channelId });
  const result = await fake.waitForResponse(interaction.id, { final: true, timeoutMs: 15_000 });
  const message = result.message as StoredMessage;
  return { text: visible(message), footer: message.embeds?.[0]?.footer?.text ?? '' };
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'wenda-shards-'));
  seedsDir = join(root, 'seeds');
  mkdirSync(seedsDir);
  copyFileSync(seedFile, join(seedsDir, 'seed.txt'));
  databaseUrl = await freshDatabase();
  site = await servePages({
    '/tea.txt': page(readFileSync(fixture('tea-harvest.txt')), 'text/plain; charset=utf-8'),
    '/marathon.txt': page(readFileSync(fixture('marathon.txt')), 'text/plain; charset=utf-8'),
  });
  fake = await startFakeDiscord({ heartbeatIntervalMs: 1_000, shards: 2 });
  const testGuild = { guildId: fake.guildId, channelId: fake.channelId };
  const added = fake.addGuild(snowflakeOnShard(1 - shardOf(fake.guildId, 2), 2));
  [onShard0, onShard1] = shardOf(fake.guildId, 2) === 0 ? [testGuild, added] : [added, testGuild];
  for (const { guildId } of [onShard0, onShard1]) await deployCommands({ commands, token: fake.token, apiUrl: fake.apiUrl, guildId });
  bot = startBot('auto');
  await shardsReady(2);
}, START_MS + 30_000);

afterAll(async () => {
  for (const running of started) if (running.child.exitCode === null && running.child.signalCode === null) await stopBot(running);
  await fake?.close();
  await site?.close();
  if (root) rmSync(root, { recursive: true, force: true });
}, 60_000);

describe('two shards of the bot on one PostgreSQL', () => {
  it('runs one process per shard, the count Discord recommends', () => {
    expect(fake.readyShards().sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it("answers a server's own article on its shard, and not in a server of the other shard", async () => {
    expect((await command(onShard0, 'load', { url: `${site.origin}/tea.txt` })).text).toMatch(new RegExp(`^Loaded “${TEA_TITLE}”`));
    const here = await command(onShard0, 'ask', { question: TEA_QUESTION });
    expect(here.footer).toContain(TEA_TITLE);
    expect(here.text).toContain('一百二十元');
    // The other shard's server keeps its own library: the seed alone.
    const there = await command(onShard1, 'ask', { question: TEA_QUESTION });
    expect(there.footer).not.toContain(TEA_TITLE);
    expect((await command(onShard1, 'articles')).text).not.toContain(TEA_TITLE);
  }, 60_000);

  it('answers on the other shard once the same article is shared through seeds/', async () => {
    copyFileSync(fixture('tea-harvest.txt'), join(seedsDir, 'tea-harvest.txt'));
    const answered = await eventually(
      async () => {
        const reply = await command(onShard1, 'ask', { question: TEA_QUESTION });
        return reply.footer.includes(TEA_TITLE) ? reply : undefined;
      },
      'the seed to be answered from on shard 1',
      15_000,
    );
    expect(answered.text).toContain('一百二十元');
    expect((await command(onShard1, 'articles')).text).toContain(TEA_TITLE);
  }, 60_000);

  it("after a restart with another shard count, each server's own articles are answered by whichever shard now serves it", async () => {
    expect((await command(onShard1, 'load', { url: `${site.origin}/marathon.txt` })).text).toMatch(/^Loaded “东湖马拉松周日开跑/);
    // Stopped as a service manager stops it: every shard finishes and exits, then the manager.
    expect(await stopBot(bot!)).toBe(0);
    expect(bot!.output().match(/"msg":"stopped"/g)).toHaveLength(2);

    bot = startBot('1');
    await shardsReady(1);
    // Shard 0 of 1 now serves the server shard 1 of 2 served, from the articles in PostgreSQL.
    const marathon = await command(onShard1, 'ask', { question: '东湖马拉松有多少名选手参赛？' });
    expect(marathon.footer).toContain(MARATHON_TITLE);
    expect(marathon.text).toContain('两万名');
    const listed = await command(onShard0, 'articles');
    expect(listed.text).toContain(TEA_TITLE);
    expect(listed.text).not.toContain(MARATHON_TITLE);
  }, START_MS + 60_000);

  it('as on two machines: two managers each running one of two shards (WENDA_SHARD_IDS), each server answered from its own articles', async () => {
    expect(await stopBot(bot!)).toBe(0);
    bot = startBot('2', { WENDA_SHARD_IDS: '0' });
    const machineB = startBot('2', { WENDA_SHARD_IDS: '1' });
    await shardsReady(2);
    expect(bot.output()).not.toMatch(/"shard":1,/);
    expect(machineB.output()).not.toMatch(/"shard":0,/);
    const marathon = await command(onShard1, 'ask', { question: '东湖马拉松有多少名选手参赛？' });
    expect(marathon.footer).toContain(MARATHON_TITLE);
    expect((await command(onShard0, 'ask', { question: TEA_QUESTION })).footer).toContain(TEA_TITLE);
  }, START_MS + 60_000);
});

describe('a sharded start that cannot work', () => {
  it('without WENDA_DATABASE_URL: exits 1 saying the shards need it, starting no shard', async () => {
    const failed = startBot('2', { WENDA_DATABASE_URL: undefined });
    expect(await failed.exited).toBe(1);
    expect(failed.output()).toContain('wenda: WENDA_SHARDS needs WENDA_DATABASE_URL');
    expect(failed.output()).not.toContain('starting shard');
  });

  it('a shard that cannot start (no database) stops the start with exit 1 and its reason, instead of being restarted for ever', async () => {
    const failed = startBot('2', { WENDA_DATABASE_URL: 'postgres://wenda:x@127.0.0.1:9/wenda', WENDA_DATABASE_WAIT_MS: '300' });
    expect(await failed.exited).toBe(1);
    const output = failed.output();
    expect(output).toContain('Could not reach the database postgres://wenda:***@127.0.0.1:9/wenda');
    expect(output).toMatch(/wenda: Shard 0's process exited before its Client became ready/);
    // Shard 0 was started once, and shard 1 never.
    expect(output.match(/"msg":"starting shard"/g)).toHaveLength(1);
  }, 30_000);
});
