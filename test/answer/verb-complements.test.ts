import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { complementedVerb, keepAdverbsWhole } from '../../src/language/covered.js';

// Written for this test: a forest fire whose start the article tells with 起火 and 烧, never 起来.
const FIRE = `某县山林火灾
<p>（某社记者周行）3月5日14时20分许，某县某镇一处山林起火，大火烧了近两天。</p>
<p>据县气象局介绍，起火前当地已连续38天没有有效降水，空气湿度低于20%。</p>
<p>火灾发生后，当地共疏散周边群众860人，用时约6小时，起火原因正在调查中。</p>`;

describe('a verb’s complement the article does not write (烧起来, 下过)', () => {
  it('is no word the article lacks: the question is answered, not refused for 起来', () => {
    const engine = engineFromArticles([parseArticle(FIRE, 'verb-complements')]);
    const reply = engine.ask('火是什么时候烧起来的？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toBe('3月5日14时20分许');
  });

  it('counts a directional complement, or a verb with 过 or 掉 the dictionary lacks whole, as its verb', () => {
    const written = (text: string) => '近两天没下雨，大火烧毁林地'.includes(text);
    expect(complementedVerb('起来', written)).toBe(true);
    expect(complementedVerb('下过', written)).toBe(true);
    expect(complementedVerb('烧掉', written)).toBe(true);
    // The verb itself is a word the article lacks: 扑 is never written.
    expect(complementedVerb('扑掉', written)).toBe(false);
    // A word of its own (超过 "to exceed") is no verb and particle.
    expect(complementedVerb('超过', (text) => text === '超')).toBe(false);
  });
});

describe('an adverb jieba cuts across (一共用了 → 一/共用/了)', () => {
  it('is kept whole, so the question is not refused for 共用', () => {
    const engine = engineFromArticles([parseArticle(FIRE, 'adverb-whole')]);
    const reply = engine.ask('把群众全部疏散出来一共用了多久？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toBe('约6小时');
  });

  it('sets the adverb apart only where jieba did not keep it', () => {
    expect(keepAdverbsWhole('一共用了多久')).toBe('一共 用了多久');
    expect(keepAdverbsWhole('一共有多少人')).toBe('一共有多少人');
  });
});
