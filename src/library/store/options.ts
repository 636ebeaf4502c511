import { isAbsolute, join, resolve } from 'node:path';
import { projectRoot } from '../../util/paths.js';

export interface FileStoreOptions {
  /** The directory the store keeps its files in, e.g. `dataDirFromEnv()`; made on first write. */
  dataDir: string;
  /**
   * Articles one server may keep; loading one more is refused until one is removed.
   * @default 500
   */
  maxArticlesPerGuild?: number;
  /**
   * New articles one member may load into one server within any 60 minutes.
   * @default 20
   */
  maxLoadsPerMemberPerHour?: number;
  /**
   * The clock, in milliseconds since the epoch; tests pass their own to step through an hour.
   * @default Date.now
   */
  now?: () => number;
}

export type ResolvedStoreOptions = Required<FileStoreOptions>;

export const STORE_DEFAULTS = {
  maxArticlesPerGuild: 500,
  maxLoadsPerMemberPerHour: 20,
  now: Date.now,
} as const satisfies Omit<ResolvedStoreOptions, 'dataDir'>;

export function resolveStoreOptions(options: FileStoreOptions): ResolvedStoreOptions {
  const resolved = { ...STORE_DEFAULTS, ...withoutUndefined(options) };
  for (const key of ['maxArticlesPerGuild', 'maxLoadsPerMemberPerHour'] as const) {
    if (!Number.isSafeInteger(resolved[key]) || resolved[key] < 1) {
      throw new RangeError(`${key} must be a whole number of at least 1, not ${resolved[key]}`);
    }
  }
  return resolved;
}

// `{ maxArticlesPerGuild: undefined }` (an unset variable passed along) means "the default".
function withoutUndefined(options: FileStoreOptions): FileStoreOptions {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as FileStoreOptions;
}

/**
 * `WENDA_DATA_DIR` (relative to the working directory), or `data/` in the project's root, so
 * the bot finds the same library whichever directory it was started from.
 */
export function dataDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.WENDA_DATA_DIR;
  if (!dir) return join(projectRoot, 'data');
  return isAbsolute(dir) ? dir : resolve(dir);
}

/**
 * The limits set in the environment; those not set are left out, so the defaults apply. Throws
 * naming the variable when one is not a whole number of at least 1, so a typo stops the start
 * instead of silently lifting a limit.
 */
export function storeLimitsFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): Pick<FileStoreOptions, 'maxArticlesPerGuild' | 'maxLoadsPerMemberPerHour'> {
  const limits: Pick<FileStoreOptions, 'maxArticlesPerGuild' | 'maxLoadsPerMemberPerHour'> = {};
  const perServer = positiveWholeNumber(env, 'WENDA_MAX_ARTICLES_PER_SERVER');
  const perHour = positiveWholeNumber(env, 'WENDA_MAX_LOADS_PER_HOUR');
  if (perServer !== undefined) limits.maxArticlesPerGuild = perServer;
  if (perHour !== undefined) limits.maxLoadsPerMemberPerHour = perHour;
  return limits;
}

function positiveWholeNumber(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const text = env[name]?.trim();
  // `VAR=` in a .env file means "not set", as everywhere else in wenda's configuration.
  if (!text) return undefined;
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`${name} must be a whole number of at least 1, not ${JSON.stringify(text)}`);
  }
  return value;
}
