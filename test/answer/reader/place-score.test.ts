import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../../src/answer/reader/analyse.js';
import { placeFeatures, placeScore } from '../../../src/answer/reader/features.js';
import { RANKER } from '../../../src/answer/reader/models.js';
import { prepareArticle } from '../../../src/answer/reader/prepare.js';
import { gather } from '../../../src/answer/reader/read.js';
import { foldArticle } from '../../../src/answer/written.js';
import { parseArticle } from '../../../src/article/index.js';

// Written for this test: sentences with figures, dates, a list, a reason and a class noun, so that
// every part of the place features fires for some candidate.
const article = foldArticle(parseArticle(
  `苇川新区水厂投产
<p>苇川新区第二水厂于2025年3月18日正式投产，日供水能力达12万吨，总投资约9.6亿元。</p>
<p>据苇川水务集团总经理盛柏年介绍，由于管网改造提前完成，水厂比原计划提前两个月通水，覆盖东湖、西岭、南坪三个街道。</p>
<p>新区另一座水厂位于北岸，设计规模为8万吨，预计明年开工。</p>`,
  'place-score',
));

const questions = ['第二水厂哪天投产的？', '日供水能力是多少万吨？', '为什么提前两个月通水？', '水厂覆盖哪些街道？', '另一座水厂在哪个地方？', '谁介绍了水厂的情况？', 'How much was invested in the plant?'];

describe("serving's place score", () => {
  const prepared = prepareArticle(article);

  it('is the weighted sum of the place features the ranker was trained on, for every candidate', () => {
    let compared = 0;
    for (const text of questions) {
      const question = analyseQuestion(text);
      for (const { scored, candidate } of gather(prepared, question).proposals) {
        let trained = 0;
        placeFeatures(question, scored, candidate, (name, value) => {
          trained += (RANKER.weights.get(name) ?? 0) * value;
        });
        expect(placeScore(question, scored, candidate, RANKER.weights)).toBeCloseTo(trained, 9);
        compared++;
      }
    }
    // Enough candidates that starts and ends repeat, which is where the kept sums are read.
    expect(compared).toBeGreaterThan(200);
  });
});
