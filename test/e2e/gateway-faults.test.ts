import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Interaction } from './fake-discord/index.js';
import { callbacks, finals, newUser, pause, startHarness, until, visible, type Harness } from './support/harness.js';

/**
 * Gateway faults through the real bot and discord.js: the connection drops, Discord asks for a
 * reconnect or invalidates the session, heartbeats stop being acknowledged, READY is slow. After
 * each, answers keep flowing — including to interactions sent while the bot was away (Discord
 * replays them on RESUME) — and the server counts exactly one answer per interaction.
 */

let h: Harness;
beforeAll(async () => {
  // Short heartbeats, so a zombie connection is noticed within about a second.
  h = await startHarness({ cooldownMs: 0 }, { heartbeatIntervalMs: 500 });
});
afterAll(async () => {
  await h?.close();
});

const QUESTIONS = ['谁参加了座谈会？', 'What agreements were signed?', '签署了哪些协议？'];

/** Sends `n` /ask interactions, each from its own user. */
async function ask(n: number): Promise<Interaction[]> {
  const sent: Interaction[] = [];
  for (let i = 0; i < n; i++) sent.push(await h.fake.sendCommand('ask', { question: QUESTIONS[i % QUESTIONS.length]! }, { userId: newUser() }));
  return sent;
}

/** Each interaction got one callback and one visible answer that answers the question. */
async function expectAnsweredOnce(sent: Interaction[]): Promise<void> {
  await Promise.all(sent.map((i) => h.fake.waitForResponse(i.id, { final: true, timeoutMs: 8_000 })));
  await pause(100); // room for a duplicate to show up
  for (const interaction of sent) {
    const results = h.fake.responsesTo(interaction.id);
    expect(callbacks(results)).toHaveLength(1);
    expect(finals(results)).toHaveLength(1);
    expect(visible(finals(results)[0]?.message)).toMatch(/出处|Sources/);
  }
}

async function answersFlow(): Promise<void> {
  await expectAnsweredOnce(await ask(3));
}

describe('gateway faults', () => {
  for (const code of [1006, 4000]) {
    it(`resumes after the socket closes with ${code}, and answers what was sent while away`, async () => {
      const { identifies, resumes } = h.fake;
      h.fake.closeGateway(code);
      const away = await ask(3);
      await until(() => h.fake.resumes > resumes, 'a RESUME');
      expect(h.fake.identifies).toBe(identifies);
      await expectAnsweredOnce(away);
      await answersFlow();
    });
  }

  it('reconnects and resumes on op 7 Reconnect, losing nothing sent around it', async () => {
    const { identifies, resumes } = h.fake;
    h.fake.sendGatewayOp(7);
    const around = await ask(3);
    await until(() => h.fake.resumes > resumes, 'a RESUME');
    expect(h.fake.identifies).toBe(identifies);
    await expectAnsweredOnce(around);
    await answersFlow();
  });

  it('resumes on op 9 Invalid Session (resumable)', async () => {
    const { identifies, resumes } = h.fake;
    h.fake.sendGatewayOp(9, true);
    await until(() => h.fake.resumes > resumes, 'a RESUME');
    expect(h.fake.identifies).toBe(identifies);
    await answersFlow();
  });

  it('notices a zombie connection (heartbeat ACKs stop) and replaces it', async () => {
    const { resumes, identifies } = h.fake;
    h.fake.setHeartbeatAcks(false);
    try {
      await until(() => h.fake.resumes + h.fake.identifies > resumes + identifies, 'the zombie connection to be replaced');
    } finally {
      h.fake.setHeartbeatAcks(true);
    }
    expect(h.fake.resumes).toBeGreaterThan(resumes);
    await h.fake.waitForReady();
    await answersFlow();
  });

  it('identifies afresh on op 9 Invalid Session (not resumable), waits for a slow READY, then answers', async () => {
    const { identifies } = h.fake;
    h.fake.setReadyDelay(1_500);
    try {
      h.fake.sendGatewayOp(9, false);
      await until(() => h.fake.identifies > identifies, 'a fresh IDENTIFY');
      await h.fake.waitForReady(6_000);
    } finally {
      h.fake.setReadyDelay(0);
    }
    await answersFlow();
  });

  it('never failed a callback or logged an error through all of it', () => {
    expect(h.fake.requests.filter((r) => r.status >= 400).map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([]);
    expect(h.logged(50)).toEqual([]);
  });
});

describe('a READY slow to come at login', () => {
  it('starts once READY arrives and answers', async () => {
    const slow = await startHarness({ cooldownMs: 0 }, {}, (fake) => fake.setReadyDelay(1_500));
    try {
      expect(slow.bot.client.isReady()).toBe(true);
      const interaction = await slow.fake.sendCommand('ask', { question: '谁参加了座谈会？' }, { userId: newUser() });
      const result = await slow.fake.waitForResponse(interaction.id, { final: true });
      expect(visible(result.message)).toContain('出处');
      expect(slow.fake.responsesTo(interaction.id).filter((r) => r.final)).toHaveLength(1);
    } finally {
      await slow.close();
    }
  });
});
