import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for these tests: officials whose posts are in offices named with verbs (统计分析处,
// 火灾调查科) and with a rank written before the title (分署长), which jieba cuts apart, and a
// physician named with 教授 after the name.
const REPORT = `岚峰前三季度外贸平稳增长
<p>岚峰海关统计分析处处长卓明川说，前三季度全市进出口总值同比增长6.2%。</p>
<p>沐溪林业署棠溪分署分署长岑晓霁指出，今年秋季的火险等级偏高。</p>
<p>市消防局火灾调查科科长周明远介绍，起火原因仍在调查中。</p>
<p>这项研究由岚峰大学附属医院心内科主任、主任医师许文彬教授担任主要研究者。</p>`;

const engine = engineFromArticles([parseArticle(REPORT, 'report')]);
const direct = (question: string) => engine.ask(question).direct ?? '';

describe('a post in an office whose name jieba tags as verbs', () => {
  it('is the whole post, office and all', () => {
    expect(direct('卓明川在岚峰海关担任什么职务？')).toContain('统计分析处处长');
    expect(direct('周明远是什么职务？')).toContain('火灾调查科科长');
  });

  it('keeps the rank written before the title (分署长, not 署长)', () => {
    const answer = direct('岑晓霁担任什么职务？');
    expect(answer).toContain('棠溪分署分署长');
  });

  it('is read for a physician whose name a title follows (主任医师某某教授)', () => {
    expect(direct('许文彬担任什么职务？')).toContain('心内科主任');
    expect(direct('What is Xu Wenbin’s position?')).toContain('心内科主任');
  });
});

// Written for this test: a report in traditional script, asked in Taiwan's spelling of 身份 (身分).
const TAIWAN = `沐溪秋季火險偏高
<p>林業署沐溪分署分署長岑曉霽指出，今年秋季的火險等級偏高，請民眾入山時勿用火。</p>`;

describe('a post asked in Taiwan’s spelling (身分)', () => {
  const taiwan = engineFromArticles([parseArticle(TAIWAN, 'taiwan')]);

  it('is answered as 身份 would be, not refused for a word the article lacks', () => {
    const answer = taiwan.ask('受訪的岑曉霽是什麼身分？');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toContain('分署長');
  });
});
