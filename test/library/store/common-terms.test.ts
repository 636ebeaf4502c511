import { describe, expect, it } from 'vitest';
import { KEEP_RAREST, searchedTerms } from '../../../src/library/store/pg/common-terms.js';

const terms = (...names: string[]) => names.map((term) => ({ term, weight: 1 }));

describe('which query terms the database searches', () => {
  it('drops common terms while the rarest few remain, whatever their order', () => {
    const share = new Map([['什么', 0.3], ['多少', 0.2], ['中国', 0.05], ['春茶', 0.001]]);
    const kept = searchedTerms(terms('什么', '春茶', '多少', '产量', '中国', '茶产', '加工'), share);
    // 产量, 茶产 and 加工 are not listed (rarer than any listed), 春茶 is rare: four rarest; 中国 is next, and common.
    expect(kept.map((t) => t.term)).toEqual(['春茶', '产量', '茶产', '加工']);
    expect(kept).toHaveLength(KEEP_RAREST);
  });

  it('keeps every term when none is common, and the rarest when all are', () => {
    expect(searchedTerms(terms('春茶', '产量'), new Map()).map((t) => t.term)).toEqual(['春茶', '产量']);
    const share = new Map([['a', 0.5], ['b', 0.4], ['c', 0.3], ['d', 0.2], ['e', 0.1], ['f', 0.9]]);
    expect(searchedTerms(terms('a', 'b', 'c', 'd', 'e', 'f'), share).map((t) => t.term)).toEqual(['b', 'c', 'd', 'e']);
  });
});
