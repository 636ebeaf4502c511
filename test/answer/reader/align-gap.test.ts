import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../../src/answer/reader/prepare.js';
import { parseArticle } from '../../../src/article/index.js';
import { foldArticle } from '../../../src/answer/written.js';
import { placeFeatureNames } from '../../helpers.js';

// Written for this test: the article sets 了 or 于 between the question's word and the value.
const article = prepareArticle(foldArticle(parseArticle(
  `外贸简报
<p>今年前三季度，全省出口增长了9.8%，进口规模与去年持平。</p>
<p>新建的物流园位于城东，占地约三百亩。</p>
<p>研发中心设在上海，仓库分布在南京和苏州。</p>`,
  'align-gap',
)));

const featuresOf = (question: string, span: string) => placeFeatureNames(article, question, span);

describe('the answer one particle away from the question\'s word', () => {
  it('aligns 出口增长多少 with 出口增长了9.8%', () => {
    const names = featuresOf('全省出口增长多少？', '9.8%');
    expect(names.has('align.before.gap')).toBe(true);
    expect(names.has('align.before')).toBe(false);
  });

  it('still aligns a word written right against the value as it did (位于城东)', () => {
    expect(featuresOf('物流园位于哪里？', '城东').has('align.before')).toBe(true);
  });

  it('aligns 分布在哪 with the value after 分布在, not with the span taking the question\'s own 在', () => {
    expect(featuresOf('仓库分布在哪些城市？', '南京和苏州').has('align.before')).toBe(true);
    const withPreposition = featuresOf('仓库分布在哪些城市？', '在南京和苏州');
    expect(withPreposition.has('align.before')).toBe(false);
    expect(withPreposition.has('align.before.gap')).toBe(true);
    // 设在上海: 在 follows another word, not the question's 分布.
    expect(featuresOf('仓库分布在哪些城市？', '上海').has('align.before')).toBe(false);
  });
});
