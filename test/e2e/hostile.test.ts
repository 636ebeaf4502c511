import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { payloadProblems } from '../../src/discord/limits.js';
import type { Payload } from '../../src/discord/payload.js';
import type { InteractionResult, StoredMessage } from './fake-discord/index.js';
import { HOSTILE_CASES, type HostileCase } from '../support/hostile-inputs.js';
import { safetyProblems } from '../support/hostile-checks.js';
import { finals, newUser, pause, startHarness, visible, type Harness } from './support/harness.js';

/**
 * The hostile-input table through the live bot: each question sent as /ask and as a mention, the
 * reply read back from the test server, which checks every body against Discord's own limits
 * (a 400 there would leave no answer). Never a crash, never a ping, never an answer lost or doubled.
 */

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ cooldownMs: 0 });
});
afterAll(async () => {
  await h?.close();
});

/** The body the bot sent, as the renderer's Payload, so the bot's own limit checker can read it. */
function asPayload(message: StoredMessage, body: Record<string, unknown>): Payload {
  const mentions = body.allowed_mentions as { parse?: [] } | undefined;
  return {
    content: message.content ?? undefined,
    embeds: message.embeds ?? [],
    components: (message.components ?? []) as Payload['components'],
    allowedMentions: { parse: mentions?.parse ?? ([] as []), repliedUser: false },
  } as Payload;
}

/** What every reply must be, whatever was asked. */
function expectSafe(message: StoredMessage, body: Record<string, unknown>): void {
  expect(body.allowed_mentions).toMatchObject({ parse: [] });
  expect(message.mentions).toEqual([]);
  expect(message.mention_roles).toEqual([]);
  expect(message.mention_everyone).toBe(false);
  expect(payloadProblems(asPayload(message, body))).toEqual([]);
  expect(safetyProblems(message)).toEqual([]);
}

/** What a user should read for this case. */
function expectSensible(c: HostileCase, text: string, viaMention: boolean): void {
  if (c.expect === 'refuse') {
    expect(text.length).toBeLessThan(200);
    // An empty mention is a bare mention, answered with a short help.
    expect(text).toMatch(viaMention ? /question|问题|\/ask/ : /question|问题/);
    return;
  }
  expect(text.length).toBeGreaterThan(0);
  if (c.expect === 'answer') expect(text).toMatch(c.language === 'en' ? /Sources/ : c.language === 'zh' ? /出处/ : /Sources|出处/);
}

const viaCommand = HOSTILE_CASES.filter((c) => c.input.length > 0); // Discord's client sends no empty required option.

describe('hostile input as /ask', () => {
  it.each(viaCommand.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const interaction = await h.fake.sendCommand('ask', { question: c.input }, { userId: newUser(), locale: 'en-US' });
    const final: InteractionResult = await h.fake.waitForResponse(interaction.id, { final: true });
    await pause(20);
    expect(finals(h.fake.responsesTo(interaction.id))).toHaveLength(1);
    const message = final.message as StoredMessage;
    expectSafe(message, final.body);
    expectSensible(c, visible(message), false);
  });
});

describe('hostile input as a mention', () => {
  it.each(HOSTILE_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const sent = await h.fake.sendMessage(c.input, { mentionBot: true, authorId: newUser() });
    const reply = await h.fake.waitForChannelMessage((m) => m.message_reference?.message_id === sent.id);
    await pause(20);
    expect(h.fake.messages().filter((m) => m.message_reference?.message_id === sent.id)).toHaveLength(1);
    const request = h.fake.requests.find((r) => r.method === 'POST' && r.status === 200 && JSON.stringify(r.body).includes(sent.id));
    const body = (request?.body ?? {}) as Record<string, unknown>;
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expectSafe(reply, body);
    expectSensible(c, visible(reply), true);
  });
});

describe('after all of it', () => {
  it('no request was refused by the server and nothing was logged as an error', () => {
    expect(h.fake.requests.filter((r) => r.status >= 400).map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([]);
    expect(h.logged(50)).toEqual([]);
  });
});
