import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a dig and its finds, asked about in English in the words English news
// uses (archaeologists, digging, sent), which the dictionary's glosses do not reach.
const DIG = `澧阳墓地考古发掘完成
<p>省文物考古研究院9月23日发布消息，澧阳墓地的抢救性发掘已经完成。考古人员于今年2月进场发掘，历时7个月。</p>
<p>墓地发现于去年11月，当地在修建公路时挖出了陶片。</p>
<p>出土竹简已运往省文物保护中心进行脱水保护，整个保护过程预计需要2至3年。</p>`;

describe('English news words of a dig', () => {
  const engine = engineFromArticles([parseArticle(DIG, 'dig-words')]);

  it('reaches 运往 for sent: where the slips were sent', () => {
    const reply = engine.ask('Where were the bamboo slips sent for conservation?');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('省文物保护中心');
  });

  it('reaches 考古人员 and 发掘 for archaeologists digging: when they started, not when the site was found', () => {
    const reply = engine.ask('When did the archaeologists start digging?');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('今年2月');
  });
});
