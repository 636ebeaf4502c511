import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a craftsman whose age the article never gives, beside a length of months;
// an infant whose age it gives in months.
const SIGN = `老招牌修復
<p>招牌師傅何志強從事霓虹燈行業已超過四十年，當年正是由他親手燒製招牌的燈管。</p>
<p>協會估計，單是修復這塊招牌便需時約三個月，費用約12萬港元。</p>`;

const INFANT = `女婴康复出院
<p>仅8个月大的女婴小玲经过三个多月的治疗，昨日康复出院。</p>`;

describe('an age asked, where months stand near', () => {
  it('is refused where the only figure in months is a length of time (需時約三個月)', () => {
    const engine = engineFromArticles([parseArticle(SIGN, 'age-not-months')]);
    const answer = engine.ask('何志強師傅今年幾多歲？');
    expect(answer.abstained).toBe(true);
  });

  it('is answered in months for an infant, as the article writes it (8个月大)', () => {
    const engine = engineFromArticles([parseArticle(INFANT, 'age-in-months')]);
    expect(engine.ask('女婴小玲多大了？').direct).toContain('8个月');
  });
});
