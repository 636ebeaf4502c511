import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';
import { analyseQuestion } from '../../../src/answer/reader/analyse.js';
import { prepareArticle } from '../../../src/answer/reader/prepare.js';
import { questionGrams } from '../../../src/answer/reader/retrieve.js';
import { read } from '../../../src/answer/reader/read.js';
import { RANKER, SENTENCES } from '../../../src/answer/reader/models.js';
import { foldArticle } from '../../../src/answer/written.js';

// Written for this test: the sentences that share most of the question's words give no length of
// time and no date; the ones that do word the event otherwise, further down.
const ARTICLE = `两名飞行员飞行途中睡着
<p>某航空公司两名飞行员在飞行途中同时睡着，这件事经披露后引发舆论关注。</p>
<p>不少网民认为，两名飞行员的举动非常危险。</p>
<p>也有网民认为，两名飞行员工作强度太大。</p>
<p>航空公司表示，两名飞行员已被停飞。</p>
<p>交通部表示，将对两名飞行员所在的航空公司展开调查。</p>
<p>专家指出，两名飞行员应当轮流休息。</p>
<p>两名飞行员此前均无违规记录。</p>
<p>调查报告显示，机长和副驾驶员同时入睡大约28分钟，飞机一度偏离航线。</p>
<p>此前一天，副驾驶员照顾生病的孩子，几乎没有休息。</p>`;

describe('a question of a form no sentence sharing most of its words offers', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'far-form')]);

  it('reads further down for a span of that form', () => {
    const answer = engine.ask('两名飞行员睡了多久？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toBe('大约28分钟');
  });
});

// Written for this test: the question's 发射的 is written in a sentence about another launch; the
// sentence reporting this one writes 发射 without the particle.
const LAUNCH = `我国成功发射一颗导航卫星
<p>5月17日，我国在西昌卫星发射中心成功发射一颗导航卫星。</p>
<p>此次发射的导航卫星是一颗备份卫星。</p>`;

describe('a bigram of the question that pairs a word with its particle', () => {
  it('weighs no more than a single character of the question', () => {
    const prepared = prepareArticle(parseArticle(LAUNCH, 'launch'));
    const { weights } = questionGrams(prepared, analyseQuestion('卫星是什么时候发射的？'));
    // 射的 is in one sentence, 发射 in both: rarer, it weighed most of all the question's grams.
    expect(weights.get('射的')!).toBeLessThan(weights.get('发射')!);
  });
});

// Written for this test: every sentence but the last shares the question's words and gives no
// figure; the last, eighth by retrieval, gives it in other words.
const FLIGHT = prepareArticle(foldArticle(parseArticle(`某航班两名飞行员睡着
<p>涉事航班的两名飞行员在飞行途中同时睡着，引发舆论关注。</p>
<p>不少网民认为，涉事航班的飞行员举动非常危险。</p>
<p>也有网民认为，涉事航班的飞行员工作强度太大。</p>
<p>航空公司表示，涉事航班的飞行员已被停飞。</p>
<p>交通部表示，将对涉事航班的飞行员展开调查。</p>
<p>专家指出，涉事航班的飞行员应当轮流休息。</p>
<p>涉事航班的飞行员此前均无违规记录。</p>
<p>当时机上载有153名乘客和4名空乘人员。</p>`, 'far-figure')));

describe('a sentence read further down for the figure asked', () => {
  it('is weighed by the choice of sentence, so its figure can be the answer', () => {
    const reading = read(FLIGHT, analyseQuestion('涉事航班的飞行员载了多少乘客？'), RANKER, SENTENCES);
    expect(reading.best?.proposal.candidate.text).toContain('153');
  });
});
