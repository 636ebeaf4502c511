import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { commands } from '../../../commands/index.js';
import { loadEngine, type Engine } from '../../../src/answer/index.js';
import { startBot, type BotHandle, type BotOptions } from '../../../src/discord/bot.js';
import { deployCommands } from '../../../src/discord/deploy.js';
import { createLogger } from '../../../src/discord/logger.js';
import type { CandidateOptions } from '../../../src/library/candidate-engines.js';
import type { FetchOptions } from '../../../src/library/fetch/index.js';
import { Library } from '../../../src/library/library.js';
import { FileArticleStore, snapshotsDir, type ArticleStore, type ChangeFeed, type FileStoreOptions } from '../../../src/library/store/index.js';
import { startFakeDiscord, type FakeDiscord, type FakeDiscordOptions, type InteractionResult, type StoredMessage } from '../fake-discord/index.js';

/**
 * HELLO's heartbeat interval for the bots these harnesses start. The fake gateway drops a session
 * that misses its deadline (1.5 intervals + 1 s), as Discord does; at 1 s, a CI machine whose two
 * cores were busy (engines built synchronously while other suites' workers ran) once missed it, and
 * every later test of a suite found no session. Five seconds keeps the deadline far past any pause
 * a test causes; the suites that test heartbeats themselves set their own, shorter interval.
 */
const HEARTBEAT_MS = 5_000;

/** The real bot with the real engine, logged in to a fresh fake Discord, with every log line kept. */
export interface Harness {
  fake: FakeDiscord;
  bot: BotHandle;
  engine: Engine;
  logs: string[];
  /** Parsed log lines at or above `level` (pino numbers: 40 warn, 50 error). */
  logged(level: number): Array<{ level: number; msg?: string; err?: { message?: string; status?: number; code?: unknown } }>;
  close(): Promise<void>;
}

type HarnessBotOptions = Partial<Omit<BotOptions, 'engine' | 'library' | 'commands' | 'token' | 'apiUrl' | 'logger'>>;

let shared: Promise<Engine> | undefined;
/** One engine per test worker: jieba and the dictionary load once. */
export function seedEngine(): Promise<Engine> {
  return (shared ??= loadEngine({ seedsDir: 'seeds' }));
}

function collectLogs(fake: FakeDiscord): { logs: string[]; logger: Logger; logged: Harness['logged'] } {
  const logs: string[] = [];
  const logger = createLogger({ level: 'debug', secrets: [fake.token], destination: { write: (l: string) => void logs.push(l) } });
  return { logs, logger, logged: (level) => logs.map((l) => JSON.parse(l) as { level: number }).filter((l) => l.level >= level) };
}

/** Logs the bot in to `fake` and waits until the fake has a ready session for it. */
async function loginBot(fake: FakeDiscord, source: Pick<BotOptions, 'engine' | 'library'>, logger: Logger, botOptions: HarnessBotOptions): Promise<BotHandle> {
  const bot = await startBot({ ...source, commands, token: fake.token, apiUrl: fake.apiUrl, logger, cooldownMs: 0, ...botOptions });
  try {
    await fake.waitForReady();
  } catch (error) {
    await bot.shutdown();
    throw error;
  }
  return bot;
}

export async function startHarness(
  botOptions: HarnessBotOptions = {},
  fakeOptions: FakeDiscordOptions = {},
  beforeLogin: (fake: FakeDiscord) => void = () => undefined,
): Promise<Harness> {
  const engine = await seedEngine();
  const fake = await startFakeDiscord({ heartbeatIntervalMs: HEARTBEAT_MS, ...fakeOptions });
  beforeLogin(fake);
  const { logs, logger, logged } = collectLogs(fake);
  let bot: BotHandle | undefined;
  try {
    bot = await loginBot(fake, { engine }, logger, botOptions);
    // Registered in the test guild, as a user's client needs them to send a command.
    await deployCommands({ commands, token: fake.token, apiUrl: fake.apiUrl, guildId: fake.guildId });
  } catch (error) {
    await bot?.shutdown();
    await fake.close();
    throw error;
  }
  const started = bot;
  return {
    fake,
    bot: started,
    engine,
    logs,
    logged,
    async close() {
      await started.shutdown();
      await fake.close();
    },
  };
}

/** The seed article the library harness shares with every server, as `seeds/` would. */
const SEED_FILE = fileURLToPath(new URL('../../../seeds/000_20b33d47ff37ce72.txt', import.meta.url));

export interface LibraryHarnessOptions {
  bot?: HarnessBotOptions;
  /** How /load fetches; default only `{ allowHosts: ['127.0.0.1'] }`, so a test page server is reachable. */
  fetch?: Partial<FetchOptions>;
  /** The store's limits (the data directory is the harness's own). */
  store?: Omit<FileStoreOptions, 'dataDir'>;
  /**
   * Another store than the files in the data directory (PostgreSQL), opened at start and at each
   * restart; with its change feed, and its passage index when questions are answered from candidates.
   */
  openStore?: () => Promise<{ store: ArticleStore; changes?: ChangeFeed; candidates?: CandidateOptions }>;
  /** How the fake Discord is set up (the bot's permissions, privileged intents). */
  fake?: FakeDiscordOptions;
}

/** The real bot with an article library (a temporary data directory and seeds folder), logged in to a fresh fake Discord. */
export interface LibraryHarness {
  fake: FakeDiscord;
  /** The bot running now; a new one after `restart`. */
  readonly bot: BotHandle;
  /** The library the running bot serves; a new one after `restart`. */
  readonly library: Library;
  /** The store's directory, kept across restarts. */
  dataDir: string;
  /** A temporary `seeds/` holding a copy of the seed article. */
  seedsDir: string;
  logs: string[];
  logged: Harness['logged'];
  /** Stored files or seeds the library reported as unreadable, across restarts. */
  problems: Array<{ file: string; reason: string }>;
  /** Stops the bot as Ctrl-C does, then opens a new store, library and bot on the same data directory. */
  restart(): Promise<void>;
  /** Stops the bot and the fake Discord, and deletes the temporary directories. */
  close(): Promise<void>;
}

export async function startLibraryHarness(options: LibraryHarnessOptions = {}): Promise<LibraryHarness> {
  const root = await mkdtemp(join(tmpdir(), 'wenda-e2e-library-'));
  const dataDir = join(root, 'data');
  const seedsDir = join(root, 'seeds');
  await mkdir(seedsDir);
  await copyFile(SEED_FILE, join(seedsDir, 'seed.txt'));
  const problems: LibraryHarness['problems'] = [];
  const openLibrary = async () =>
    Library.open({
      seedsDir,
      ...(options.openStore ? await options.openStore() : { store: new FileArticleStore({ dataDir, ...options.store }) }),
      snapshotsDir: snapshotsDir(dataDir),
      fetch: { allowHosts: ['127.0.0.1'], ...options.fetch },
      onProblem: (problem) => void problems.push(problem),
    });

  let fake: FakeDiscord | undefined;
  let library: Library | undefined;
  let bot: BotHandle | undefined;
  try {
    fake = await startFakeDiscord({ heartbeatIntervalMs: HEARTBEAT_MS, ...options.fake });
    const { logs, logger, logged } = collectLogs(fake);
    library = await openLibrary();
    // Settings and feedback live in the library's data directory, as in production.
    const botOptions = { dataDir, ...options.bot };
    bot = await loginBot(fake, { library }, logger, botOptions);
    await deployCommands({ commands, token: fake.token, apiUrl: fake.apiUrl, guildId: fake.guildId });
    const running = { fake, library, bot };
    return {
      fake,
      get bot() {
        return running.bot;
      },
      get library() {
        return running.library;
      },
      dataDir,
      seedsDir,
      logs,
      logged,
      problems,
      async restart() {
        await running.bot.shutdown();
        running.library.close();
        running.library = await openLibrary();
        running.bot = await loginBot(running.fake, { library: running.library }, logger, botOptions);
      },
      async close() {
        await running.bot.shutdown();
        running.library.close();
        await running.fake.close();
        await rm(root, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await bot?.shutdown();
    library?.close();
    await fake?.close();
    await rm(root, { recursive: true, force: true });
    throw error;
  }
}

let nextUser = 1;
/** A user id of its own for each caller, so no test's cooldown touches another's. */
export const newUser = (): string => `91000000000000${String(nextUser++).padStart(4, '0')}`;

/** Everything a user reads in a bot message: content, titles, descriptions, field and footer text. */
export function visible(message: StoredMessage | undefined): string {
  if (!message) return '';
  const parts = [message.content ?? ''];
  for (const e of message.embeds ?? []) {
    parts.push(e.title ?? '', e.description ?? '', e.footer?.text ?? '', e.author?.name ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value]));
  }
  return parts.join('\n');
}

/** The user-visible answers to one interaction: replies, updates, edits and follow-ups (not the "thinking…" deferral). */
export const finals = (results: readonly InteractionResult[]): InteractionResult[] => results.filter((r) => r.final);
/** Acknowledgements Discord accepted: exactly one per interaction, or the user saw an error. */
export const callbacks = (results: readonly InteractionResult[]): InteractionResult[] => results.filter((r) => r.kind === 'callback');

/** Resolves after `ms`; only for letting a fault play out, never as a synchronisation point. */
export const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it holds; every wait is bounded, and a timeout says what never happened. */
export async function until(check: () => boolean, what: string, timeoutMs = 8_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await pause(20);
  }
}
