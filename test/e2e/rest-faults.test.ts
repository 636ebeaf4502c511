import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InteractionResult } from './fake-discord/index.js';
import { callbacks, finals, newUser, pause, startHarness, until, visible, type Harness } from './support/harness.js';

/**
 * REST faults injected by the test server into the real bot's calls: rate limits, server errors,
 * a slow API and an expired interaction token. Each time the answer lands once or the failure is
 * logged — never twice, never a crash — and the next question is answered as usual.
 */

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ cooldownMs: 0 });
});
afterAll(async () => {
  await h?.close();
});

const CALLBACK = /^\/interactions\/\d+\/[^/]+\/callback$/;
const ORIGINAL = /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/;
const CHANNEL_MESSAGES = /^\/channels\/\d+\/messages$/;

async function askOnce(question = '谁参加了座谈会？'): Promise<{ id: string; final: InteractionResult; results: InteractionResult[] }> {
  const interaction = await h.fake.sendCommand('ask', { question }, { userId: newUser() });
  const final = await h.fake.waitForResponse(interaction.id, { final: true, timeoutMs: 8_000 });
  await pause(150); // room for a duplicate to show up
  return { id: interaction.id, final, results: h.fake.responsesTo(interaction.id) };
}

/** Statuses the server gave to calls about one interaction (its callback and its webhook), in order. */
function statusesFor(id: string): number[] {
  const token = h.fake.requests.find((r) => r.path.startsWith(`/interactions/${id}/`))?.path.split('/')[3] ?? '?';
  return h.fake.requests.filter((r) => r.path.includes(`/${id}/`) || r.path.includes(`/${token}`)).map((r) => r.status);
}

async function stillAnswers(): Promise<void> {
  const { final, results } = await askOnce('What agreements were signed?');
  expect(finals(results)).toHaveLength(1);
  expect(visible(final.message)).toContain('Sources');
}

describe('429 Too Many Requests with retry_after', () => {
  it('on the interaction callback: waits, retries, and the answer lands once', async () => {
    h.fake.addRestFault({ path: CALLBACK, status: 429, retryAfter: 0.3 });
    const { id, final, results } = await askOnce();
    expect(statusesFor(id).slice(0, 2)).toEqual([429, 204]);
    expect(callbacks(results)).toHaveLength(1);
    expect(finals(results)).toHaveLength(1);
    expect(visible(final.message)).toContain('出处');
  });

  it('on the edit that carries the answer: waits, retries, and it lands once', async () => {
    h.fake.addRestFault({ method: 'PATCH', path: ORIGINAL, status: 429, retryAfter: 0.3 });
    const { id, final, results } = await askOnce();
    expect(statusesFor(id)).toContain(429);
    expect(finals(results)).toHaveLength(1);
    expect(visible(final.message)).toContain('出处');
  });

  it('on a channel message (a mention reply): waits, retries, and the reply lands once', async () => {
    h.fake.addRestFault({ method: 'POST', path: CHANNEL_MESSAGES, status: 429, retryAfter: 0.3 });
    const before = h.fake.requests.length;
    const sent = await h.fake.sendMessage('谁参加了座谈会？', { mentionBot: true, authorId: newUser() });
    const reply = await h.fake.waitForChannelMessage((m) => m.message_reference?.message_id === sent.id, 8_000);
    await pause(150);
    expect(visible(reply)).toContain('出处');
    expect(h.fake.messages().filter((m) => m.message_reference?.message_id === sent.id)).toHaveLength(1);
    const posts = h.fake.requests.slice(before).filter((r) => r.method === 'POST' && CHANNEL_MESSAGES.test(r.path));
    expect(posts.map((r) => r.status)).toEqual([429, 200]);
  });
});

describe('500 and 502 from the API', () => {
  for (const status of [500, 502]) {
    it(`${status} on every try of the callback: bounded retries, a logged failure, then the user is told once`, async () => {
      // discord.js retries a 5xx three times; a fourth failure is final.
      h.fake.addRestFault({ path: CALLBACK, status, times: 4 });
      const errorsBefore = h.logged(50).length;
      const { id, final, results } = await askOnce();
      const tries = statusesFor(id).filter((s) => s === status).length;
      expect(tries).toBe(4);
      const errors = h.logged(50).slice(errorsBefore);
      expect(errors.map((e) => e.msg)).toEqual(['interaction failed']);
      expect(callbacks(results)).toHaveLength(1);
      expect(finals(results)).toHaveLength(1);
      expect(final.message?.content).toMatch(/went wrong|出错/i);
      await stillAnswers();
    });
  }

  it('a 500 once is retried and the answer lands as if nothing happened', async () => {
    h.fake.addRestFault({ method: 'PATCH', path: ORIGINAL, status: 500 });
    const { final, results } = await askOnce();
    expect(finals(results)).toHaveLength(1);
    expect(visible(final.message)).toContain('出处');
  });

  it('502 on every try of a mention reply: logged, no crash, and the next mention is answered', async () => {
    h.fake.addRestFault({ method: 'POST', path: CHANNEL_MESSAGES, status: 502, times: 4 });
    const errorsBefore = h.logged(50).length;
    const sent = await h.fake.sendMessage('谁参加了座谈会？', { mentionBot: true, authorId: newUser() });
    await until(() => h.logged(50).length > errorsBefore, 'the failure to be logged');
    const note = await h.fake.waitForChannelMessage((m) => m.message_reference?.message_id === sent.id, 8_000);
    await pause(150);
    expect(h.logged(50).slice(errorsBefore).map((e) => e.msg)).toEqual(['mention failed']);
    expect(h.fake.messages().filter((m) => m.message_reference?.message_id === sent.id)).toHaveLength(1);
    expect(note.content).toMatch(/went wrong|出错/i);
    const next = await h.fake.sendMessage('Who attended?', { mentionBot: true, authorId: newUser() });
    const reply = await h.fake.waitForChannelMessage((m) => m.message_reference?.message_id === next.id, 8_000);
    expect(visible(reply)).toContain('Sources');
  });
});

describe('a slow API', () => {
  it('2 s on the first callback: the deferral goes out, and the answer follows as an edit', async () => {
    h.fake.addRestFault({ path: CALLBACK, status: 200, delayMs: 2_000 });
    const { final, results } = await askOnce();
    expect(results.map((r) => r.kind)).toEqual(['callback', 'edit-original']);
    expect(results[0]?.callbackType).toBe(5);
    expect(results[0]!.latencyMs).toBeGreaterThanOrEqual(2_000); // the fault really applied
    expect(visible(final.message)).toContain('出处');
  });
});

describe('an expired interaction token', () => {
  it('before the first callback: logged, nothing sent, no crash', async () => {
    // Hold the callback in flight, expire the token meanwhile: Discord answers 10062 Unknown interaction.
    h.fake.addRestFault({ path: CALLBACK, status: 200, delayMs: 300 });
    const errorsBefore = h.logged(40).length;
    const interaction = await h.fake.sendCommand('ask', { question: '谁参加了座谈会？' }, { userId: newUser() });
    h.fake.expireInteraction(interaction.id);
    await until(() => h.logged(40).length >= errorsBefore + 2, 'the failure and the failed report to be logged');
    await pause(150);
    expect(h.fake.responsesTo(interaction.id)).toEqual([]);
    const lines = h.logged(40).slice(errorsBefore);
    expect(lines.map((l) => l.msg)).toEqual(['interaction failed', 'could not report the failure']);
    expect(lines[0]?.err?.message).toMatch(/Unknown interaction/);
    await stillAnswers();
  });

  it('after the deferral: the edit fails, it is logged, and the deferral is all that was sent', async () => {
    h.fake.addRestFault({ method: 'PATCH', path: ORIGINAL, status: 200, delayMs: 300 });
    const errorsBefore = h.logged(40).length;
    const interaction = await h.fake.sendCommand('ask', { question: '谁参加了座谈会？' }, { userId: newUser() });
    await h.fake.waitForResponse(interaction.id);
    h.fake.expireInteraction(interaction.id);
    await until(() => h.logged(40).length >= errorsBefore + 2, 'the failure and the failed report to be logged');
    await pause(150);
    expect(h.fake.responsesTo(interaction.id).map((r) => [r.kind, r.callbackType])).toEqual([['callback', 5]]);
    expect(h.logged(40).slice(errorsBefore).map((l) => l.msg)).toEqual(['interaction failed', 'could not report the failure']);
    await stillAnswers();
  });
});

describe('through all of it', () => {
  it('the bot process is still logged in and never logged the token', () => {
    expect(h.bot.client.isReady()).toBe(true);
    for (const line of h.logs) expect(line).not.toContain(h.fake.token);
  });
});
