import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { READ_NEWS_SETS, readNewsSets } from '../../../scripts/training-data.js';

// The ranker is trained on the read news sets; the others measure it and must never be trained on.
describe('the news questions the reader is trained on', () => {
  const questions = readNewsSets();

  it('come from the read sets only, never from a held-out one', () => {
    expect(questions.length).toBeGreaterThan(150);
    const sets = new Set(questions.map((q) => basename(dirname(q.file))));
    expect([...sets].sort()).toEqual([...READ_NEWS_SETS].sort());
    for (const held of ['y', 'w', 'v', 't', 'r', 'q']) expect(sets.has(held)).toBe(false);
  });

  it('are Chinese questions with one short answer their article writes', () => {
    for (const q of questions) {
      expect(q.answers).toHaveLength(1);
      expect(/\p{Script=Han}/u.test(q.question)).toBe(true);
      expect(readFileSync(q.file, 'utf8')).toContain(q.answers[0]);
    }
  });

  it('keep one article in one fold, so a held-out fold holds whole articles', () => {
    const folds = new Map<string, Set<number>>();
    for (const q of questions) folds.set(q.file, (folds.get(q.file) ?? new Set()).add(q.fold));
    for (const set of folds.values()) expect(set.size).toBe(1);
    expect(new Set(questions.map((q) => q.fold)).size).toBe(5);
  });
});
