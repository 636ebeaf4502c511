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

// Written for this test: the answer's sentence opens with 同年, a time counted from the sentence before.
const museum = parseArticle(
  '老厂房变身博物馆\n<p>记者 林岚</p><p>2015年，市政府决定保留这座建于上世纪五十年代的纺织厂。同年，厂房被改建为纺织工业博物馆并对外开放。</p><p>博物馆每年接待游客超过二十万人次。</p>',
  'museum',
);

describe('a quotation that would open with a time told from the sentence before', () => {
  it('quotes the sentence before, which gives the year 同年 means', () => {
    const answer = engineFromArticles([museum]).ask('厂房被改建成了什么？');
    expect(answer.direct).toContain('纺织工业博物馆');
    expect(answer.passages[0]!.text).toContain('2015年，市政府决定保留这座建于上世纪五十年代的纺织厂。同年，厂房被改建为');
  });

  it('leaves a sentence that opens with its own year alone', () => {
    const answer = engineFromArticles([museum]).ask('博物馆每年接待游客多少人次？');
    expect(answer.passages[0]!.text).toBe('博物馆每年接待游客超过二十万人次。');
  });
});
