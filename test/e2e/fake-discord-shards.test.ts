import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { Client, Events, GatewayIntentBits, Partials, Routes, type Interaction, type Message } from 'discord.js';
import { shardOf, snowflakeOnShard, startFakeDiscord, type FakeDiscord } from './fake-discord/index.js';

/**
 * The fake Discord as a sharded bot sees it: GET /gateway/bot recommends a shard count, IDENTIFY
 * carries `shard: [id, count]`, and each guild's events reach only the session of the shard
 * `(guild_id >> 22) % count`; direct messages only shard 0's.
 */

const ASK = { name: 'ask', description: 'Ask', options: [{ type: 3, name: 'question', description: 'Your question', required: true }] };
const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];

let server: FakeDiscord | undefined;
const clients: Client[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) await c.destroy();
  await server?.close();
  server = undefined;
});

async function shardClient(s: FakeDiscord, shard: number, count: number): Promise<{ client: Client; interactions: Interaction[]; messages: Message[] }> {
  const client = new Client({ intents: INTENTS, partials: [Partials.Channel], rest: { api: s.apiUrl }, shards: shard, shardCount: count });
  clients.push(client);
  const interactions: Interaction[] = [];
  const messages: Message[] = [];
  client.on(Events.InteractionCreate, (i) => void interactions.push(i));
  client.on(Events.MessageCreate, (m) => void messages.push(m));
  const ready = once(client, Events.ClientReady, { signal: AbortSignal.timeout(5_000) });
  await client.login(s.token);
  await ready;
  return { client, interactions, messages };
}

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('fake Discord with two shards', () => {
  it('recommends its shard count, and routes each guild to its own shard only', async () => {
    const s = (server = await startFakeDiscord({ heartbeatIntervalMs: 1_000, shards: 2 }));
    const testGuildShard = shardOf(s.guildId, 2);
    const other = s.addGuild(snowflakeOnShard(1 - testGuildShard, 2));
    expect(shardOf(other.guildId, 2)).toBe(1 - testGuildShard);

    const zero = await shardClient(s, 0, 2);
    expect(((await zero.client.rest.get(Routes.gatewayBot())) as { shards: number }).shards).toBe(2);
    const one = await shardClient(s, 1, 2);
    expect(s.readyShards().sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const byShard = [zero, one];
    const home = byShard[testGuildShard]!;
    const away = byShard[1 - testGuildShard]!;
    expect([...home.client.guilds.cache.keys()]).toEqual([s.guildId]);
    expect([...away.client.guilds.cache.keys()]).toEqual([other.guildId]);

    for (const guildId of [s.guildId, other.guildId]) await zero.client.rest.put(Routes.applicationGuildCommands(s.applicationId, guildId), { body: [ASK] });
    await s.sendCommand('ask', { question: 'here?' });
    await s.sendCommand('ask', { question: 'there?' }, { channelId: other.channelId });
    await until(() => home.interactions.length === 1 && away.interactions.length === 1, 'one interaction on each shard');
    expect(home.interactions[0]!.guildId).toBe(s.guildId);
    expect(away.interactions[0]!.guildId).toBe(other.guildId);

    await s.sendMessage('in the other guild', { mentionBot: true, channelId: other.channelId });
    await until(() => away.messages.length === 1, "the other guild's message on its shard");
    expect(away.messages[0]!.guildId).toBe(other.guildId);
    // Direct messages: shard 0 only.
    await s.sendMessage('a DM', { dm: true });
    await until(() => zero.messages.some((m) => m.content === 'a DM'), 'the DM on shard 0');
    expect(one.messages.some((m) => m.content === 'a DM')).toBe(false);
    expect(home.messages.filter((m) => m.guildId !== null)).toEqual([]);
  });

  it('a guild added while the shards run is announced to its shard alone', async () => {
    const s = (server = await startFakeDiscord({ heartbeatIntervalMs: 1_000, shards: 2 }));
    const zero = await shardClient(s, 0, 2);
    const one = await shardClient(s, 1, 2);
    const joined = s.addGuild(snowflakeOnShard(1, 2));
    await until(() => one.client.guilds.cache.has(joined.guildId), 'GUILD_CREATE on shard 1');
    expect(zero.client.guilds.cache.has(joined.guildId)).toBe(false);
  });
});
