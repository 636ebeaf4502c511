/** Discord's epoch: the first second of 2015, UTC. Snowflakes carry ms since then in their top 42 bits. */
const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A fresh snowflake as Discord sends it: a decimal string, never a number (ids overflow 2^53). */
export function nextSnowflake(now = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(now) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

export function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}
