import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { converse } from '../../src/conversation/index.js';

// Written for this test: a civil case, each side's claim in a paragraph of its own.
const ARTICLE = `一起合同纠纷案开庭
<p>原告张某诉称，被告某贸易公司拖欠货款50万元，请求法院判令其支付货款及利息。</p>
<p>被告某贸易公司辩称，所收货物存在质量问题，因此拒绝支付剩余货款。</p>
<p>法院将择期宣判。</p>`;

describe('"对方" after a question about one party', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'other-side')]);

  it('asks about the opposite party the article names, and says so', () => {
    const first = converse(engine, undefined, '原告提出了什么请求？');
    expect(first.answer.passages.map((p) => p.text).join('')).toContain('拖欠货款');
    for (const typed of ['那对方怎么说？', '那對方怎麼說？']) {
      const next = converse(engine, first.exchange, typed);
      expect(next.understood, typed).toBe('理解为：那被告怎么说？');
      expect(next.answer.abstained, typed).toBe(false);
      // What the defendant said, from the sentence where it speaks, not the plaintiff's that names it.
      expect(next.answer.direct, typed).toBe('所收货物存在质量问题，因此拒绝支付剩余货款');
      expect(next.answer.passages[0]?.text ?? '', typed).toContain('被告某贸易公司辩称');
    }
  });

  it('answers what a party said with what it said', () => {
    expect(engine.ask('原告说了什么？').direct).toBe('被告某贸易公司拖欠货款50万元，请求法院判令其支付货款及利息');
  });

  it('leaves 对方 alone when the last question named no party', () => {
    const first = converse(engine, undefined, '法院什么时候宣判？');
    const next = converse(engine, first.exchange, '对方怎么说？');
    expect(next.understood ?? '').not.toContain('被告');
    expect(next.understood ?? '').not.toContain('原告');
  });
});
