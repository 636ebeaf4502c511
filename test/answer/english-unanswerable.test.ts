import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a library's opening, with its date, its holdings and its director — and
// nothing on sport, transport or weather.
const ARTICLE = `新城区图书馆开馆 首日接待读者三千人次
<p>新城区图书馆于5月20日正式开馆，首日共接待读者约3000人次。</p>
<p>图书馆建筑面积1.2万平方米，藏书40万册，由区文化局投资建设，总投资2.5亿元。</p>
<p>馆长王丽华介绍，图书馆每周一闭馆，其余时间上午9点至晚上8点开放。</p>`;

describe('an English question the article does not answer', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'english-unanswerable')]);

  // An English word reaches the article only through the article's own words, so what the article
  // lacks is never looked for: the answer-or-refuse model has learnt what such questions look like.
  it('is refused when it asks about things the article never reports', () => {
    for (const question of ['Who won the football match last night?', 'What did the mayor say about the new subway line?', 'How much rain fell during the storm?']) {
      const answer = engine.ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.passages, question).toEqual([]);
    }
  });

  it('is still answered when the article reports it', () => {
    for (const [question, expected] of [['When did the library officially open?', '5月20日'], ['How many books does the library hold?', '40万册'], ['How many readers came on the first day?', '3000人次'], ['How much was invested?', '2.5亿元']] as const) {
      const answer = engine.ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.direct, question).toContain(expected);
    }
  });
});

// Written for this test: two climbers, each with an age; the article never writes "old" or "other".
const CLIMBERS = `两名登山者获救
<p>救援队周日找到了失联的两名登山者。</p>
<p>据救援队介绍，45岁的领队和31岁的队员均已送往医院，目前情况稳定。</p>`;

describe('the words of an English question that only ask or point', () => {
  const engine = engineFromArticles([parseArticle(CLIMBERS, 'english-asking-words')]);

  // "old" of "how old" asks an age and "other" points at a climber: neither names a thing the
  // article should write, so neither counts as a word that reached nothing.
  it('are not counted as words the article lacks', () => {
    const answer = engine.ask('How old is the other climber?');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toMatch(/31岁|45岁/u);
  });
});

// Written for this test: a wage ruling that names its judge and no lawyer.
const WAGES = `沅汀一公司拖欠加班费被裁定支付
<p>沅汀市劳动人事争议仲裁委员会近日裁定，沅汀蔺川科技有限公司向前员工支付加班费5万元。</p>
<p>主审法官甘若溪表示，用人单位应依法支付加班费。</p>`;

describe('an English question asking the name of someone the article never mentions', () => {
  const wages = engineFromArticles([parseArticle(WAGES, 'wages')]);

  it('is refused, naming who it asked for', () => {
    const reply = wages.ask('What is the name of the lawyer who represented the company?');
    expect(reply.abstained).toBe(true);
    expect(reply.headline).toContain('lawyer');
  });

  it('is answered when the article names them', () => {
    expect(wages.ask('What is the name of the judge who heard the case?').direct).toContain('甘若溪');
  });
});
