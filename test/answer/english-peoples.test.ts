import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { placesOfPeople } from '../../src/language/demonyms.js';

// Written for this test: a city's agreement with a foreign city, and a plan for a regional exhibition.
const ARTICLE = `某市与某国城市签署合作协议
<p>12日，某市市长甲某与葡萄牙某市市长乙某共同签署友好城市协议。</p>
<p>双方还商定，明年在东亚地区举办一次联合展览。</p>`;

describe('an English word for a people, where Chinese writes the place', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'english-peoples')]);

  it('reads Portuguese as 葡萄牙', () => {
    const answer = engine.ask('Who is the Portuguese mayor?');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toContain('乙某');
  });

  it('reads East Asian as 东亚, a phrase of the place', () => {
    const answer = engine.ask('When will the East Asian exhibition be held?');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toContain('明年');
  });

  it('makes places by the suffixes English makes peoples by, and knows the words made otherwise', () => {
    expect(placesOfPeople('Kenyan')).toContain('kenya');
    expect(placesOfPeople('Italian')).toContain('italy');
    expect(placesOfPeople('European')).toContain('europe');
    expect(placesOfPeople('Japanese')).toContain('japan');
    expect(placesOfPeople('Pakistani')).toContain('pakistan');
    expect(placesOfPeople('French')).toEqual(['france']);
    // A short word is no people's: "man" makes no place "ma".
    expect(placesOfPeople('man')).toEqual([]);
  });
});
