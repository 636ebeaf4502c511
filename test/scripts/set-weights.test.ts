import { describe, expect, it } from 'vitest';
import { SET_BALANCE, setWeights } from '../../scripts/ranker-examples.js';
import type { SpanQuestion } from '../../scripts/training-data.js';

/** Questions of two sets of unequal size: only the set matters to the weights. */
function questions(sizes: Record<string, number>): SpanQuestion[] {
  return Object.entries(sizes).flatMap(([set, n]) =>
    Array.from({ length: n }, (_, i) => ({ id: `${set}-${i}`, set, file: `/${set}.txt`, question: '谁？', answers: ['某人'], fold: 0 })),
  );
}

const totals = (qs: SpanQuestion[], balance: number) => {
  const w = setWeights(qs, balance);
  const sum = new Map<string, number>();
  for (const q of qs) sum.set(q.set, (sum.get(q.set) ?? 0) + w.get(q.set)!);
  return sum;
};

describe('how much each public set weighs in the span ranker’s loss', () => {
  const qs = questions({ small: 100, large: 400 });

  it('keeps the loss’s scale: the weights average 1 over the questions, whatever the balance', () => {
    for (const balance of [0, SET_BALANCE, 1]) {
      const sum = [...totals(qs, balance).values()].reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(qs.length, 6);
    }
  });

  it('counts each question alike at 0, each set alike at 1, and the square root between', () => {
    expect(setWeights(qs, 0).get('small')).toBeCloseTo(1, 9);
    expect(setWeights(qs, 0).get('large')).toBeCloseTo(1, 9);
    const even = totals(qs, 1);
    expect(even.get('small')).toBeCloseTo(even.get('large')!, 6);
    const between = totals(qs, 0.5);
    // 400 questions weigh √400 = 20 against √100 = 10: twice, not four times, the smaller set.
    expect(between.get('large')! / between.get('small')!).toBeCloseTo(2, 6);
    expect(SET_BALANCE).toBe(0.5);
  });
});
