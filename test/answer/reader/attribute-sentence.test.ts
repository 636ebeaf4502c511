import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';
import { analyseQuestion } from '../../../src/answer/reader/analyse.js';
import { askedAttribute, attributeSaid } from '../../../src/answer/reader/attribute.js';
import { preparedSentence } from '../../helpers.js';

// Written for this test: an entry that describes its subject's parts in sentences that open with the
// part and leave the subject out, while other sentences name the subject with more of a question's words.
const ARTICLE = `青禾草
<p>青禾草是南河县特有的一种多年生草本植物，青禾草的花期很长，青禾草的特点是耐寒。</p>
<p>青禾草高约30厘米，茎直立。花为总状花序顶生，淡紫色，花冠呈钟形。</p>
<p>它们的天敌有野兔及山鼠。</p>
<p>原产于北岭山区，现广植于全省。</p>
<p>青禾草的种子可以入药，青禾草的根可以食用，青禾草的花可以泡茶。</p>`;

describe('the sentence that opens with the attribute asked', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'attribute-sentence')]);

  it('answers what X的花 is like from the sentence opening with 花, with what it says of it', () => {
    const answer = engine.ask('青禾草的花有什么特点？');
    expect(answer.direct).toMatch(/^总状花序顶生/u);
    expect(answer.passages[0]!.text).toContain('花为总状花序顶生');
  });

  it('answers which X的天敌 with the things it names, after 它们的…有', () => {
    expect(engine.ask('青禾草的天敌有哪些？').direct).toBe('野兔及山鼠');
  });

  it('answers where X的原产地 is from the sentence that says 原产于', () => {
    expect(engine.ask('青禾草的原产地在哪里？').direct).toContain('北岭山区');
  });

  it('takes the attribute after 的, never the article\'s subject', () => {
    expect(askedAttribute(analyseQuestion('青禾草的花有什么特点？'), '青禾草')).toBe('花');
    expect(askedAttribute(analyseQuestion('青禾草有什么特点？'), '青禾草')).toBeUndefined();
    expect(askedAttribute(analyseQuestion('青禾草为什么耐寒？'), '青禾草')).toBeUndefined();
    // Whose: the article's subject, which its title names — not a thing of its own in an article on something else.
    expect(askedAttribute(analyseQuestion('南河县的县城在哪里？'), '南河县')).toBe('县城');
    expect(askedAttribute(analyseQuestion('镇上的博物馆在哪里？'), '青禾草')).toBeUndefined();
  });

  it('reads a sentence as opening with the attribute only when it is its subject', () => {
    expect(attributeSaid(preparedSentence('花为总状花序顶生，淡紫色。'), '花')).toBe(2);
    expect(attributeSaid(preparedSentence('花期为夏季。'), '花')).toBe(-1);
    expect(attributeSaid(preparedSentence('原产于北岭山区。'), '原产地')).toBe(3);
    expect(attributeSaid(preparedSentence('花的颜色为淡紫色。'), '花')).toBe(-1);
    // jieba glues a part to the adverb after it (根稍): the part is still what the sentence describes.
    expect(attributeSaid(preparedSentence('根稍肉质，分枝具棱。'), '根')).toBe(1);
    expect(attributeSaid(preparedSentence('叶通常3枚为一簇。'), '叶')).toBe(1);
    expect(attributeSaid(preparedSentence('根据记载，该种已灭绝。'), '根')).toBe(-1);
    expect(attributeSaid(preparedSentence('战争结束后，两国恢复同盟。'), '战争')).toBe(-1);
  });
});

// Written for this test: a value asked of an attribute (县城, 县长), given in a sentence that opens
// with it — after a time word — and leaves the county out, while others name the county.
const COUNTY = `南河县
<p>南河县位于全省北部，南河县的面积约两千平方公里，南河县的人口增长很快。</p>
<p>县城位于青禾镇。目前县长是周明远。</p>
<p>南河县下辖八个镇，南河县的县政府多次获得表彰。</p>`;

describe('a value of the attribute asked, in the sentence that opens with it', () => {
  const engine = engineFromArticles([parseArticle(COUNTY, 'attribute-value')]);

  it('answers where X的县城 is from the sentence opening with 县城', () => {
    expect(engine.ask('南河县的县城在哪里？').direct).toBe('青禾镇');
  });

  it('answers who X的县长 is from the sentence opening with 目前县长', () => {
    expect(engine.ask('南河县目前的县长是谁？').direct).toBe('周明远');
  });
});

// Written for this test: an entry whose parts open sentences of their own, one part in two of them
// (花为…; 花白色…), and a question whose attribute jieba glues to its asking word (根有 + 什么).
const PARTS = `白岩杜鹃
<p>白岩杜鹃是杜鹃花科的常绿灌木，生长在南方山地的林缘。</p>
<p>根呈肉质，分枝具棱。</p>
<p>花为伞形花序顶生，雌雄同株。花白色，样子像小铃铛，花冠五裂。</p>`;

describe('the attribute asked, however the question or the entry writes it', () => {
  const engine = engineFromArticles([parseArticle(PARTS, 'attribute-parts')]);

  it('takes the attribute jieba glued to the asking word', () => {
    const question = analyseQuestion('白岩杜鹃的根有什么特点？');
    expect(question.before).toContain('根');
    expect(askedAttribute(question, '白岩杜鹃')).toBe('根');
    expect(engine.ask('白岩杜鹃的根有什么特点？').direct).toMatch(/^肉质/u);
  });

  it('reads the first of two sentences opening with the attribute, where retrieval ranks the second higher', () => {
    const answer = engine.ask('白岩杜鹃的花是什么样的？');
    expect(answer.direct).toMatch(/^伞形花序顶生/u);
    expect(answer.passages[0]!.text).toContain('花为伞形花序顶生');
  });
});
