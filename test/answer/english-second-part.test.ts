import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { understandQuestion } from '../../src/answer/understand.js';

// Written for this test: a company's results, announced by its finance chief, and a doctor the
// article names by her calling before her name (主任医师卓明川), never as "Dr Zhuo" (卓医生).
const REPORT = `岚峰智造发布三季度业绩
<p>岚峰智造10月28日晚间披露三季度报告。公司财务总监易青禾在业绩说明会上介绍了有关情况。</p>
<p>报告显示，公司2023年实现营业收入12.6亿元，同比增长8.4%，净利润1.3亿元。</p>
<p>棠溪医院主任医师卓明川提醒，发烧超过两天应及时就医，并主动告知医生旅行史。</p>`;

describe('English questions of two parts, and their words', () => {
  const engine = engineFromArticles([parseArticle(REPORT, 'results')]);

  it('gives a figure and how fast it grew: the rate of a growth is a percentage, not a sum', () => {
    const reply = engine.ask("What was Lanfeng's revenue in 2023, and how fast did it grow?");
    expect(reply.direct).toContain('12.6亿元');
    expect(reply.direct).toContain('8.4%');
  });

  it('reads "her" of a second part as the person the first part answers', () => {
    const reply = engine.ask('Who presented the results at the briefing, and what is her position?');
    expect(reply.direct).toContain('易青禾');
    expect(reply.direct).toContain('财务总监');
  });

  it('takes an address the article never writes (Dr) for a title, and reads the name after it', () => {
    const reply = engine.ask('What did Dr Zhuo Mingchuan advise people with a fever to do?');
    expect(reply.abstained).toBe(false);
    expect(reply.passages[0]?.text).toContain('及时就医');
  });

  it('takes number words and phrase-making verbs for how the question is put, not for words to find', () => {
    const understood = understandQuestion('How did they get the two reports out?', engine.knowledge);
    const cues = understood.concepts.filter((c) => c.cue).map((c) => c.label);
    expect(cues).toEqual(expect.arrayContaining(['get', 'two']));
  });
});

// Written for this test: a count and the multiple it is of last year's (3.5倍), and a count of times
// (3次) a "how many times" could be taken to ask.
const CASES = `岚峰县登革热病例增多
<p>岚峰县卫生局今天通报，今年入夏以来全县累计报告本土病例42例，是去年同期的3.5倍。</p>
<p>卫生局已先后3次组织社区喷药。</p>`;

describe('a multiple asked in English', () => {
  const engine = engineFromArticles([parseArticle(CASES, 'cases')]);

  it('is answered in 倍: "how many times higher" asks a multiple, not how often', () => {
    const reply = engine.ask("How many times higher is this year's case count compared with the same period last year?");
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('3.5倍');
  });
});
