import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: the paragraph holding the answer also holds, two sentences on, a sentence
// that matches the question nearly as well (the year before's growth).
const report = parseArticle(
  '星河公司年报\n<p>记者 周行</p><p>星河公司去年的营业收入增长了12%，达到30亿元。该公司总部位于城南。公司共有员工500人。星河公司前年的营业收入增长了8%。</p><p>另外，公司还公布了新的研发计划。</p>',
  'report',
);

describe('the quotation of an answer', () => {
  it('cites each paragraph once: a further sentence of the answer’s paragraph joins its passage, a gap marked', () => {
    const answer = engineFromArticles([report]).ask('星河公司去年的营业收入增长了多少？');
    expect(answer.direct).toBe('增长了12%');
    const paragraphs = answer.passages.map((p) => p.paragraph);
    expect(new Set(paragraphs).size).toBe(paragraphs.length);
    expect(answer.passages[0]!.text).toContain('星河公司去年的营业收入增长了12%');
    expect(answer.passages[0]!.text).toContain('……星河公司前年的营业收入增长了8%。');
  });
});
