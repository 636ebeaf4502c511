import { describe, expect, it } from 'vitest';
import { busyNote, busyShare } from '../../bench/busy.js';
import { resultsMarkdown } from '../../bench/report.js';

const report = { date: '2000-01-01', revision: 'commit test', runs: { builds: 1, queryPasses: 1, coldRuns: 0, largeBuilds: 1, largePasses: 1 }, questionsNote: '', scale: [], scored: false, verdicts: [], benchSeconds: 1 };

// Timings taken beside other work read high (a p99 of 5.07 ms against 3.63–4.04 idle): the bench says so.
describe('a bench run on a busy machine', () => {
  it('is told apart by the share of CPU time other work takes as it begins', () => {
    expect(busyNote(0.5, 2)).toMatch(/other work kept 50% of the 2 cores' time busy/);
    expect(busyNote(0.05, 2)).toBeUndefined();
  });

  it('measures that share from the machine, between none and all of it', async () => {
    const share = await busyShare(50);
    expect(share).toBeGreaterThanOrEqual(0);
    expect(share).toBeLessThanOrEqual(1);
  });

  it('carries the warning into bench/results.md, and only then', () => {
    const busy = busyNote(0.5, 2)!;
    expect(resultsMarkdown({ ...report, busy })).toContain(`**Warning:** ${busy}.`);
    expect(resultsMarkdown(report)).not.toContain('Warning');
  });
});
