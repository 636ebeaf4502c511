import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: sentences giving several figures and dates, each beside other words.
const ARTICLE = `星河科技年报
<p>这也导致星河科技在2023年的净利润触及历史低点。2023年，星河科技营收同比增速不到1%，净利润下滑58.2%至历史低点，经营活动现金流也下滑逾60%。</p>
<p>2019年5月14日，张某被警方抓获，翌日即被刑事拘留。同年6月9日，张某被批准逮捕，2019年8月3日移送审查起诉。</p>
<p>2019年5月16日，李某与张某谈判，并最终同意给付200万元，于当年5月30日分三次转账给张某50万元。</p>`;

const engine = engineFromArticles([parseArticle(ARTICLE, 'beside-question-words')]);

describe('of several figures or dates in a sentence, the one beside the question’s words', () => {
  it('answers with the figure written right after both words before the asking word', () => {
    expect(engine.ask('2023年星河科技净利润下滑了多少？').direct).toBe('58.2%');
  });

  it('answers with the date written right before the question’s verb, its 被 left out', () => {
    expect(engine.ask('张某什么时候被移送审查起诉？').direct).toBe('2019年8月3日');
  });

  it('answers how much money with a sum, not the count of transfers beside the verb', () => {
    expect(engine.ask('How much money was actually transferred?').direct).toBe('50万元');
  });
});
