import { describe, expect, it } from 'vitest';
import { preparedSentence } from '../../helpers.js';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';
import { analyseQuestion } from '../../../src/answer/reader/analyse.js';
import { proposeCandidates, wholeEnumeration } from '../../../src/answer/reader/candidates.js';

/** The whole list a span of `span`'s text stands in, as the reader gives it for a "哪些" question. */
function listOf(text: string, span: string): string {
  const s = preparedSentence(text);
  const item = proposeCandidates(s).find((c) => c.text === span);
  if (!item) throw new Error(`no candidate ${span}`);
  return wholeEnumeration(s, item).text;
}

describe('a question asking for every member of a set', () => {
  it('is told from one asking for a single value', () => {
    expect(analyseQuestion('这种鸟分布在哪些地区？').plural).toBe(true);
    expect(analyseQuestion('他会讲哪几种语言？').plural).toBe(true);
    expect(analyseQuestion('What are the main exports?').plural).toBe(true);
    expect(analyseQuestion('这种鸟分布在哪个地区？').plural).toBe(false);
    expect(analyseQuestion('比赛在哪几天举行？').plural).toBe(false);
  });

  it('takes every item 、 sets apart, even one jieba tags as a verb (攀/v 篱 草)', () => {
    // (Where the first item starts is the older rule's: over the words before it that are not verbs.)
    expect(listOf('它又名黄花藤、金钟藤、攀篱草、山铃花，常被种在庭院里。', '金钟藤')).toMatch(/黄花藤、金钟藤、攀篱草、山铃花$/u);
  });

  it('asks for every other name when it asks another name (又称, 别名)', () => {
    expect(analyseQuestion('天门冬又称之为什么？').plural).toBe(true);
    expect(analyseQuestion('软枝黄蝉的别名是什么？').plural).toBe(true);
  });

  it('widens an item of a list to the whole list, with its closing 等', () => {
    const text = '这种鸟分布于老挝、越南、泰国以及缅甸北部等地，多栖息在山林中。';
    expect(listOf(text, '越南')).toBe('老挝、越南、泰国以及缅甸北部等地');
    // Not past the verb that introduces the list, nor past the clause.
    expect(listOf(text, '老挝')).not.toMatch(/分布|栖息/u);
  });

  it('grows a span that only starts or ends an item to the item, then to the list', () => {
    // 云南 starts the item 云南南部山区; 西部 ends 广西西部: either way the list is both items.
    const text = '这种蛙见于云南南部山区及广西西部，数量稀少。';
    expect(listOf(text, '云南')).toBe('云南南部山区及广西西部');
    expect(listOf(text, '广西')).toBe('云南南部山区及广西西部');
  });

  it('leaves a span that is no list item as it is', () => {
    const text = '这种鸟分布于老挝北部的山林中。';
    expect(listOf(text, '老挝')).toBe('老挝');
  });

  it('grows no clause: its 与 joins two of its acts, and the second is not cut short', () => {
    // Written for this test: a clause holding a list, then 与 and an act of two words (生态/修复).
    const text = '两地将协调推进清水河、白沙河等跨界河流综合治理与生态修复。';
    expect(listOf(text, '协调推进清水河、白沙河等跨界河流综合治理')).toBe('协调推进清水河、白沙河等跨界河流综合治理');
  });

  it('answers with every place the article lists', () => {
    const article = `一种少见的鸟
<p>红顶鹛是一种小型鸣禽，体长约十五厘米。</p>
<p>本种分布于老挝、越南、泰国以及缅甸北部等地，多栖息在海拔一千米以上的山林中。</p>
<p>它以昆虫和浆果为食，每年四月至六月繁殖。</p>`;
    const engine = engineFromArticles([parseArticle(article, 'enumeration')]);
    const answer = engine.ask('红顶鹛分布在哪些地区？');
    expect(answer.abstained).toBe(false);
    for (const place of ['老挝', '越南', '泰国', '缅甸']) expect(answer.direct).toContain(place);
  });
});
