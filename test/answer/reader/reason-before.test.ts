import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: reasons given before a consequence that restates the question — in the
// sentence before (……。因此X。) and in the same sentence (所以A，因而X。) — in either script.
const ARTICLE = `青禾湖
<p>青禾湖位于南河县北部，面积约十二平方公里。湖水每年春季由雪山融水补给，湖底又有多处温泉涌出。因此湖面冬季也不结冰。</p>
<p>星河厂去年推出的新款电暖器，所以上市前评价很高，加上前作广受好评，因而首月销量创下全厂纪录。</p>
<p>观鸟站设在湖的东岸，因为那里芦苇最密，候鸟最多。</p>`;

describe('the reason before a consequence, for a "why" question', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'reason-before')]);

  it('answers with the sentence before one that opens with 因此, and quotes both', () => {
    const answer = engine.ask('青禾湖的湖面为什么冬季也不结冰？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toContain('温泉');
    expect(answer.direct).not.toMatch(/^因此/u);
    expect(answer.passages[0]!.text).toContain('湖底又有多处温泉涌出');
    expect(answer.passages[0]!.text).toContain('因此湖面冬季也不结冰');
  });

  it('answers with the words between 所以 and the consequence its sentence names later, without the connective', () => {
    const answer = engine.ask('新款电暖器首月销量为什么创下全厂纪录？');
    expect(answer.direct).toContain('评价很高');
    expect(answer.direct).not.toMatch(/^所以/u);
    expect(answer.direct).not.toContain('创下全厂纪录');
  });

  it('reads the same in traditional script', () => {
    const traditional = engineFromArticles([parseArticle(ARTICLE.replace('青禾湖的', '青禾湖的').replace(/湖水每年春季由雪山融水补给，湖底又有多处温泉涌出。因此湖面冬季也不结冰。/u, '湖水每年春季由雪山融水補給，湖底又有多處溫泉湧出。因此湖面冬季也不結冰。'), 'reason-before-tw')]);
    expect(traditional.ask('青禾湖的湖面為什麼冬季也不結冰？').direct).toContain('溫泉');
  });

  it('leaves a reason given after 因为 where it stands', () => {
    const answer = engine.ask('观鸟站为什么设在湖的东岸？');
    expect(answer.direct).toContain('芦苇最密');
    expect(answer.passages[0]!.text).not.toContain('温泉');
  });
});
