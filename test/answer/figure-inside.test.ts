import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a penalty of two parts, and a count of the injured beside a smaller one inside it.
const RULES = `沐溪市出台群租房管理新规
<p>市住建局昨日公布群租房管理办法。</p>
<p>罚则方面，房东若出租未经登记的群租房，最高可被判罚款20万元及监禁一年。</p>
<p>另有12人在事故中受伤，其中3人伤势较重。</p>`;

describe('a figure asked, where the chosen clause holds figures', () => {
  const engine = engineFromArticles([parseArticle(RULES, 'figure-inside')]);

  it('keeps both parts of a penalty the clause joins (罚款20万元及监禁一年)', () => {
    const direct = engine.ask('房东违规最高罚多少？').direct;
    expect(direct).toContain('20万元');
    expect(direct).toContain('监禁一年');
  });

  it('gives the figure beside the question’s words, not another inside the clause', () => {
    const direct = engine.ask('有多少人受伤？').direct;
    expect(direct).toContain('12人');
    expect(direct).not.toContain('3人');
  });
});
