import { describe, expect, it } from 'vitest';
import { DEFAULT_DATABASE_WAIT_MS, databaseFromEnv } from '../../src/library/store/pg/options.js';
import { DEFAULT_SPAWN_DELAY_MS, shardingFromEnv, shardOfGuild, shardOfThisProcess } from '../../src/sharding/options.js';

describe('WENDA_SHARDS', () => {
  it('is off when unset or empty, auto or a number of shards when set', () => {
    expect(shardingFromEnv({})).toBeUndefined();
    expect(shardingFromEnv({ WENDA_SHARDS: ' ' })).toBeUndefined();
    expect(shardingFromEnv({ WENDA_SHARDS: 'auto' })).toEqual({ shards: 'auto', spawnDelayMs: DEFAULT_SPAWN_DELAY_MS });
    expect(shardingFromEnv({ WENDA_SHARDS: '4', WENDA_SHARD_SPAWN_DELAY_MS: '0' })).toEqual({ shards: 4, spawnDelayMs: 0 });
  });

  it.each(['0', '-1', '1.5', 'two', 'Auto'])('refuses %j, naming the variable', (value) => {
    expect(() => shardingFromEnv({ WENDA_SHARDS: value })).toThrow(/^WENDA_SHARDS must be auto or a whole number/);
  });

  it('WENDA_SHARD_IDS: the shards this machine runs, of a count every machine agrees on', () => {
    expect(shardingFromEnv({ WENDA_SHARDS: '4', WENDA_SHARD_IDS: '3, 1,1' })).toEqual({ shards: 4, shardIds: [1, 3], spawnDelayMs: DEFAULT_SPAWN_DELAY_MS });
    expect(() => shardingFromEnv({ WENDA_SHARDS: 'auto', WENDA_SHARD_IDS: '0' })).toThrow(/WENDA_SHARD_IDS needs WENDA_SHARDS to be the number/);
    expect(() => shardingFromEnv({ WENDA_SHARDS: '2', WENDA_SHARD_IDS: '2' })).toThrow(/from 0 to 1/);
    expect(() => shardingFromEnv({ WENDA_SHARDS: '2', WENDA_SHARD_IDS: 'a' })).toThrow(/WENDA_SHARD_IDS must list/);
  });

  it('refuses a spawn delay that is not a whole number of milliseconds', () => {
    expect(() => shardingFromEnv({ WENDA_SHARDS: '2', WENDA_SHARD_SPAWN_DELAY_MS: '5s' })).toThrow(/WENDA_SHARD_SPAWN_DELAY_MS/);
  });

  it('knows a shard process by what discord.js sets for it', () => {
    expect(shardOfThisProcess({})).toBeUndefined();
    expect(shardOfThisProcess({ SHARDING_MANAGER: 'true', SHARDS: '3', SHARD_COUNT: '4' })).toEqual({ id: 3, count: 4 });
  });
});

describe('the shard of a server', () => {
  it("is Discord's (guild_id >> 22) % shard_count, on ids beyond 2^53", () => {
    // 2^22 · 12345 + 4,194,303: the low 22 bits do not count.
    expect(shardOfGuild(String(12345n * 4_194_304n + 4_194_303n), 10)).toBe(5);
    expect(shardOfGuild('1577055828563853314', 1)).toBe(0);
    const big = (2n ** 63n - 1n).toString();
    expect(shardOfGuild(big, 7)).toBe(Number((2n ** 41n - 1n) % 7n));
  });
});

describe('WENDA_DATABASE_URL', () => {
  it('is the file store when unset or empty', () => {
    expect(databaseFromEnv({})).toBeUndefined();
    expect(databaseFromEnv({ WENDA_DATABASE_URL: '' })).toBeUndefined();
  });

  it('reads the URL, the wait at start, and the password to scrub from logs', () => {
    expect(databaseFromEnv({ WENDA_DATABASE_URL: 'postgres://wenda:s%40cret@db:5432/wenda', WENDA_DATABASE_WAIT_MS: '5000' })).toEqual({
      connectionString: 'postgres://wenda:s%40cret@db:5432/wenda',
      waitMs: 5000,
      password: 's@cret',
    });
    expect(databaseFromEnv({ WENDA_DATABASE_URL: 'postgresql://db/wenda' })).toEqual({ connectionString: 'postgresql://db/wenda', waitMs: DEFAULT_DATABASE_WAIT_MS });
  });

  it('refuses what is not a postgres URL, without echoing it (it may hold a password)', () => {
    expect(() => databaseFromEnv({ WENDA_DATABASE_URL: 'mysql://u:hunter22@db/x' })).toThrow(/^WENDA_DATABASE_URL must start with postgres:\/\//);
    const error = (() => {
      try {
        databaseFromEnv({ WENDA_DATABASE_URL: 'host=db password=hunter22' });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error?.message).toMatch(/^WENDA_DATABASE_URL must be a URL/);
    expect(error?.message).not.toContain('hunter22');
    expect(() => databaseFromEnv({ WENDA_DATABASE_URL: 'postgres://db/x', WENDA_DATABASE_WAIT_MS: 'soon' })).toThrow(/WENDA_DATABASE_WAIT_MS/);
  });
});
