import { nextSnowflake } from './snowflake.js';

/** The shard Discord sends a guild's events to: `(guild_id >> 22) % shard_count`, on the id as a 64-bit number. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/**
 * Whether a session identified as `[shard_id, shard_count]` receives an event: a guild's go to its
 * shard only; direct messages (no guild) to shard 0 only, as on Discord.
 */
export function sessionReceives(shard: readonly [number, number], guildId: string | undefined): boolean {
  return guildId === undefined ? shard[0] === 0 : shardOf(guildId, shard[1]) === shard[0];
}

/** A fresh guild id (a snowflake of about now) that shard `shard` of `count` serves: its timestamp moved back a few ms. */
export function snowflakeOnShard(shard: number, count: number): string {
  const id = BigInt(nextSnowflake());
  const offset = (BigInt(shardOf(id.toString(), count)) - BigInt(shard) + BigInt(count)) % BigInt(count);
  return (id - (offset << 22n)).toString();
}
