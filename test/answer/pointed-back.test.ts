import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: the answer's sentence opens with 他, pointing at the sentence before it.
const story = parseArticle(
  '小镇的变化\n<p>记者 周行</p><p>1998年，一位年轻的工程师从省城来到这里。他在镇东的山坡上建起了全省第一座风力发电站。</p><p>如今，小镇的用电全部来自风力。</p>',
  'story',
);

describe('a quotation that would open by pointing back', () => {
  it('quotes the sentence before, which names whom the pronoun means', () => {
    const answer = engineFromArticles([story]).ask('镇东山坡上的风力发电站是全省第几座？');
    expect(answer.direct).toContain('第一座');
    expect(answer.passages[0]!.text).toBe('1998年，一位年轻的工程师从省城来到这里。他在镇东的山坡上建起了全省第一座风力发电站。');
  });
});
