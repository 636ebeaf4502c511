import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { settlingWords } from '../../src/language/yes-no-answers.js';

// Written for this test: who pays for a vaccine, said with 免费 and 自费, never with 付钱.
const FLU = `流感疫苗接种启动
<p>本报讯 本市今年秋冬季流感疫苗接种工作昨日启动，全市共有180家社区卫生服务中心提供接种服务。</p>
<p>60岁以上老人和在校学生可免费接种，其他市民每剂自费88元。</p>`;

describe('a yes or no the article settles in its own words', () => {
  const engine = engineFromArticles([parseArticle(FLU, 'yes-no-settled')]);

  it('is answered from the sentence that settles it (付钱 by 免费)', () => {
    const answer = engine.ask('老人去打流感疫苗要自己付钱吗？');
    expect(answer.abstained).toBe(false);
    expect(answer.passages[0]?.text).toContain('免费接种');
  });

  it('asks with a modal (需要, 必须) that names nothing the article must write', () => {
    for (const question of ['学生打流感疫苗需要自己掏钱吗？', '学生打流感疫苗必须自己掏钱吗？']) {
      const answer = engine.ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.passages[0]?.text, question).toContain('免费接种');
    }
  });

  it('is still refused when the article says nothing of it (预约)', () => {
    expect(engine.ask('打疫苗要提前预约吗？').abstained).toBe(true);
  });

  it('knows only the closed lists', () => {
    expect(settlingWords('付钱')).toContain('免费');
    expect(settlingWords('预约')).toEqual([]);
  });
});
