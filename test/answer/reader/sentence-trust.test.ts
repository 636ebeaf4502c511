import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../../src/answer/reader/analyse.js';
import { RANKER, SENTENCES } from '../../../src/answer/reader/models.js';
import { prepareArticle } from '../../../src/answer/reader/prepare.js';
import { read } from '../../../src/answer/reader/read.js';
import { sentenceProbabilities, spanMasses } from '../../../src/answer/reader/sentence-choice.js';
import { parseArticle } from '../../../src/article/index.js';
import { foldArticle } from '../../../src/answer/written.js';

// Written for this test: two sentences that each say part of what the question asks.
const article = prepareArticle(foldArticle(parseArticle(
  `湖区小记
<p>青石湖位于县城北部，湖区面积约十二平方公里。</p>
<p>湖区的候鸟保护站建于1998年，每年冬季有上万只候鸟在此越冬。</p>
<p>保护站的首任站长是退休教师周明远。</p>`,
  'sentence-trust',
)));

describe('how far the reader trusts each sentence', () => {
  const question = analyseQuestion('候鸟保护站的首任站长是谁？');
  const reading = read(article, question, RANKER, SENTENCES);
  const trust = sentenceProbabilities(question, reading.ranked, spanMasses(reading.spans), SENTENCES);

  it('shares one whole among the sentences the reader proposed spans in', () => {
    expect(trust.size).toBeGreaterThan(1);
    const proposed = new Set(reading.spans.map((s) => s.proposal.scored));
    expect([...trust.keys()].every((s) => proposed.has(s))).toBe(true);
    const total = [...trust.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 6);
  });

  it('answers from a sentence it trusts, with the name asked for', () => {
    const sentence = reading.best!.proposal.scored;
    expect(trust.get(sentence)).toBeGreaterThan(0);
    expect(reading.best!.proposal.candidate.text).toContain('周明远');
  });
});
