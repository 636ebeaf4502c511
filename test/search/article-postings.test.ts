import { describe, expect, it } from 'vitest';
import { ArticlePostings } from '../../src/search/article-postings.js';

const weighted = (...terms: string[]) => terms.map((term) => ({ term, weight: 1 }));

describe('article postings: the corpus tier of a large library', () => {
  const postings = ArticlePostings.build([
    { id: 'bridge', terms: ['大桥', '通车', '大桥', '江北'] },
    { id: 'metro', terms: ['地铁', '通车', '明年'] },
    { id: 'school', terms: ['学校', '开学', '江北'] },
  ]);

  it('counts the articles that hold a term, and none for a term never seen', () => {
    expect(postings.size).toBe(3);
    expect(postings.documentFrequency('通车')).toBe(2);
    expect(postings.documentFrequency('江北')).toBe(2);
    expect(postings.documentFrequency('机场')).toBe(0);
  });

  it('ranks first the article holding the rarer term, and leaves out articles holding none', () => {
    const ranked = postings.rank(weighted('地铁', '通车'), 10);
    expect(ranked.map((r) => r.id)).toEqual(['metro', 'bridge']);
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score);
  });

  it('weighs a term as the question values it', () => {
    expect(postings.rank([{ term: '大桥', weight: 0.1 }, { term: '开学', weight: 1 }], 1)[0]!.id).toBe('school');
    expect(postings.rank([{ term: '大桥', weight: 3 }, { term: '开学', weight: 1 }], 1)[0]!.id).toBe('bridge');
  });

  it('finds the articles holding every term', () => {
    expect(postings.articlesWithAll(['通车', '江北'])).toEqual(['bridge']);
    expect(postings.articlesWithAll(['通车', '学校'])).toEqual([]);
  });

  it('completes a prefix, the term in most articles first', () => {
    expect(postings.startingWith('江', 5)).toEqual(['江北']);
    expect(postings.startingWith('', 5)).toEqual([]);
  });

  it('reads back from its file what it wrote: same frequencies, same ranking', () => {
    const again = ArticlePostings.fromBuffer(postings.toBuffer());
    expect(again.size).toBe(3);
    expect(again.documentFrequency('通车')).toBe(2);
    expect(again.rank(weighted('地铁', '通车', '江北'), 10)).toEqual(postings.rank(weighted('地铁', '通车', '江北'), 10));
    expect(again.articlesWithAll(['大桥'])).toEqual(['bridge']);
  });

  it('refuses a truncated or foreign file instead of misreading it', () => {
    const bytes = postings.toBuffer();
    expect(() => ArticlePostings.fromBuffer(bytes.subarray(0, bytes.length - 6))).toThrow(/not an article postings file/);
    expect(() => ArticlePostings.fromBuffer(Buffer.from('{"format":"other"}'))).toThrow(/not an article postings file/);
    expect(() => ArticlePostings.fromBuffer(Buffer.alloc(3))).toThrow(/not an article postings file/);
  });
});
