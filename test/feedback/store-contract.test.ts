import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FeedbackStore, PgFeedbackStore, type FeedbackRecord, type FeedbackStorage } from '../../src/feedback/index.js';
import { freshDatabase } from '../support/databases.js';

/** A place votes are kept, and stores opened on it: a second store on the same place is a restart (or another process). */
interface Backend {
  name: string;
  place(): Promise<(maxRecords?: number) => Promise<FeedbackStorage>>;
}

const opened: FeedbackStorage[] = [];
const dirs: string[] = [];

afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

const BACKENDS: Backend[] = [
  {
    name: 'files in the data directory (the default)',
    async place() {
      const dir = await mkdtemp(join(tmpdir(), 'wenda-feedback-'));
      dirs.push(dir);
      return async (maxRecords) => {
        const store = new FeedbackStore(dir, maxRecords);
        opened.push(store);
        return store;
      };
    },
  },
  {
    name: 'PostgreSQL',
    async place() {
      const connectionString = await freshDatabase();
      return async (maxRecords) => {
        const store = await PgFeedbackStore.open({ connectionString, ...(maxRecords ? { maxRecords } : {}) });
        opened.push(store);
        return store;
      };
    },
  },
];

const vote = (answerId: string, member: string, v: FeedbackRecord['vote'], extra: Partial<FeedbackRecord> = {}): FeedbackRecord => ({
  vote: v,
  question: '签署了哪些协议？',
  answerId,
  intent: 'agreements',
  articleId: 'seed',
  guildId: '1234567890',
  member,
  at: '2026-11-30T12:00:00.000Z',
  ...extra,
});

describe.each(BACKENDS)('the feedback store contract: $name', (backend) => {
  it('keeps votes over a restart, one per member and answer, a vote given again replacing the first (and its note)', async () => {
    const open = await backend.place();
    const store = await open();
    await store.add(vote('a1', 'm1', 'up'));
    await store.add(vote('a1', 'm2', 'down', { guildId: null }));
    expect(await store.annotate('a1', 'm2', '  It listed only one agreement.  ')).toBe(true);
    await store.add(vote('a2', 'm1', 'down'));
    const again = await open();
    expect(await again.all()).toEqual([
      vote('a1', 'm1', 'up'),
      vote('a1', 'm2', 'down', { guildId: null, note: 'It listed only one agreement.' }),
      vote('a2', 'm1', 'down'),
    ]);
    await again.add(vote('a1', 'm2', 'up'));
    expect((await again.all()).map((r) => `${r.answerId}:${r.member}:${r.vote}:${r.note ?? ''}`)).toEqual(['a1:m1:up:', 'a2:m1:down:', 'a1:m2:up:']);
  });

  it('adds a note only to a vote that exists, cut at 300 characters; an empty note leaves the vote as it was', async () => {
    const store = await (await backend.place())();
    expect(await store.annotate('nothing', 'm1', 'hello')).toBe(false);
    await store.add(vote('a1', 'm1', 'down'));
    expect(await store.annotate('a1', 'm1', '   ')).toBe(true);
    expect((await store.all())[0]?.note).toBeUndefined();
    expect(await store.annotate('a1', 'm1', `${'长'.repeat(299)}🙂🙂`)).toBe(true);
    expect([...((await store.all())[0]?.note ?? '')]).toHaveLength(300);
    // Another member's note cannot land on this member's vote.
    expect(await store.annotate('a1', 'm2', 'not mine')).toBe(false);
  });

  it('stays bounded: past its maximum the oldest votes go', async () => {
    const store = await (await backend.place())(3);
    for (const n of [1, 2, 3, 4, 5]) await store.add(vote(`a${n}`, 'm1', 'up'));
    expect((await store.all()).map((r) => r.answerId)).toEqual(['a3', 'a4', 'a5']);
  });
});

describe('npm run feedback with WENDA_DATABASE_URL', () => {
  it('reports the votes kept in the database, notes included', async () => {
    const connectionString = await freshDatabase();
    const store = await PgFeedbackStore.open({ connectionString });
    opened.push(store);
    await store.add(vote('a1', 'm1', 'down'));
    await store.annotate('a1', 'm1', 'Only one agreement.');
    await store.add(vote('a1', 'm2', 'up'));
    const report = execFileSync(process.execPath, ['dist/scripts/feedback.js'], { env: { ...process.env, WENDA_DATABASE_URL: connectionString, WENDA_DATA_DIR: join(tmpdir(), 'wenda-no-such-dir') }, encoding: 'utf8' });
    expect(report).toContain('feedback: 2 votes, 1 👍, 1 👎');
    expect(report).toContain('1 👎 1 👍  [agreements] 签署了哪些协议？');
    expect(report).toContain('“Only one agreement.”');
  });
});
