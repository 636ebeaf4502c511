import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a dig that counts its tombs in all, and never how many are of one age.
const DIG = `汶坪发现战国墓群
<p>省文物考古研究院9月23日发布消息，汶坪墓地抢救性发掘历时7个月，共清理战国至西汉时期墓葬58座，出土文物1,200余件。</p>
<p>其中规模最大的一号墓墓口长6.8米，出土竹简近300枚。</p>
<p>研究院表示，竹简保护预计需要2至3年。</p>`;

describe('a count asked of a part of the figure the question gives', () => {
  const engine = engineFromArticles([parseArticle(DIG, 'dig')]);

  it('is refused, not answered with the question’s own 58', () => {
    const reply = engine.ask('这58座墓里有多少座是西汉的？');
    expect(reply.abstained).toBe(true);
    expect(reply.direct).not.toContain('58座');
  });

  it('is refused in English too', () => {
    const reply = engine.ask('How many of the 58 tombs date to the Western Han?');
    expect(reply.abstained).toBe(true);
  });

  it('leaves the count in all to a question that does not give it', () => {
    const reply = engine.ask('一共清理了多少座墓？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('58座');
  });
});

// Written for this test: a park that counts its projects and never says when they start work.
const PARK = `潆川储能产业园项目集中签约
<p>17日下午，潆川区在储能产业园举行签约仪式，已落地项目12个，协议总投资达86亿元。</p>
<p>区政府表示，产业园二期将于明年3月开工。</p>`;

describe('a date asked of things the question counts', () => {
  const engine = engineFromArticles([parseArticle(PARK, 'park')]);

  it('is refused, not answered with a day that is only the question’s own figure', () => {
    const reply = engine.ask('那17个项目预计什么时候全部投产？');
    expect(reply.abstained).toBe(true);
    expect(reply.direct).not.toContain('17日');
  });

  it('leaves a day the question gives to be answered with its hour', () => {
    const reply = engine.ask('17日那天的签约仪式是什么时候举行的？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('17日下午');
  });
});
