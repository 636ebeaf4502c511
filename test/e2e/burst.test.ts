import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callbacks, finals, newUser, pause, startHarness, visible, type Harness } from './support/harness.js';
import type { Interaction } from './fake-discord/index.js';

/**
 * A burst through the real bot and the real discord.js client: 1,000 interactions from 50 users
 * within 10 s. Every one must be answered exactly once — an answer, or the ephemeral "slow down"
 * the cooldown gives (that is an answer too: nothing is dropped silently). Counted on the server.
 */

const USERS = 50;
const PER_USER = 20;
/**
 * 40 waves of 25 (the two halves of the users take turns), one every 240 ms: all 1,000 sent in
 * under 10 s, as the issue asks. Sending them faster (all in ~4 s) also passes on an idle box, but
 * with the rest of the suite on the other core the test server — which shares this process with
 * the bot — lags enough that some first responses miss Discord's 3-second window.
 */
const WAVES = 40;
const WAVE_GAP_MS = 240;
const COOLDOWN_MS = 1_000;

const SHAPES: Array<[string, Record<string, string | number>]> = [
  ['ask', { question: '谁参加了座谈会？' }],
  ['ask', { question: 'What agreements were signed?' }],
  ['attendees', {}],
  ['ask', { question: '總書記考察了哪些地方？' }],
  ['summary', {}],
  ['ask', { question: 'Where did they visit?' }],
  ['visits', {}],
  ['ask', { question: '@everyone 签了什么协议？' }],
  ['agreements', {}],
  ['article', { paragraph: 2 }],
];

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ cooldownMs: COOLDOWN_MS });
});
afterAll(async () => {
  await h?.close();
});

// A full GC before each memory figure, so the figures compare live objects, not garbage.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap and RSS after a full GC. The fake server lives in this process too, and keeps every message. */
async function memory(): Promise<{ heapMB: number; rssMB: number }> {
  gc();
  await pause(50);
  const m = process.memoryUsage();
  return { heapMB: m.heapUsed / 2 ** 20, rssMB: m.rss / 2 ** 20 };
}

describe('a burst of 1,000 interactions from 50 users', () => {
  it('answers every one exactly once: an answer or an ephemeral "slow down", none lost, none doubled', async () => {
    const before = await memory();
    const users = Array.from({ length: USERS }, () => newUser());
    const sent: Array<{ interaction: Interaction; user: string }> = [];
    const started = Date.now();
    const half = USERS / 2;
    for (let wave = 0; wave < WAVES; wave++) {
      users.slice((wave % 2) * half, (wave % 2) * half + half).forEach((user, u) => {
        const [name, options] = SHAPES[(wave + u) % SHAPES.length]!;
        sent.push({ interaction: h.fake.sendCommand(name, options, { userId: user, locale: u % 2 ? 'zh-CN' : 'en-US' }) as never, user });
      });
      if (wave < WAVES - 1) await pause(WAVE_GAP_MS);
    }
    const sendSpanMs = Date.now() - started;
    const interactions = await Promise.all(sent.map(async (s) => ({ ...s, interaction: await s.interaction })));
    expect(interactions).toHaveLength(USERS * PER_USER);
    for (const user of users) expect(interactions.filter((i) => i.user === user)).toHaveLength(PER_USER);
    await Promise.all(interactions.map(({ interaction }) => h.fake.waitForResponse(interaction.id, { final: true, timeoutMs: 15_000 })));
    const doneMs = Date.now() - started;
    // Let anything that would come twice come.
    await pause(300);

    let answered = 0;
    let slowed = 0;
    for (const { interaction } of interactions) {
      const results = h.fake.responsesTo(interaction.id);
      expect(callbacks(results), `callbacks to ${interaction.id}`).toHaveLength(1);
      expect(finals(results), `answers to ${interaction.id}`).toHaveLength(1);
      const final = finals(results)[0]!;
      const text = visible(final.message);
      if (/^(Slow down|请稍等|慢一点)/.test(final.message?.content ?? '')) {
        slowed++;
        expect(final.message?.flags ?? 0).toBe(64);
      } else {
        answered++;
        expect(text.length).toBeGreaterThan(20);
      }
      expect(final.message?.mentions ?? []).toEqual([]);
      expect(final.message?.mention_everyone ?? false).toBe(false);
    }
    expect(answered + slowed).toBe(USERS * PER_USER);
    // The cooldown let each user through more than once over the burst, and refused the rest.
    expect(answered).toBeGreaterThanOrEqual(USERS * 2);
    expect(slowed).toBeGreaterThan(0);
    // No 4xx/5xx from the server: nothing was rejected, late or over a limit.
    expect(h.fake.requests.filter((r) => r.status >= 400).map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([]);
    expect(h.logged(50)).toEqual([]);

    const acks = interactions.map(({ interaction }) => callbacks(h.fake.responsesTo(interaction.id))[0]!.latencyMs).sort((a, b) => a - b);
    const ackFigure = `first response after dispatch: median ${acks[acks.length >> 1]} ms, p99 ${acks[Math.floor(acks.length * 0.99)]} ms, max ${acks.at(-1)} ms`;
    const after = await memory();
    // Reported, not asserted tightly: the bound only catches a leak the size of the burst.
    console.log(
      `burst: ${interactions.length} interactions sent in ${sendSpanMs} ms, all answered after ${doneMs} ms; ` +
        `${answered} answers, ${slowed} "slow down"; ${ackFigure}; heap ${before.heapMB.toFixed(1)} → ${after.heapMB.toFixed(1)} MB, rss ${before.rssMB.toFixed(1)} → ${after.rssMB.toFixed(1)} MB`,
    );
    expect(after.heapMB - before.heapMB).toBeLessThan(100);
  }, 40_000);

  it('does not let one user’s 10,000-character question hold up anyone else', async () => {
    const long = await h.fake.sendMessage('谁'.repeat(10_000), { mentionBot: true, authorId: newUser() });
    const others = await Promise.all(
      Array.from({ length: 20 }, (_, i) => h.fake.sendCommand('ask', { question: i % 2 ? '签署了哪些协议？' : 'Who attended?' }, { userId: newUser() })),
    );
    const answers = await Promise.all(others.map((o) => h.fake.waitForResponse(o.id, { final: true, timeoutMs: 8_000 })));
    for (const answer of answers) expect(visible(answer.message)).toMatch(/出处|Sources/);
    // The long one is answered too — briefly, saying what is wrong, without echoing it back.
    const reply = await h.fake.waitForChannelMessage((m) => m.message_reference?.message_id === long.id);
    expect(reply.content).toMatch(/300/);
    expect(visible(reply).length).toBeLessThan(400);
    expect(h.fake.messages().filter((m) => m.message_reference?.message_id === long.id)).toHaveLength(1);
  });
});
