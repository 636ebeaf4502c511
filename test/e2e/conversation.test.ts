import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GatewayIntentBits, PermissionFlagsBits } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { feedbackFile, readRecords } from '../../src/feedback/index.js';
import type { StoredMessage } from './fake-discord/index.js';
import { newUser, pause, startLibraryHarness, until, visible, type LibraryHarness } from './support/harness.js';

const EPHEMERAL = 64;
let harness: LibraryHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** The buttons under a bot message, in order. */
function buttons(message: StoredMessage | undefined): Array<{ label: string; custom_id: string }> {
  const rows = (message?.components ?? []) as unknown as Array<{ components: Array<{ label?: string; custom_id?: string }> }>;
  return rows.flatMap((r) => r.components).flatMap((b) => (b.custom_id ? [{ label: b.label ?? '', custom_id: b.custom_id }] : []));
}

const button = (message: StoredMessage | undefined, prefix: string) => {
  const found = buttons(message).find((b) => b.custom_id.startsWith(prefix));
  if (!found) throw new Error(`no ${prefix} button under the message: ${JSON.stringify(buttons(message))}`);
  return found;
};

/** The bot's answer to a member's message: the reply that references it. */
function replyTo(h: LibraryHarness, messageId: string): Promise<StoredMessage> {
  return h.fake.waitForChannelMessage((m) => m.message_reference?.message_id === messageId);
}

/** Runs a slash command as `userId` and returns the message the member finally sees. */
async function command(h: LibraryHarness, name: string, options: Record<string, string | boolean>, opts: { userId?: string; channelId?: string; locale?: string } = {}): Promise<StoredMessage> {
  const sent = await h.fake.sendCommand(name, options, opts);
  const result = await h.fake.waitForResponse(sent.id, { final: true, timeoutMs: 10_000 });
  if (!result.message) throw new Error(`/${name} answered with no message`);
  return result.message;
}

async function click(h: LibraryHarness, message: StoredMessage, customId: string, userId: string): Promise<StoredMessage> {
  const pressed = await h.fake.clickButton(message.id, customId, { userId });
  const result = await h.fake.waitForResponse(pressed.id, { final: true, timeoutMs: 10_000 });
  if (!result.message) throw new Error('the button was answered with no message');
  return result.message;
}

describe('conversations in threads', () => {
  it('a mention opens a thread named after the question; a follow-up there with 他, without a mention, is answered about the right person; a suggested question is asked as the member who pressed it', async () => {
    const h = (harness = await startLibraryHarness({
      fake: { botPermissions: PermissionFlagsBits.CreatePublicThreads, enabledPrivilegedIntents: GatewayIntentBits.MessageContent },
      bot: { messageContent: true },
    }));
    expect(visible(await command(h, 'settings', { threads: true }))).toContain('Mentions answered in a new thread: on');
    const asker = newUser();
    const asked = await h.fake.sendMessage('王东峰是什么职务？', { mentionBot: true, authorId: asker });
    await until(() => h.fake.threads().length === 1, 'a thread');
    const thread = h.fake.threads()[0]!;
    expect(thread).toMatchObject({ name: '王东峰是什么职务？', parent_id: h.fake.channelId, owner_id: h.fake.botUserId, id: asked.id });
    const first = await h.fake.waitForChannelMessage((m) => m.channel_id === thread.id);
    expect(visible(first)).toContain('河北省委书记');

    await h.fake.sendMessage('他说了什么？', { channelId: thread.id, authorId: asker });
    const second = await h.fake.waitForChannelMessage((m) => m.channel_id === thread.id && m.id !== first.id);
    expect(visible(second)).toContain('关于王东峰');
    expect(visible(second)).toContain('河北人民永远铭记');
    // Nothing was answered in the channel itself.
    expect(h.fake.messages(h.fake.channelId).filter((m) => m.author.id === h.fake.botUserId && ((m.flags ?? 0) & EPHEMERAL) === 0)).toEqual([]);

    const presser = newUser();
    const suggestion = button(second, 'ask:');
    const answer = await click(h, second, suggestion.custom_id, presser);
    expect(answer.interaction_metadata?.user?.id).toBe(presser);
    expect(visible(answer)).toContain(suggestion.label);
    expect(visible(answer)).toMatch(/¶\d/);
  });

  it('without Create Public Threads the mention is answered in the channel, and nothing is said about threads', async () => {
    const h = (harness = await startLibraryHarness());
    await command(h, 'settings', { threads: true });
    const asked = await h.fake.sendMessage('签署了哪些协议？', { mentionBot: true, authorId: newUser() });
    const reply = await replyTo(h, asked.id);
    expect(reply.channel_id).toBe(h.fake.channelId);
    expect(visible(reply)).toContain('加快建设雄安新区中关村科技园合作协议');
    expect(visible(reply)).not.toMatch(/thread|话题|permission|权限/iu);
    expect(h.fake.threads()).toEqual([]);
  });

  it('a reply to one of wenda’s answers continues that answer: "the second one?" is its second item', async () => {
    const h = (harness = await startLibraryHarness());
    const member = newUser();
    const asked = await h.fake.sendMessage('签署了哪些协议？', { mentionBot: true, authorId: member });
    const answer = await replyTo(h, asked.id);
    const followUp = await h.fake.sendMessage('the second one?', { replyTo: answer.id, authorId: member });
    const reply = await replyTo(h, followUp.id);
    expect(visible(reply)).toContain('No. 2: 加快建设雄安新区中关村科技园合作协议');
    expect(reply.mentions).toEqual([]);
  });
});

describe('context in time and place', () => {
  it('a follow-up in another channel, or after the conversation expired, is a new question', async () => {
    const h = (harness = await startLibraryHarness({ bot: { conversationTtlMs: 1_500 } }));
    const member = newUser();
    await command(h, 'ask', { question: '王东峰是什么职务？' }, { userId: member });
    const elsewhere = await command(h, 'ask', { question: '他说了什么？' }, { userId: member, channelId: h.fake.otherChannelId });
    expect(visible(elsewhere)).not.toContain('关于王东峰');
    const here = await command(h, 'ask', { question: '他说了什么？' }, { userId: member });
    expect(visible(here)).toContain('关于王东峰');
    expect(visible(here)).toContain('河北人民永远铭记');
    // Another member in the same channel has a conversation of their own.
    expect(visible(await command(h, 'ask', { question: '他说了什么？' }, { userId: newUser() }))).not.toContain('关于王东峰');
    // Letting the conversation's time run out (the wait is the point, not a measurement).
    await pause(1_700);
    const later = await command(h, 'ask', { question: '他说了什么？' }, { userId: member });
    expect(visible(later)).not.toContain('关于王东峰');
  });
});

describe('feedback, sources and settings across a restart', () => {
  it('stores 👍 and 👎 (a hash, not the member id), a 👎 asks what was wrong in a modal, both work after a restart, and npm run feedback reports them', async () => {
    const h = (harness = await startLibraryHarness());
    const asker = newUser();
    const asked = await h.fake.sendMessage('签署了哪些协议？', { mentionBot: true, authorId: asker });
    const answer = await replyTo(h, asked.id);
    const up = await click(h, answer, button(answer, 'fb:up:').custom_id, asker);
    expect(up.flags! & EPHEMERAL).toBe(EPHEMERAL);
    expect(visible(up)).toContain('Thanks');
    // 👎 opens "what was wrong?": one optional field of at most 300 characters.
    const critic = newUser();
    const down = await h.fake.clickButton(answer.id, button(answer, 'fb:down:').custom_id, { userId: critic });
    const modal = await h.fake.waitForResponse(down.id, { final: true, timeoutMs: 10_000 });
    expect(modal.callbackType).toBe(9);
    expect(modal.body).toMatchObject({ title: 'What was wrong?', components: [{ type: 1, components: [{ type: 4, required: false, max_length: 300 }] }] });
    const field = String((modal.body.components as Array<{ components: Array<{ custom_id: string }> }>)[0]!.components[0]!.custom_id);
    // The client refuses more than the field allows; what fits is stored with the vote, and pings no one.
    await expect(h.fake.submitModal(down.id, { [field]: 'x'.repeat(301) })).rejects.toThrow(/300/u);
    const submitted = await h.fake.submitModal(down.id, { [field]: 'It listed only one agreement. @everyone' });
    const thanks = (await h.fake.waitForResponse(submitted.id, { final: true, timeoutMs: 10_000 })).message!;
    expect(thanks.flags! & EPHEMERAL).toBe(EPHEMERAL);
    expect(visible(thanks)).toContain('noted with your vote');
    expect(visible(thanks)).not.toContain('@everyone');
    await expect(h.fake.submitModal(down.id, { [field]: 'again' })).rejects.toThrow(/no open modal/u);

    await h.restart();
    const records = readRecords(feedbackFile(h.dataDir));
    expect(records.map((r) => r.vote).sort()).toEqual(['down', 'up']);
    for (const r of records) {
      expect(r).toMatchObject({ question: '签署了哪些协议？', intent: 'agreements', articleId: 'seed', guildId: h.fake.guildId });
      expect(JSON.stringify(r)).not.toContain(asker);
      expect(JSON.stringify(r)).not.toContain(critic);
    }
    expect(records.find((r) => r.vote === 'down')?.note).toBe('It listed only one agreement. @everyone');
    expect(records.find((r) => r.vote === 'up')?.note).toBeUndefined();
    const dir = mkdtempSync(join(tmpdir(), 'wenda-review-'));
    try {
      const review = join(dir, 'review.jsonl');
      const report = execFileSync(process.execPath, ['dist/scripts/feedback.js', '--review', review], { env: { ...process.env, WENDA_DATA_DIR: h.dataDir }, encoding: 'utf8' });
      expect(report).toContain('feedback: 2 votes, 1 👍, 1 👎');
      expect(report).toMatch(/agreements\s+1 👍\s+1 👎/u);
      expect(report).toContain('1 👎 1 👍  [agreements] 签署了哪些协议？');
      expect(report).toContain('“It listed only one agreement. @everyone”');
      const lines = readFileSync(review, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines).toEqual([expect.objectContaining({ question: '签署了哪些协议？', intent: 'agreements', lang: 'zh', answerable: true, evidence: [], answer_keys: [], notes: ['It listed only one agreement. @everyone'] })]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    // After the restart every button still works: a vote is stored from what its button carries,
    // a 👎's modal still goes with it, and the source and the suggestions answer.
    const late = newUser();
    expect(visible(await click(h, answer, button(answer, 'fb:up:').custom_id, late))).toContain('glad it helped');
    const lateDown = await h.fake.clickButton(answer.id, button(answer, 'fb:down:').custom_id, { userId: newUser() });
    expect((await h.fake.waitForResponse(lateDown.id, { final: true, timeoutMs: 10_000 })).callbackType).toBe(9);
    const lateNote = await h.fake.submitModal(lateDown.id, { [field]: '' });
    expect(visible((await h.fake.waitForResponse(lateNote.id, { final: true, timeoutMs: 10_000 })).message)).toContain('noted with your vote');
    const after = readRecords(feedbackFile(h.dataDir));
    expect(after).toHaveLength(4);
    for (const r of after) expect(r).toMatchObject({ question: '签署了哪些协议？', intent: 'agreements', articleId: 'seed', guildId: h.fake.guildId });
    const source = await click(h, answer, button(answer, 'src:').custom_id, newUser());
    expect(source.flags! & EPHEMERAL).toBe(EPHEMERAL);
    expect(visible(source)).toContain('会后，双方签署了进一步加强非首都功能疏解重点承接平台建设合作协议');
    const suggested = await click(h, answer, button(answer, 'ask:').custom_id, newUser());
    expect(visible(suggested)).toMatch(/¶\d/);
  });

  it('a vote on a long question keeps its opening within the 100 characters of a button id, and a vote on an article the server no longer holds refuses', async () => {
    const h = (harness = await startLibraryHarness());
    const long = 'What agreements did the Beijing and Hebei delegations sign at the talks held in Beijing on that day, and what were they called?';
    const asked = await h.fake.sendMessage(long, { mentionBot: true, authorId: newUser() });
    const answer = await replyTo(h, asked.id);
    const vote = button(answer, 'fb:up:').custom_id;
    expect(vote.length).toBeLessThanOrEqual(100);
    await h.restart();
    await click(h, answer, vote, newUser());
    const [record] = readRecords(feedbackFile(h.dataDir));
    expect(record?.question.endsWith('…')).toBe(true);
    expect(long.startsWith(record!.question.slice(0, -1))).toBe(true);

    const file = readFileSync(join(import.meta.dirname, 'fixtures', 'library', 'marathon.txt'), 'utf8');
    const { article } = await h.library.load(h.fake.guildId, { articleFile: file, source: { kind: 'file', value: 'marathon.txt', loadedBy: newUser(), loadedAt: new Date().toISOString() } });
    const marathon = await replyTo(h, (await h.fake.sendMessage('东湖马拉松有多少名选手报名参赛？', { mentionBot: true, authorId: newUser() })).id);
    await h.library.remove(h.fake.guildId, article.id);
    await h.restart();
    expect(visible(await click(h, marathon, button(marathon, 'fb:down:').custom_id, newUser()))).toContain('too old to rate');
    expect(readRecords(feedbackFile(h.dataDir))).toHaveLength(1);
  });

  it('settings are for Manage Server, change the answers, and persist over a restart', async () => {
    const h = (harness = await startLibraryHarness());
    expect(visible(await command(h, 'settings', { language: 'en' }, { userId: newUser() }))).toContain('Only members with Manage Server');
    const set = await command(h, 'settings', { language: 'en', ask_answers: 'ephemeral' });
    expect(visible(set)).toContain("Answer language: English");
    await h.restart();
    const english = await command(h, 'ask', { question: '签署了哪些协议？' }, { userId: newUser() });
    expect(english.flags! & EPHEMERAL).toBe(EPHEMERAL);
    expect(english.embeds?.[0]?.title).toMatch(/agreement/i);
    await command(h, 'settings', { language: 'auto', ask_answers: 'public' });
    const chinese = await command(h, 'ask', { question: '签署了哪些协议？' }, { userId: newUser() });
    expect((chinese.flags ?? 0) & EPHEMERAL).toBe(0);
    expect(chinese.embeds?.[0]?.title).toMatch(/协议/u);
  });

  it('a button about an article the server no longer holds refuses, and reads nothing of it', async () => {
    const h = (harness = await startLibraryHarness());
    const file = readFileSync(join(import.meta.dirname, 'fixtures', 'library', 'marathon.txt'), 'utf8');
    const { article } = await h.library.load(h.fake.guildId, { articleFile: file, source: { kind: 'file', value: 'marathon.txt', loadedBy: newUser(), loadedAt: new Date().toISOString() } });
    const asked = await h.fake.sendMessage('东湖马拉松有多少名选手报名参赛？', { mentionBot: true, authorId: newUser() });
    const answer = await replyTo(h, asked.id);
    expect(visible(answer)).toContain('两万名');
    const source = button(answer, 'src:');
    expect(source.custom_id).toContain(article.id);
    await h.library.remove(h.fake.guildId, article.id);
    const refused = await click(h, answer, source.custom_id, newUser());
    expect(visible(refused)).toContain("That article is not in this server's library");
    expect(visible(refused)).not.toContain('东湖');
  });
});
