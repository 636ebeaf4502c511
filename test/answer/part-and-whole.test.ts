import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a total, its rise over last year, then its parts after 其中, the last part
// given as a sum (合计), in clauses after the one 其中 opens.
const ENTRANTS = `某省公布今年高考报名情况
<p>今年全省高考报名人数为38.2万人，比去年增加0.9万人，其中普通类考生30.1万人，艺术类和体育类考生合计5.4万人，其余为其他类别考生。</p>`;

describe('a total asked of a sentence that lists its parts after 其中', () => {
  it('is the total, not the part written as a sum in a later clause, nor the rise beside it', () => {
    const engine = engineFromArticles([parseArticle(ENTRANTS, 'part-and-whole')]);
    expect(engine.ask('今年一共有多少人报名参加高考？').direct).toBe('38.2万人');
  });
});
