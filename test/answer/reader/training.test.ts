import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../../src/answer/reader/analyse.js';
import { linearModel } from '../../../src/answer/reader/model.js';
import { bestF1 } from '../../../src/answer/reader/overlap.js';
import { prepareArticle } from '../../../src/answer/reader/prepare.js';
import { gather, read } from '../../../src/answer/reader/read.js';
import { parseArticle } from '../../../src/article/index.js';
import { foldArticle } from '../../../src/answer/written.js';
import { trainRanker, type Example } from '../../../scripts/train-ranker.js';
import { sentenceRows, trainSentences } from '../../../scripts/train-sentences.js';
import { englishShaped } from '../../../scripts/training-data.js';

/** A small article and questions written for this test: the ranker must learn from them the same way twice. */
const article = foldArticle(parseArticle(
  `测试城市举办科技展览
<p>本届科技展览于2024年6月1日在测试城市会展中心开幕，共有320家企业参展。</p>
   <p>展览由测试城市科学技术协会主办，为期五天。组委会主任李明远介绍，今年的参观人数预计超过8万人次。</p>
   <p>展览设有人工智能、新能源和生物医药三个展区。因为场馆改造，原定的夜间活动取消了。</p>`,
  'training-test',
));
const questions: [string, string][] = [
  ['科技展览是哪天开幕的？', '2024年6月1日'],
  ['有多少家企业参展？', '320家'],
  ['展览由谁主办？', '测试城市科学技术协会'],
  ['展览为期多久？', '五天'],
  ['组委会主任是谁？', '李明远'],
  ['参观人数预计有多少？', '8万人次'],
  ['展览设有哪些展区？', '人工智能、新能源和生物医药'],
  ['夜间活动为什么取消了？', '场馆改造'],
];

function examples(): Example[] {
  const prepared = prepareArticle(article);
  return questions.map(([q, answer]) => {
    const question = analyseQuestion(q);
    const gathered = gather(prepared, question);
    return { question, gathered, f1: Float32Array.from(gathered.proposals.map((p) => bestF1(p.candidate.text, [answer]))) };
  });
}

describe('the span ranker’s training', () => {
  const options = { epochs: 8, near: 0.9, rate: 0.3, l2: 1e-5, seed: 7 };

  it('gives the same weights from the same data', () => {
    const first = trainRanker(examples(), options);
    const second = trainRanker(examples(), options);
    expect(Object.keys(first).length).toBeGreaterThan(20);
    expect(second).toEqual(first);
  });

  it('learns: after training, most of the questions it saw get their answer', () => {
    const model = linearModel(trainRanker(examples(), options));
    const prepared = prepareArticle(article);
    const right = questions.filter(([q, answer]) => bestF1(read(prepared, analyseQuestion(q), model).best?.proposal.candidate.text ?? '', [answer]) >= 0.8);
    expect(right.length).toBeGreaterThanOrEqual(6);
  });
});

describe('the sentence chooser’s training', () => {
  const options = { epochs: 8, near: 0.9, rate: 0.3, l2: 1e-5, seed: 7 };
  const rows = () => {
    const model = linearModel(trainRanker(examples(), options));
    const prepared = prepareArticle(article);
    return questions.map(([q, answer]) => sentenceRows(read(prepared, analyseQuestion(q), model), [answer])).filter((r) => r.some((x) => x.gold));
  };

  it('gives the same weights from the same data', () => {
    const data = rows();
    expect(data.length).toBeGreaterThanOrEqual(6);
    expect(trainSentences(data, 50)).toEqual(trainSentences(data, 50));
  });

  it('learns: the sentence it scores highest holds the answer for most questions it saw', () => {
    const data = rows();
    const weights = trainSentences(data, 200);
    expect(Object.values(weights).every(Number.isFinite)).toBe(true);
    expect(Object.values(weights).some((w) => Math.abs(w) > 0.01)).toBe(true);
    const score = (features: Map<string, number>) => [...features].reduce((sum, [name, value]) => sum + (weights[name] ?? 0) * value, 0);
    const right = data.filter((r) => r.reduce((best, row) => (score(row.features) > score(best.features) ? row : best)).gold);
    expect(right.length).toBeGreaterThanOrEqual(data.length - 1);
  });
});

describe('a training question shaped as an English one reaches the reader', () => {
  // The answer-or-refuse model learns English questions from Chinese ones read the way the engine
  // reads an English question: read otherwise, it had never seen one and refused none.
  it('keeps only the words the article writes, counts the others, and has no asking word nor Chinese text to match', () => {
    const prepared = prepareArticle(article);
    const asked = analyseQuestion('火箭展览由谁主办？');
    expect(asked.terms).toContain('火箭');
    const shaped = englishShaped(asked, prepared);
    expect(shaped.english).toBe(true);
    expect(shaped.terms).toEqual(asked.terms.filter((t) => t !== '火箭'));
    expect(shaped.unmapped).toBe(1);
    expect(shaped.cue).toBeUndefined();
    expect(shaped.before).toEqual([]);
    expect(shaped.after).toEqual([]);
    expect(shaped.text).not.toMatch(/\p{Script=Han}/u);
    expect(shaped.type).toBe(asked.type);
  });
});

describe('a question’s weight in the span ranker’s training', () => {
  const options = { epochs: 4, near: 0.9, rate: 0.3, l2: 1e-5, seed: 7 };

  it('scales what it teaches: weight 1 is the unweighted loss, weight 0 teaches nothing', () => {
    const plain = trainRanker(examples(), options);
    expect(trainRanker(examples().map((e) => ({ ...e, weight: 1 })), options)).toEqual(plain);
    expect(trainRanker(examples().map((e) => ({ ...e, weight: 0 })), options)).toEqual({});
    expect(trainRanker(examples().map((e, i) => ({ ...e, weight: i % 2 === 0 ? 3 : 1 })), options)).not.toEqual(plain);
  });
});
