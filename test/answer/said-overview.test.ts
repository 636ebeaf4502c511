import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: one engineer quoted in three remarks, the first a long one.
const ARTICLE = `新桥通车
<p>12日，跨江大桥正式通车。</p>
<p>总工程师陈立新表示，大桥全长3.2公里。桥面为双向六车道。主桥采用斜拉结构。引桥采用预制拼装工艺。全桥共用钢材4万吨。施工期间没有发生安全事故。</p>
<p>附近居民对通车表示欢迎。</p>
<p>陈立新介绍称，大桥通车后过江时间将缩短40分钟。“这座桥改变了两岸的交通格局。”陈立新称。</p>
<p>此外，陈立新还表示，大桥的设计寿命为100年。</p>`;

describe('"what did X say", asked about nothing in particular', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'said-overview')]);

  it('quotes the opening of every remark and his words as said, not only the long first remark', () => {
    for (const question of ['陈立新说了什么？', 'What did Chen Lixin say?']) {
      const answer = engine.ask(question);
      expect(answer.abstained, question).toBe(false);
      const quoted = answer.passages.map((p) => p.text).join('');
      expect(quoted, question).toContain('大桥全长3.2公里');
      expect(quoted, question).toContain('缩短40分钟');
      expect(quoted, question).toContain('改变了两岸的交通格局');
      expect(quoted, question).toContain('设计寿命为100年');
      // In the article's order.
      expect(quoted.indexOf('3.2公里'), question).toBeLessThan(quoted.indexOf('设计寿命'));
    }
  });
});

describe('"他还说了什么？" after a question about the speaker', () => {
  it('quotes the remarks not shown yet, then says there is nothing more', async () => {
    const { converse } = await import('../../src/conversation/index.js');
    const engine = engineFromArticles([parseArticle(ARTICLE, 'said-overview-more')]);
    const first = converse(engine, undefined, '总工程师是谁？');
    expect(first.answer.direct).toContain('陈立新');
    const more = converse(engine, first.exchange, '他还说了什么？');
    const quoted = more.answer.passages.map((p) => p.text).join('');
    expect(more.answer.abstained).toBe(false);
    for (const words of ['缩短40分钟', '改变了两岸的交通格局', '设计寿命为100年']) expect(quoted).toContain(words);
    // What the first answer quoted is not quoted again.
    expect(quoted).not.toContain('大桥全长3.2公里');
    const again = converse(engine, more.exchange, '他还说了什么？');
    expect(again.answer.abstained).toBe(true);
    expect(again.answer.headline).toBe('文章没有再说更多。');
  });
});
