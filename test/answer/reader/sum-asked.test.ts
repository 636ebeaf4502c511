import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: an exhibition's whole count in its lead, and a later section's smaller
// count written with the question's own verb.
const EXHIBITION = `青川博物馆漆器特展开幕
<p>青川博物馆漆器特展昨日开幕，展出馆藏及各地借展的漆器、木器等共126件（组），其中19件为首次公开亮相。</p>
<p>展览分为三个单元。特展的“海外遗珍”单元展出了12件从海外借回的文物，吸引了不少观众驻足。</p>`;

describe('a figure asked in all (总共, 一共)', () => {
  const engine = engineFromArticles([parseArticle(EXHIBITION, 'sum-asked')]);

  it('is answered by the sum the article writes (共126件), not a part counted with the question\'s verb', () => {
    expect(engine.ask('这次特展总共展出多少件文物？').direct).toBe('126件');
  });
});
