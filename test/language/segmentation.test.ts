import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/answer/knowledge.js';
import { parseArticle } from '../../src/article/index.js';
import { cutWords, cutForSearch, joinAsciiRuns } from '../../src/language/segmenter.js';
import { indexTerms } from '../../src/search/tokenize.js';
import { SentenceIndex } from '../../src/search/sentence-index.js';

// A name jieba has never seen, once after a post and once inside a list of names.
const raw = `测试文章
<p>　　省委书记韦澜舟出席会议并讲话。</p>
<p>　　市领导贾闵、韦澜舟、胡可参加。</p>`;

describe('segmentation consistency', () => {
  it('query and article meet on a name jieba cuts differently in two contexts', () => {
    const article = parseArticle(raw, 'names');
    const [speech, list] = article.paragraphs.map((p) => p.text) as [string, string];
    // Whatever jieba does with the name in each context, the bigrams are shared.
    const shared = indexTerms('韦澜舟').filter((t) => indexTerms(speech).includes(t) && indexTerms(list).includes(t));
    expect(shared.length).toBeGreaterThan(0);

    const knowledge = buildKnowledge([article]);
    // After loading, the extracted name is a dictionary word: both contexts keep it whole.
    expect(cutWords(speech)).toContain('韦澜舟');
    expect(cutWords(list)).toContain('韦澜舟');
    const { index } = knowledge;
    if (!(index instanceof SentenceIndex)) throw new Error('one article is indexed sentence by sentence');
    const hits = index.find(indexTerms('韦澜舟').map((term) => ({ term, weight: 1 })));
    expect(new Set(hits.map((h) => h.doc.paragraph))).toEqual(new Set([1, 2]));
  });
});

describe('numbers and Latin words in a cut', () => {
  it('keeps a figure, a decimal and an acronym whole, as the tagger does', () => {
    expect(cutWords('河北省2019年的GDP增长6.8%')).toEqual(expect.arrayContaining(['2019', 'GDP', '6.8']));
    expect(cutForSearch('河北省2019年的GDP增长6.8%')).toEqual(expect.arrayContaining(['2019', 'GDP', '6.8']));
    expect(cutWords('GDP')).toEqual(['GDP']);
  });

  it('leaves a full stop after a figure alone', () => {
    expect(joinAsciiRuns(['增长', '6', '.', '8', '%'])).toEqual(['增长', '6.8', '%']);
    expect(joinAsciiRuns(['共', '3', '.'])).toEqual(['共', '3', '.']);
  });
});
