import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: two delegations meet, and two secretaries-general are listed among those also present.
const engine = engineFromArticles([
  parseArticle(
    `两省代表团座谈\n<p>11月5日，南江省党政代表团赴北川省考察。北川省委书记张明远，省委副书记、省长刘芳与南江省委书记孙建华，省委副书记、省长郑晓东座谈。</p>\n<p>北川省和南江省领导赵永刚、钱立群，北川省政府秘书长李国栋、南江省政府秘书长王建新参加。</p>`,
    'attendee-by-post',
  ),
]);

describe('one attendee asked for by post', () => {
  it('is answered with the holder of the post, not everyone taking part', () => {
    expect(engine.ask('参加活动的北川省政府秘书长叫什么？').direct).toBe('李国栋');
    const english = engine.ask('Who was the Nanjiang secretary-general who attended?');
    expect(english.direct).toBe('王建新');
    expect(english.headline).toContain('names 1 person ');
  });

  it('leaves a list asked for whole, even one naming a post', () => {
    const everyone = engine.ask('List every official named as attending, including the secretaries-general.');
    expect(everyone.direct.split('、')).toHaveLength(8);
    expect(engine.ask('参加座谈的有哪些领导？').direct.split('、')).toHaveLength(4);
  });
});
