import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { understandQuestion } from '../../src/answer/understand.js';

// Written for this test: a hospital's kidney programme, with a running total and a patient's age.
const ARTICLE = `某医院肾移植手术突破两百例
<p>某市人民医院今天宣布，该院今年已完成肾移植手术36例。</p>
<p>41岁的患者家住路途遥远的山区，已透析三年，她的弟弟决定捐出一个肾脏。</p>
<p>院长丙某介绍，自2012年起，全院肾移植手术累计已达218例。</p>
<p>目前，两名患者均已出院。</p>`;

describe('an English question about a running total', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'english-running-total')]);

  it('reads "so far" as the report’s running total (累计), not as a distance', () => {
    const answer = engine.ask('How many kidney transplants has the hospital done so far?');
    expect(answer.direct).toContain('218');
  });

  it('does not read a donor as the present time through a synonym’s stem (presenter → present)', () => {
    const understood = understandQuestion('Who was the donor?', engine.knowledge);
    const donor = understood.concepts.find((c) => c.label === 'donor');
    expect(donor?.alternatives.map((a) => a.word) ?? []).not.toContain('目前');
  });

  it('answers "so far" from a total the article writes with 已 alone, neither 累计 nor 迄今', () => {
    const recovered = engineFromArticles([
      parseArticle('某地破获一起集资诈骗案\n<p>该案涉案金额达2.6亿元，警方已追回赃款8600万元。</p>\n<p>主犯甲某被判处有期徒刑十二年。</p>', 'recovered-so-far'),
    ]);
    const answer = recovered.ask('How much of the stolen money has been recovered so far?');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toContain('8600万元');
  });
});

