import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';
import { analyseQuestion } from '../../../src/answer/reader/analyse.js';

// Written for this test: a launch report and a meeting report, with names cut into several words by jieba.
const ARTICLE = `青岚导航卫星成功发射
<p>2024年3月8日，我国在太原卫星发射中心用快舟一号甲运载火箭，将第十二颗青岚导航卫星发射升空。</p>
<p>青岚系统采用分层组网模式，由18颗卫星组成。</p>
<p>下一步要协调推进汾河、桑干河等跨界河流综合治理，并规划建设大兴国际机场临空经济区。</p>
<p>在太原市・晋中市工作交流座谈会上，双方在推进交通互联、强化产业协作、共建生态屏障等方面达成共识。</p>
<p>今年是青岚工程立项20周年。团队以模拟演练的举办检验和提高应急水平。</p>
<p>检方认为，应当以串通投标罪追究承包商的刑事责任。</p>`;

const engine = engineFromArticles([parseArticle(ARTICLE, 'named-members')]);
const answer = (question: string) => engine.ask(question).direct;

describe('a name the article writes in several words is answered whole', () => {
  it('answers where with the institution a place name opens, though the question’s verb is a word of it', () => {
    expect(answer('卫星是在哪里发射升空的？')).toBe('太原卫星发射中心');
  });

  it('answers "with what rocket" with the rocket, not the place before the preposition', () => {
    expect(answer('用什么火箭发射的这颗卫星？')).toBe('快舟一号甲运载火箭');
  });

  it('reads the 用 of 采用什么 as the verb, and asks what mode', () => {
    const analysed = analyseQuestion('青岚系统采用什么组网模式？');
    expect(analysed.type).not.toBe('method');
    expect(analysed.cue?.word).toBe('什么');
    expect(answer('青岚系统采用什么组网模式？')).toBe('分层组网模式');
  });

  it('answers which airport with the airport, its place word included, not what it has', () => {
    expect(answer('要规划建设哪个机场的临空经济区？')).toBe('大兴国际机场');
  });

  it('answers the full name of a meeting with the meeting the article names', () => {
    expect(answer('座谈会的全称是什么？')).toBe('太原市・晋中市工作交流座谈会');
  });
});

describe('a set or a filler asked inside a frame is answered with what the frame holds', () => {
  it('answers which rivers with the list closed by 等 before the class', () => {
    expect(answer('协调推进哪些跨界河流综合治理？')).toBe('汾河、桑干河');
  });

  it('answers in which aspects with the list between 在 and 等方面', () => {
    expect(answer('双方在哪些方面达成共识？')).toBe('推进交通互联、强化产业协作、共建生态屏障');
  });

  it('does not end a thing used with the verb the question goes on with', () => {
    const reply = answer('以什么检验和提高应急水平？');
    expect(reply).toContain('演练的举办');
    expect(reply).not.toContain('检验');
  });

  it('answers with what crime with the crime, not the preposition before it', () => {
    expect(answer('检方认为应当以什么罪追究承包商的刑事责任？')).toBe('串通投标罪');
  });

  it('gives a figure with the unit the question asks in', () => {
    expect(answer('青岚工程立项多少周年？')).toBe('20周年');
  });
});
