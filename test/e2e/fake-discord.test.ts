import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  Partials,
  PermissionFlagsBits,
  Routes,
  type ClientEvents,
  type Message,
} from 'discord.js';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/index.js';

const ASK_COMMAND = {
  name: 'ask',
  description: 'Ask a question about the article',
  description_localizations: { 'zh-CN': '就文章提问' },
  options: [
    { type: 3, name: 'question', description: 'Your question', required: true },
    { type: 3, name: 'topic', description: 'Narrow to a topic', autocomplete: true },
  ],
};

const UPLOAD_COMMAND = {
  name: 'upload',
  description: 'Hand the bot a file',
  options: [{ type: 11, name: 'file', description: 'The file', required: true }],
};

let server: FakeDiscord | undefined;
let client: Client | undefined;

afterEach(async () => {
  await client?.destroy();
  await server?.close();
  client = undefined;
  server = undefined;
});

async function until(ok: () => boolean, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('condition not met');
    await new Promise((r) => setTimeout(r, 10));
  }
}

function waitEvent<E extends keyof ClientEvents>(c: Client, event: E, ms = 5_000): Promise<ClientEvents[E]> {
  return once(c, event as string, { signal: AbortSignal.timeout(ms) }) as Promise<ClientEvents[E]>;
}

/** A fake server plus a real discord.js client logged in to it, with /ask registered in the test guild. */
async function connect(intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages]): Promise<{ s: FakeDiscord; c: Client }> {
  const s = (server = await startFakeDiscord({ heartbeatIntervalMs: 1_000 }));
  const c = (client = new Client({ intents, partials: [Partials.Channel], rest: { api: s.apiUrl } }));
  const ready = waitEvent(c, Events.ClientReady);
  await c.login(s.token);
  await ready;
  await c.rest.put(Routes.applicationGuildCommands(s.applicationId, s.guildId), { body: [ASK_COMMAND, UPLOAD_COMMAND] });
  return { s, c };
}

describe('fake Discord driven by the real discord.js client', () => {
  it('logs in: READY and GUILD_CREATE give the client its guild and text channel', async () => {
    const { s, c } = await connect();
    expect(c.user?.id).toBe(s.botUserId);
    const guild = c.guilds.cache.get(s.guildId);
    expect(guild?.available).toBe(true);
    expect(guild?.channels.cache.get(s.channelId)?.isTextBased()).toBe(true);
    expect(guild?.members.me?.id).toBe(s.botUserId);
    expect(s.identifies).toBe(1);
    expect(s.requests.find((r) => r.path === '/gateway/bot')?.status).toBe(200);
  });

  it('rejects login with a wrong token (401 on /gateway/bot)', async () => {
    const s = (server = await startFakeDiscord());
    const c = (client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: s.apiUrl } }));
    await expect(c.login('not-the-token')).rejects.toThrow(/invalid token/i);
    expect(s.requests.some((r) => r.path === '/gateway/bot' && r.status === 401)).toBe(true);
    expect(s.identifies).toBe(0);
  });

  it('delivers a slash command and records the reply', async () => {
    const { s, c } = await connect();
    c.on(Events.InteractionCreate, async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.reply({ content: `Q: ${i.options.getString('question', true)} (${i.locale})` });
    });
    const interaction = await s.sendCommand('ask', { question: '谁发布了报告？' }, { locale: 'zh-CN' });
    const result = await s.waitForResponse(interaction.id);
    expect(result.kind).toBe('callback');
    expect(result.callbackType).toBe(4);
    expect(result.message?.content).toBe('Q: 谁发布了报告？ (zh-CN)');
    expect(result.latencyMs).toBeLessThan(3_000);
    expect(s.messages(s.channelId).map((m) => m.content)).toContain('Q: 谁发布了报告？ (zh-CN)');
  });

  it('records deferReply then editReply as the final answer, and refuses a second callback', async () => {
    const { s, c } = await connect();
    const secondCallback = new Promise<unknown>((resolve) => {
      c.on(Events.InteractionCreate, async (i) => {
        if (!i.isChatInputCommand()) return;
        await i.deferReply();
        await new Promise((r) => setTimeout(r, 100));
        await i.editReply('final answer');
        // Bypass discord.js's own "already replied" guard to check the server's rule.
        resolve(await c.rest.post(Routes.interactionCallback(i.id, i.token), { body: { type: 4, data: { content: 'again' } }, auth: false }).catch((e: unknown) => e));
      });
    });
    const interaction = await s.sendCommand('ask', { question: 'q' });
    const final = await s.waitForResponse(interaction.id, { final: true });
    expect(final.kind).toBe('edit-original');
    expect(final.message?.content).toBe('final answer');
    expect((final.message?.flags ?? 0) & (1 << 7)).toBe(0);
    expect(s.responsesTo(interaction.id).map((r) => r.callbackType ?? r.kind)).toEqual([5, 'edit-original']);
    const error = await secondCallback;
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(40060);
  });

  it('answers autocomplete with the choices the bot sent', async () => {
    const { s, c } = await connect();
    c.on(Events.InteractionCreate, async (i) => {
      if (!i.isAutocomplete()) return;
      const typed = i.options.getFocused();
      await i.respond([{ name: `${typed}经济`, value: 'economy' }, { name: `${typed}科技`, value: 'tech' }]);
    });
    const interaction = await s.sendAutocomplete('ask', { name: 'topic', value: '中国' }, { others: { question: 'q' } });
    const result = await s.waitForResponse(interaction.id);
    expect(result.callbackType).toBe(8);
    expect(result.choices).toEqual([{ name: '中国经济', value: 'economy' }, { name: '中国科技', value: 'tech' }]);
  });

  it('gives each member the permissions of their roles, the owner all of them', async () => {
    const { s, c } = await connect();
    const seen = new Map<string, { manageGuild: boolean | undefined; roles: string[] }>();
    c.on(Events.InteractionCreate, async (i) => {
      if (!i.isChatInputCommand() || !i.inCachedGuild()) return;
      seen.set(i.user.id, { manageGuild: i.memberPermissions.has(PermissionFlagsBits.ManageGuild), roles: i.member.roles.cache.map((r) => r.id).sort() });
      await i.reply('ok');
    });
    const roleCreated = waitEvent(c, Events.GuildRoleCreate);
    const moderators = s.addRole('moderators', PermissionFlagsBits.ManageGuild);
    const [role] = await roleCreated;
    expect(role.id).toBe(moderators);
    const admin = '93000000000000001';
    const member = '93000000000000002';
    s.setMemberRoles(admin, [moderators]);
    const payloads = [];
    for (const userId of [admin, member, undefined]) {
      const interaction = await s.sendCommand('ask', { question: 'q' }, { userId });
      await s.waitForResponse(interaction.id);
      payloads.push(interaction.payload.member as { roles: string[]; permissions: string });
    }
    const [asAdmin, asMember, asOwner] = payloads;
    expect(asAdmin?.roles).toEqual([moderators]);
    expect(BigInt(asAdmin?.permissions ?? 0) & PermissionFlagsBits.ManageGuild).toBe(PermissionFlagsBits.ManageGuild);
    expect(BigInt(asAdmin?.permissions ?? 0) & PermissionFlagsBits.SendMessages).toBe(PermissionFlagsBits.SendMessages);
    expect(asMember?.roles).toEqual([]);
    expect(BigInt(asMember?.permissions ?? 0) & PermissionFlagsBits.ManageGuild).toBe(0n);
    expect(BigInt(asOwner?.permissions ?? 0) & PermissionFlagsBits.Administrator).toBe(PermissionFlagsBits.Administrator);
    expect(seen.get(admin)).toEqual({ manageGuild: true, roles: [moderators, s.guildId].sort() });
    expect(seen.get(member)?.manageGuild).toBe(false);
    expect(() => s.setMemberRoles(member, ['1234567890123456789'])).toThrow(/not a role/);
  });

  it('hands an attachment option over as an id, with the file in resolved.attachments', async () => {
    const { s, c } = await connect();
    const received = new Promise<{ name: string; size: number; url: string; proxyURL: string; contentType: string | null; ephemeral: boolean } | null>((resolve) => {
      c.on(Events.InteractionCreate, async (i) => {
        if (!i.isChatInputCommand()) return;
        const file = i.options.getAttachment('file');
        await i.reply('got it');
        resolve(file && { name: file.name, size: file.size, url: file.url, proxyURL: file.proxyURL, contentType: file.contentType, ephemeral: file.ephemeral });
      });
    });
    const url = 'http://127.0.0.1:9/files/news.txt';
    const interaction = await s.sendCommand('upload', { file: { url, filename: 'news.txt', size: 1234, content_type: 'text/plain; charset=utf-8' } });
    expect(await received).toEqual({ name: 'news.txt', size: 1234, url, proxyURL: url, contentType: 'text/plain; charset=utf-8', ephemeral: true });
    const data = interaction.payload.data as { options: Array<{ name: string; type: number; value: string }>; resolved: { attachments: Record<string, Record<string, unknown>> } };
    const [option] = data.options;
    expect(option).toEqual({ name: 'file', type: 11, value: expect.stringMatching(/^\d{17,20}$/) });
    expect(data.resolved.attachments[option!.value]).toEqual({
      id: option!.value,
      filename: 'news.txt',
      size: 1234,
      url,
      proxy_url: url,
      content_type: 'text/plain; charset=utf-8',
      ephemeral: true,
    });
    await expect(s.sendCommand('upload', { file: 'news.txt' })).rejects.toThrow(/does not fit/);
    await expect(s.sendCommand('ask', { question: { url, filename: 'a.txt', size: 1 } })).rejects.toThrow(/does not fit/);
    await expect(s.sendCommand('upload', { file: { url, filename: 'big.txt', size: 11 * 1024 * 1024 } })).rejects.toThrow(/upload limit/);
  });

  it('lets a user click a button and records the update', async () => {
    const { s, c } = await connect();
    c.on(Events.InteractionCreate, async (i) => {
      if (i.isChatInputCommand()) {
        const row = new ActionRowBuilder<ButtonBuilder>().addComponents(new ButtonBuilder().setCustomId('more').setLabel('More').setStyle(ButtonStyle.Primary));
        await i.reply({ content: 'short answer', components: [row] });
      } else if (i.isButton() && i.customId === 'more') {
        await i.update({ content: 'long answer', components: [] });
      }
    });
    const command = await s.sendCommand('ask', { question: 'q' });
    const reply = await s.waitForResponse(command.id);
    const click = await s.clickButton(reply.message!.id, 'more');
    const update = await s.waitForResponse(click.id);
    expect(update.callbackType).toBe(7);
    expect(update.message?.id).toBe(reply.message?.id);
    expect(s.messages().find((m) => m.id === reply.message?.id)?.content).toBe('long answer');
  });

  it('opens a modal from a button, refuses a malformed one, and delivers its submission once, with the button\'s message', async () => {
    const { s, c } = await connect();
    const failures: unknown[] = [];
    c.on(Events.InteractionCreate, async (i) => {
      if (i.isChatInputCommand()) {
        const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
          new ButtonBuilder().setCustomId('ask-why').setLabel('Why?').setStyle(ButtonStyle.Secondary),
          new ButtonBuilder().setCustomId('bad-modal').setLabel('Bad').setStyle(ButtonStyle.Secondary),
        );
        await i.reply({ content: 'an answer', components: [row] });
      } else if (i.isButton()) {
        const input = { type: 4, custom_id: 'why', style: 2, label: 'What was wrong?', required: false, max_length: 20 };
        const title = i.customId === 'bad-modal' ? 'x'.repeat(46) : 'Feedback';
        await i.showModal({ custom_id: 'note', title, components: [{ type: 1, components: [input] }] }).catch((e: unknown) => failures.push(e));
      } else if (i.isModalSubmit()) {
        await i.reply({ content: `got “${i.fields.getTextInputValue('why')}” about ${i.message?.id ?? 'nothing'}`, flags: 64 });
      }
    });
    const reply = await s.waitForResponse((await s.sendCommand('ask', { question: 'q' })).id);
    const bad = await s.clickButton(reply.message!.id, 'bad-modal');
    await until(() => failures.length === 1);
    expect((failures[0] as DiscordAPIError).status).toBe(400);
    expect(s.responsesTo(bad.id)).toEqual([]);
    await expect(s.submitModal(bad.id, { why: 'x' })).rejects.toThrow(/no open modal/);

    const click = await s.clickButton(reply.message!.id, 'ask-why');
    expect((await s.waitForResponse(click.id)).callbackType).toBe(9);
    await expect(s.submitModal(click.id, { why: 'x'.repeat(21) })).rejects.toThrow(/0–20/);
    await expect(s.submitModal(click.id, { other: 'x' })).rejects.toThrow(/no text input "other"/);
    const submitted = await s.submitModal(click.id, { why: 'too short' });
    expect(submitted.type).toBe(5);
    const answer = await s.waitForResponse(submitted.id);
    expect(answer.message?.content).toBe(`got “too short” about ${reply.message!.id}`);
    await expect(s.submitModal(click.id, { why: 'twice' })).rejects.toThrow(/no open modal/);
  });

  it('shows mention messages with content, hides other guild content without MessageContent, and lands replies', async () => {
    const { s, c } = await connect();
    const received: Message[] = [];
    c.on(Events.MessageCreate, (m) => {
      if (m.author.bot) return;
      received.push(m);
      if (m.mentions.has(s.botUserId)) void m.reply('heard you');
    });
    const plain = await s.sendMessage('not for the bot');
    const mention = await s.sendMessage('文章说了什么？', { mentionBot: true });
    const reply = await s.waitForChannelMessage((m) => m.message_reference?.message_id === mention.id);
    expect(reply.content).toBe('heard you');
    expect(reply.channel_id).toBe(s.channelId);
    const seenPlain = received.find((m) => m.id === plain.id);
    const seenMention = received.find((m) => m.id === mention.id);
    expect(seenPlain?.content).toBe('');
    expect(seenMention?.content).toContain('文章说了什么？');
    expect(seenMention?.guildId).toBe(s.guildId);
  });

  it('delivers DMs with content to a client that asked for Partials.Channel', async () => {
    const { s, c } = await connect();
    const dm = waitEvent(c, Events.MessageCreate);
    await s.sendMessage('私信问题', { dm: true });
    const [message] = await dm;
    expect(message.channel.isDMBased()).toBe(true);
    expect(message.guildId).toBeNull();
    expect(message.content).toBe('私信问题');
  });

  it('validates command registrations and message bodies like Discord', async () => {
    const { s, c } = await connect();
    const bad = { ...ASK_COMMAND, name: 'Ask Me', description: 'x'.repeat(101), name_localizations: { cn: 'wen' } };
    const error = await c.rest.put(Routes.applicationGuildCommands(s.applicationId, s.guildId), { body: [bad] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiscordAPIError);
    const apiError = error as DiscordAPIError;
    expect(apiError.status).toBe(400);
    expect(apiError.code).toBe(50035);
    expect(apiError.rawError).toMatchObject({
      errors: { '0': { name: { _errors: [{ code: 'APPLICATION_COMMAND_INVALID_NAME' }] }, description: { _errors: [{ code: 'BASE_TYPE_BAD_LENGTH' }] }, name_localizations: { cn: {} } } },
    });
    const stored = (await c.rest.get(Routes.applicationGuildCommands(s.applicationId, s.guildId))) as Array<{ id: string; name: string }>;
    expect(stored.map((x) => x.name)).toEqual(['ask', 'upload']);
    expect(stored[0]?.id).toMatch(/^\d{17,20}$/);
    const tooLong = await c.rest.post(Routes.channelMessages(s.channelId), { body: { content: 'x'.repeat(2001) } }).catch((e: unknown) => e);
    expect((tooLong as DiscordAPIError).code).toBe(50035);
    const empty = await c.rest.post(Routes.channelMessages(s.channelId), { body: { content: '' } }).catch((e: unknown) => e);
    expect((empty as DiscordAPIError).code).toBe(50006);
  });

  it('survives a 429 on the callback: discord.js waits, retries, and the reply lands once', async () => {
    const { s, c } = await connect();
    s.addRestFault({ method: 'POST', path: /\/callback$/, status: 429, retryAfter: 0.3 });
    c.on(Events.InteractionCreate, async (i) => {
      if (i.isChatInputCommand()) await i.reply('after the rate limit');
    });
    const interaction = await s.sendCommand('ask', { question: 'q' });
    const result = await s.waitForResponse(interaction.id);
    expect(result.message?.content).toBe('after the rate limit');
    const callbacks = s.requests.filter((r) => r.path.startsWith(`/interactions/${interaction.id}/`));
    expect(callbacks.map((r) => r.status)).toEqual([429, 204]);
    expect(callbacks[1]!.time - callbacks[0]!.time).toBeGreaterThanOrEqual(250);
    expect(s.responsesTo(interaction.id)).toHaveLength(1);
  });

  it('refuses a reply once the interaction token has expired (10062)', async () => {
    const { s, c } = await connect();
    const outcome = new Promise<unknown>((resolve) => {
      c.on(Events.InteractionCreate, (i) => {
        if (!i.isChatInputCommand()) return;
        s.expireInteraction(i.id);
        i.reply('too late').then(resolve, resolve);
      });
    });
    const interaction = await s.sendCommand('ask', { question: 'q' });
    expect(((await outcome) as DiscordAPIError).code).toBe(10062);
    expect(s.responsesTo(interaction.id)).toEqual([]);
  });

  it('resumes after the gateway closes with 4000 and still answers commands', async () => {
    const { s, c } = await connect();
    c.on(Events.InteractionCreate, async (i) => {
      if (i.isChatInputCommand()) await i.reply(`answer to ${i.options.getString('question', true)}`);
    });
    const resumed = waitEvent(c, Events.ShardResume);
    s.closeGateway(4000);
    await resumed;
    await s.waitForReady();
    expect(s.resumes).toBe(1);
    expect(s.identifies).toBe(1);
    const interaction = await s.sendCommand('ask', { question: 'after resume' });
    expect((await s.waitForResponse(interaction.id)).message?.content).toBe('answer to after resume');
  });

  it('resumes after op 7 Reconnect and after missed heartbeat ACKs (zombie connection)', async () => {
    const { s, c } = await connect();
    const afterReconnect = waitEvent(c, Events.ShardResume);
    s.sendGatewayOp(7);
    await afterReconnect;
    expect(s.resumes).toBe(1);
    s.setHeartbeatAcks(false);
    const afterZombie = waitEvent(c, Events.ShardResume, 8_000);
    await afterZombie;
    s.setHeartbeatAcks(true);
    expect(s.resumes).toBe(2);
    expect(s.identifies).toBe(1);
  });
});
