// The soak's short version: the same mix of real and hostile questions through guards, engine,
// renderer and page store, 2,000 of them. Asserts no error and bounded state, never a time;
// `npm run soak` runs the 100,000 and reports latency and memory.
import { describe, expect, it } from 'vitest';
import { runSoak } from '../../bench/soak.js';
import { createPageStore } from '../../src/discord/page-store.js';
import { engineFor, seedFile } from '../helpers.js';

describe('soak, short', () => {
  it('answers 2,000 questions without an error or a broken limit, and keeps its state bounded', async () => {
    const pages = createPageStore({ maxEntries: 50 });
    const result = await runSoak({ questions: 2_000, window: 500, warmup: 500, engine: await engineFor(seedFile), pages });
    expect(result.errors).toEqual([]);
    expect(result.windows.map((w) => w.done)).toEqual([500, 1000, 1500, 2000]);
    // Paged answers were stored, and the store stayed at its bound rather than growing with the run.
    expect(result.pageStoreSize).toBe(50);
    // Generous: only growth on the scale of the run (a leak per question) fails this.
    expect(result.heapGrowthMB).toBeLessThan(30);
  });
});
