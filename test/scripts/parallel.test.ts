import { describe, expect, it } from 'vitest';
import { inParallel, nodeOutput } from '../../scripts/parallel.js';

// The training scripts fit rankers and score folds in child processes, a core each.
describe('work spread over the cores', () => {
  it('gives every result in the order of its item, however the work finishes', async () => {
    const delays = [30, 5, 20, 1, 10];
    const results = await inParallel(delays, (ms) => new Promise<number>((resolve) => setTimeout(() => resolve(ms * 2), ms)));
    expect(results).toEqual([60, 10, 40, 2, 20]);
  });

  it('reads a Node process’s output, and fails when it exits with an error, naming what it ran', async () => {
    expect(await nodeOutput(['-e', 'process.stdout.write(process.env.WENDA_TEST_WORD ?? "none")'], { ...process.env, WENDA_TEST_WORD: 'fold-3' })).toBe('fold-3');
    await expect(nodeOutput(['-e', 'process.exit(2)'])).rejects.toThrow(/node -e process\.exit\(2\) failed \(exit 2\)/);
  });
});
