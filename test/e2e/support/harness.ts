import { commands } from '../../../commands/index.js';
import { loadEngine, type Engine } from '../../../src/answer/index.js';
import { startBot, type BotHandle, type BotOptions } from '../../../src/discord/bot.js';
import { deployCommands } from '../../../src/discord/deploy.js';
import { createLogger } from '../../../src/discord/logger.js';
import { startFakeDiscord, type FakeDiscord, type FakeDiscordOptions, type InteractionResult, type StoredMessage } from '../fake-discord/index.js';

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

let shared: Promise<Engine> | undefined;
/** One engine per test worker: jieba and the dictionary load once. */
export function seedEngine(): Promise<Engine> {
  return (shared ??= loadEngine({ seedsDir: 'seeds' }));
}

export async function startHarness(
  botOptions: Partial<Omit<BotOptions, 'engine' | 'commands' | 'token' | 'apiUrl' | 'logger'>> = {},
  fakeOptions: FakeDiscordOptions = {},
  beforeLogin: (fake: FakeDiscord) => void = () => undefined,
): Promise<Harness> {
  const engine = await seedEngine();
  const fake = await startFakeDiscord({ heartbeatIntervalMs: 1_000, ...fakeOptions });
  beforeLogin(fake);
  const logs: string[] = [];
  const logger = createLogger({ level: 'debug', secrets: [fake.token], destination: { write: (l: string) => void logs.push(l) } });
  let bot: BotHandle | undefined;
  try {
    bot = await startBot({ engine, commands, token: fake.token, apiUrl: fake.apiUrl, logger, cooldownMs: 0, ...botOptions });
    await fake.waitForReady();
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
    logged: (level) => logs.map((l) => JSON.parse(l) as { level: number }).filter((l) => l.level >= level),
    async close() {
      await started.shutdown();
      await fake.close();
    },
  };
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
