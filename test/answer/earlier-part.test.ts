import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: one sentence gives the school's rate and its rise, then, after a ；, the
// city's rise, which a bare "提高了多少" matches better.
const school = parseArticle(
  '青川中学高考再创佳绩\n<p>本报讯（记者 周行）6月26日，青川中学公布今年高考成绩。</p>' +
    '<p>该校今年参加高考的学生共有812人，本科上线率为92%，较上年增加4个百分点；全市的平均水平提高了2个百分点。</p>' +
    '<p>校长表示，学校将继续推进小班化教学，明年计划再增加6个实验班。</p>',
  'earlier-part',
);

describe('a later question of one message', () => {
  const engine = engineFromArticles([school]);

  it('is answered beside the earlier answer, in its clause, not from the next clause', () => {
    const answer = engine.ask('该校今年本科上线率是多少？比去年提高了多少？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toBe('92%；增加4个百分点');
  });

  it('leaves a question asked alone to the reader as before', () => {
    expect(engine.ask('全市的平均水平提高了多少？').direct).toBe('提高了2个百分点');
  });
});
