import { pinyin } from 'pinyin-pro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/answer/index.js';
import type { Engine } from '../../src/answer/engine.js';
import type { Article } from '../../src/article/types.js';
import { commands } from '../../commands/index.js';
import { startBot, type BotHandle } from '../../src/discord/bot.js';
import { deployCommands } from '../../src/discord/deploy.js';
import { createLogger } from '../../src/discord/logger.js';
import { startFakeDiscord, type FakeDiscord, type InteractionResult, type StoredMessage } from './fake-discord/index.js';

/**
 * The real bot (real engine over seeds/, real discord.js client) against the Discord-compatible
 * test server on 127.0.0.1. Expected content is read from the seed article at test time.
 *
 * Pages are kept small here (pageBudget 700) so that real answers span pages and "More" is
 * exercised; the cooldown is long so that one user asking twice is refused deterministically,
 * and every other interaction comes from a user of its own.
 */

let fake: FakeDiscord;
let bot: BotHandle;
let engine: Engine;
let article: Article;
const logLines: string[] = [];
let nextUser = 1;
const newUser = () => `90000000000000${String(nextUser++).padStart(4, '0')}`;

beforeAll(async () => {
  engine = await loadEngine({ seedsDir: 'seeds' });
  article = engine.articles[0] as Article;
  fake = await startFakeDiscord({ heartbeatIntervalMs: 2_000 });
  const logger = createLogger({ level: 'debug', secrets: [fake.token], destination: { write: (l: string) => void logLines.push(l) } });
  bot = await startBot({ engine, commands, token: fake.token, apiUrl: fake.apiUrl, logger, cooldownMs: 600_000, pageBudget: 700 });
  await fake.waitForReady();
});

afterAll(async () => {
  await bot?.shutdown();
  await fake?.close();
});

/** Everything a user reads in a bot message: content, titles, descriptions, field and footer text. */
function visible(message: StoredMessage | undefined): string {
  if (!message) return '';
  const parts = [message.content ?? ''];
  for (const e of message.embeds ?? []) {
    parts.push(e.title ?? '', e.description ?? '', e.footer?.text ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value]));
  }
  return parts.join('\n');
}

function buttons(message: StoredMessage | undefined): { label?: string; custom_id?: string }[] {
  return ((message?.components ?? []) as { components?: { label?: string; custom_id?: string }[] }[]).flatMap((row) => row.components ?? []);
}

/** Every page of a message, following "More" as a user would; checks each page against Discord's limits. */
async function allPages(first: StoredMessage, userId: string): Promise<string> {
  let message: StoredMessage | undefined = first;
  const pages = [visible(message)];
  for (let guard = 0; guard < 30; guard++) {
    const more = buttons(message).find((b) => b.label === 'More' || b.label === '更多');
    if (!more?.custom_id || !message) break;
    const click = await fake.clickButton(message.id, more.custom_id, { userId });
    const result = await fake.waitForResponse(click.id, { final: true });
    expect(result.callbackType).toBe(7);
    message = result.message;
    pages.push(visible(message));
  }
  return pages.join('\n');
}

async function command(name: string, options: Record<string, string | number> = {}, locale = 'en-US') {
  const userId = newUser();
  const interaction = await fake.sendCommand(name, options, { userId, locale });
  const result = await fake.waitForResponse(interaction.id, { final: true });
  expect(result.message, `/${name} left a message`).toBeDefined();
  return { result, userId, text: await allPages(result.message as StoredMessage, userId) };
}

/** Text normalised for comparing romanisations: lowercase letters only. */
const letters = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
const pinyinOf = (name: string) => letters(pinyin(name, { toneType: 'none', surname: 'head' }));

/** Items of the list that follows `marker` in the paragraph that has it, up to the sentence end. */
function listAfter(marker: string): string[] {
  const paragraph = article.paragraphs.find((p) => p.text.includes(marker));
  expect(paragraph, `the seed has "${marker}"`).toBeDefined();
  const tail = (paragraph?.text ?? '').split(marker)[1] ?? '';
  return (tail.split(/[。，；]/)[0] ?? '').split('、').map((s) => s.trim()).filter(Boolean);
}

const allowedMentionsOf = (r: InteractionResult) => r.body.allowed_mentions as { parse?: unknown[]; replied_user?: boolean } | undefined;

describe('logging in and registering', () => {
  it('reaches READY through DISCORD_TOKEN and DISCORD_API_URL', () => {
    expect(bot.client.isReady()).toBe(true);
    expect(bot.client.user.id).toBe(fake.botUserId);
  });

  it('registers every command with one bulk overwrite, the application id read from the token', async () => {
    const deployed = await deployCommands({ commands, token: fake.token, apiUrl: fake.apiUrl, guildId: fake.guildId });
    expect(deployed.applicationId).toBe(fake.applicationId);
    expect(deployed.names).toEqual(['ask', 'attendees', 'agreements', 'visits', 'summary', 'article', 'articles', 'load', 'remove', 'use', 'settings', 'help']);
    const puts = fake.requests.filter((r) => r.method === 'PUT' && r.path.includes('/commands'));
    expect(puts.at(-1)?.status).toBe(200);
    const global = await deployCommands({ commands, token: fake.token, apiUrl: fake.apiUrl, applicationId: fake.applicationId });
    expect(global.scope).toBe('globally');
    expect(fake.commands.global).toHaveLength(commands.length);
  });
});

describe('slash commands answer with the article’s content', () => {
  it('/agreements names every agreement the article says was signed', async () => {
    const agreements = listAfter('签署了');
    expect(agreements.length).toBeGreaterThanOrEqual(2);
    const { text } = await command('agreements', {}, 'zh-CN');
    for (const title of agreements) expect(text).toContain(title);
  });

  it('/visits names every place the article says was visited', async () => {
    const places = listAfter('考察了');
    expect(places.length).toBeGreaterThanOrEqual(2);
    const { text } = await command('visits', {}, 'zh-CN');
    for (const place of places) expect(text).toContain(place);
  });

  it('/attendees in Chinese lists the people the article names as taking part', async () => {
    const people = listAfter('领导');
    expect(people.length).toBeGreaterThan(5);
    const { text } = await command('attendees', {}, 'zh-CN');
    expect(text).toContain('要点');
    for (const name of people) expect(text).toContain(name);
  });

  it('/attendees in English gives each name with its pinyin and English labels', async () => {
    const people = listAfter('领导');
    const { text } = await command('attendees', {}, 'en-US');
    expect(text).toContain('Facts');
    for (const name of people) {
      expect(text).toContain(name);
      expect(letters(text)).toContain(pinyinOf(name));
    }
  });

  it('/summary answers from the article, with the article in the footer', async () => {
    const { result, text } = await command('summary', {}, 'en-US');
    expect(result.message?.embeds?.[0]?.footer?.text).toContain(article.title);
    expect(text).toMatch(/¶\d+/);
  });

  it('/article gives title, date and paragraph count, and one paragraph by number', async () => {
    const info = await command('article', {}, 'en-US');
    expect(info.text).toContain(article.title);
    expect(info.text).toContain(`Paragraphs:** ${article.paragraphs.length}`);
    if (article.date) expect(info.text).toContain(article.date);
    const last = article.paragraphs.at(-1);
    const one = await command('article', { paragraph: last?.n ?? 1 }, 'zh-CN');
    expect(one.text).toContain((last?.sentences[0] ?? last?.text ?? '').slice(0, 20));
  });

  it('/article with a paragraph that does not exist says so, privately', async () => {
    const { result } = await command('article', { paragraph: 999 }, 'en-US');
    expect(result.message?.content).toBe(`There is no paragraph 999; the article has ${article.paragraphs.length}.`);
    expect((result.message?.flags ?? 0) & 64).toBe(64);
  });

  it('/help lists the commands, only to the one who asked', async () => {
    const { result, text } = await command('help', {}, 'en-US');
    expect(text).toContain('/ask');
    expect((result.message?.flags ?? 0) & 64).toBe(64);
  });
});

describe('/ask', () => {
  it('answers a Chinese question in Chinese, echoing the question', async () => {
    const { text } = await command('ask', { question: '谁参加了座谈会？' }, 'en-US');
    expect(text).toContain('问题');
    expect(text).toContain('谁参加了座谈会？');
    expect(text).toContain('出处');
  });

  it('answers an English question in English with pinyin for names', async () => {
    const people = listAfter('领导');
    const { text } = await command('ask', { question: 'Who attended the meeting?' }, 'zh-CN');
    expect(text).toContain('Question');
    expect(text).toContain('Sources');
    expect(people.some((name) => text.includes(name) && letters(text).includes(pinyinOf(name)))).toBe(true);
  });

  it('pings nobody for a question full of mentions, and shows it escaped', async () => {
    const { result, text } = await command('ask', { question: '@everyone <@123> @here **谁**签署了协议？' });
    expect(allowedMentionsOf(result)?.parse).toEqual([]);
    expect(result.message?.mention_everyone).toBe(false);
    expect(result.message?.mentions).toEqual([]);
    expect(text).not.toMatch(/@everyone|@here|(^|[^\\])<@123>|\*\*谁\*\*/);
  });

  it('keeps a question that matches everything within every limit, the rest behind More', async () => {
    const question = article.paragraphs.map((p) => p.sentences[0] ?? '').join('').slice(0, 300);
    const userId = newUser();
    const interaction = await fake.sendCommand('ask', { question }, { userId });
    const result = await fake.waitForResponse(interaction.id, { final: true });
    const first = result.message as StoredMessage;
    // The question is Chinese, so the answer and its button are too.
    expect(buttons(first).map((b) => b.label)).toContain('更多');
    // Each page went through the server's limit checks (a 400 would leave no final response).
    const text = await allPages(first, userId);
    expect(text.length).toBeGreaterThan(700);
  });

  it('refuses an empty question and a second question inside the cooldown, privately', async () => {
    const userId = newUser();
    const empty = await fake.sendCommand('ask', { question: '\u200b ' }, { userId });
    const refused = await fake.waitForResponse(empty.id, { final: true });
    expect(refused.message?.content).toBe('Please type a question.');
    const first = await fake.sendCommand('visits', {}, { userId });
    await fake.waitForResponse(first.id, { final: true });
    const second = await fake.sendCommand('ask', { question: 'Who attended?' }, { userId });
    const slow = await fake.waitForResponse(second.id, { final: true });
    expect(slow.message?.content).toMatch(/^Slow down/);
    expect((slow.message?.flags ?? 0) & 64).toBe(64);
  });

  it('autocompletes with at most 25 choices Discord accepts', async () => {
    for (const typed of ['谁', 'who', '']) {
      const interaction = await fake.sendAutocomplete('ask', { name: 'question', value: typed }, { userId: newUser() });
      const result = await fake.waitForResponse(interaction.id, { final: true });
      expect(result.callbackType).toBe(8);
      expect(result.choices?.length).toBeLessThanOrEqual(25);
      for (const choice of result.choices ?? []) expect(String(choice.value).length).toBeLessThanOrEqual(100);
    }
  });
});

describe('mentions and DMs', () => {
  it('answers "@bot question" as a reply that pings no one', async () => {
    const sent = await fake.sendMessage('谁参加了座谈会？', { mentionBot: true, authorId: newUser() });
    const reply = await fake.waitForChannelMessage((m) => m.message_reference?.message_id === sent.id);
    expect(visible(reply)).toContain('谁参加了座谈会？');
    expect(listAfter('领导').some((name) => visible(reply).includes(name))).toBe(true);
    const request = fake.requests.find((r) => r.method === 'POST' && r.path.endsWith('/messages') && JSON.stringify(r.body).includes(sent.id));
    expect((request?.body as { allowed_mentions?: unknown }).allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('answers a bare mention with a short help', async () => {
    const sent = await fake.sendMessage('', { mentionBot: true, authorId: newUser() });
    const reply = await fake.waitForChannelMessage((m) => m.message_reference?.message_id === sent.id);
    expect(reply.content).toContain('/ask');
  });

  it('answers a direct message, and ignores bots', async () => {
    const fromBot = await fake.sendMessage('Who attended?', { mentionBot: true, bot: true });
    const sent = await fake.sendMessage('What agreements were signed?', { dm: true, authorId: newUser() });
    const reply = await fake.waitForChannelMessage((m) => m.message_reference?.message_id === sent.id);
    expect(reply.channel_id).toBe(sent.channelId);
    for (const title of listAfter('签署了')) expect(visible(reply)).toContain(title);
    expect(fake.messages().some((m) => m.message_reference?.message_id === fromBot.id)).toBe(false);
  });
});

describe('operations', () => {
  it('says clearly when the token is rejected, and does not log in', async () => {
    const logger = createLogger({ level: 'silent' });
    await expect(startBot({ engine, commands, token: 'not-the-token-0123456789', apiUrl: fake.apiUrl, logger })).rejects.toThrow(/rejected DISCORD_TOKEN/);
  });

  it('never logs the token', () => {
    expect(logLines.length).toBeGreaterThan(0);
    for (const line of logLines) expect(line).not.toContain(fake.token);
  });
});
