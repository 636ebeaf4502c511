import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { DECISION_THRESHOLD, RANKER_WEIGHTS } from '../../../src/answer/reader/weights.js';

// `npm run cross-validate` scores each fold through the CLI with models fitted without that fold,
// named by WENDA_READER_WEIGHTS; without the variable the committed weights are read.
const dir = mkdtempSync(join(tmpdir(), 'wenda-weights-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function modelsWith(file: string | undefined) {
  vi.stubEnv('WENDA_READER_WEIGHTS', file ?? '');
  vi.resetModules();
  return import('../../../src/answer/reader/models.js');
}

describe('the reader’s weights', () => {
  it('are the committed ones when no file is named', async () => {
    const models = await modelsWith(undefined);
    expect(models.DECISION.threshold).toBe(DECISION_THRESHOLD);
    const [name, weight] = Object.entries(RANKER_WEIGHTS)[0]!;
    expect(models.RANKER.weights.get(name)).toBe(weight);
  });

  it('are read from the file WENDA_READER_WEIGHTS names', async () => {
    const file = join(dir, 'fold.weights.json');
    writeFileSync(file, JSON.stringify({ ranker: { 'kind:test': 1.5 }, sentences: { bias: -0.25 }, decision: { bias: 2 }, threshold: 0.42 }));
    const models = await modelsWith(file);
    expect(models.RANKER.weights.get('kind:test')).toBe(1.5);
    expect(models.RANKER.weights.size).toBe(1);
    expect(models.SENTENCES.weights.get('bias')).toBe(-0.25);
    expect(models.DECISION.threshold).toBe(0.42);
  });

  it('refuse a file that is not a weights file, naming the variable and the file', async () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify({ ranker: { a: 'heavy' }, threshold: 3 }));
    await expect(modelsWith(file)).rejects.toThrow(/WENDA_READER_WEIGHTS: .*broken\.json is not a reader weights file/);
    await expect(modelsWith(join(dir, 'missing.json'))).rejects.toThrow(/missing\.json is not a reader weights file/);
  });
});
