import { describe, expect, it } from 'vitest';
import { orderDescending } from '../../../src/answer/reader/order.js';

/** The order a stable comparator sort gives: what the reader's spans were sorted by before. */
function sortedByComparator(values: readonly number[]): number[] {
  return values.map((value, index) => ({ value, index })).sort((a, b) => b.value - a.value).map((x) => x.index);
}

describe('the order of scored spans', () => {
  it('puts the highest score first', () => {
    expect([...orderDescending(Float64Array.from([0.5, 2, -1, 1.5]))]).toEqual([1, 3, 0, 2]);
  });

  it('keeps equal scores in the order they were proposed', () => {
    expect([...orderDescending(Float64Array.from([1, 3, 1, 3, 1]))]).toEqual([1, 3, 0, 2, 4]);
  });

  it('orders every length as a stable comparator sort does, ties and negatives included', () => {
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (const length of [0, 1, 2, 3, 16, 17, 100, 1201]) {
      // Rounded to tenths, so that many scores tie.
      const values = Array.from({ length }, () => Math.round((next() - 0.3) * 40) / 10);
      expect([...orderDescending(Float64Array.from(values))]).toEqual(sortedByComparator(values));
    }
  });
});
