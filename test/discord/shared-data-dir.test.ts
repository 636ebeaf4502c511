import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsStore } from '../../src/discord/settings.js';
import { FeedbackStore } from '../../src/feedback/index.js';
import type { FeedbackRecord } from '../../src/feedback/types.js';

/** Shards on one machine run as processes sharing one data directory: two stores on one folder stand for them. */
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wenda-shared-data-'));
  dirs.push(dir);
  return dir;
}

const vote = (answerId: string, guildId: string): FeedbackRecord => ({
  vote: 'up',
  question: '谁参加了座谈会？',
  answerId,
  intent: 'attendees',
  articleId: 'seed',
  guildId,
  member: 'a1b2c3',
  at: '2026-12-01T08:00:00.000Z',
});

describe('two processes on one data directory', () => {
  it("keep each other's server settings", () => {
    const dir = dataDir();
    const shard0 = new SettingsStore(dir);
    const shard1 = new SettingsStore(dir);
    shard0.change('100000000000000001', { language: 'zh' });
    shard1.change('100000000000000002', { threads: true });
    const restarted = new SettingsStore(dir);
    expect(restarted.of('100000000000000001').language).toBe('zh');
    expect(restarted.of('100000000000000002').threads).toBe(true);
  });

  it("keep each other's votes", async () => {
    const dir = dataDir();
    const shard0 = new FeedbackStore(dir);
    const shard1 = new FeedbackStore(dir);
    await shard0.add(vote('answer-0', '100000000000000001'));
    await shard1.add(vote('answer-1', '100000000000000002'));
    expect((await new FeedbackStore(dir).all()).map((r) => r.answerId)).toEqual(['answer-0', 'answer-1']);
  });
});
