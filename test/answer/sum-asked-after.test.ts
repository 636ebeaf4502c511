import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a landslide in a village, told twice: once with no word of compensation,
// once with the sum each household gets.
const UNSAID = `某村发生山体滑坡
<p>6日凌晨，某村发生山体滑坡，3栋民房被掩埋。</p>
<p>村民丁某回忆，他家距离滑坡体不到80米，一家人跑出来不到两分钟，房子就被推倒。</p>
<p>目前，受灾群众已被安置在村小学。</p>`;

const SAID = `某村发生山体滑坡
<p>6日凌晨，某村发生山体滑坡，3栋民房被掩埋。</p>
<p>村民丁某回忆，他家距离滑坡体不到80米，一家人跑出来不到两分钟，房子就被推倒。</p>
<p>镇政府表示，每户受损农户可获得2万元赔偿。</p>`;

describe('a sum of money asked after 多少 (多少赔偿, 多少补偿)', () => {
  it('is refused where the article writes no such payment, not answered with a distance', () => {
    const engine = engineFromArticles([parseArticle(UNSAID, 'sum-asked-unsaid')]);
    for (const question of ['丁某家被推倒的房子能得到多少赔偿？', '丁某家能拿到多少补偿？']) {
      expect(engine.ask(question).abstained, question).toBe(true);
    }
  });

  it('is answered with the sum where the article writes one', () => {
    const engine = engineFromArticles([parseArticle(SAID, 'sum-asked-said')]);
    const answer = engine.ask('丁某家能得到多少赔偿？');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toContain('2万元');
  });

  it('is read as a sum of the thing named before an "in all" (经费总共是多少), which the article must name', () => {
    // Written for this test: an exhibition with a ticket price and no budget.
    const engine = engineFromArticles([
      parseArticle(
        `某博物馆年度特展开幕\n<p>某市博物馆年度特展18日开幕，展出瓷器、窑具与文献共120件。</p>\n<p>策展人丙某表示，本次展览分为四个单元。</p>\n<p>票价方面，全票80元，学生半价。</p>`,
        'sum-asked-in-all',
      ),
    ]);
    const refused = engine.ask('这次特展的策展经费总共是多少？');
    expect(refused.abstained).toBe(true);
    expect(refused.headline).toContain('经费');
    expect(engine.ask('特展的经费一共有多少？').abstained).toBe(true);
    expect(engine.ask('全票多少钱？').direct).toContain('80元');
  });
});
