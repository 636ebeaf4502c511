import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a short report of a ship adrift, with two ages, two durations and no
// speed or population.
const ARTICLE = `货轮船长值班时睡着 货轮漂流后获救
<p>据海事部门通报，一艘货轮3月2日在近海航行时，船长和大副在值班时同时睡着了大约40分钟，货轮失去控制，在海上漂流了28小时后被拖回港口。</p>
<p>航运公司在回应中称，在事发后第二天就对45岁的船长和31岁的大副进行了停职处理。</p>
<p>海事部门表示，将对货轮的动力系统进行检查。</p>`;

describe('an English question asking the value of something by its possessive ("the captain\'s age")', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'english-asked-value')]);

  it('answers an age with the figure written in 岁, the captain\'s, not the minutes asleep', () => {
    const answer = engine.ask("What is the captain's age?");
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toContain('45岁');
    // …and asked as "the age of the captain", the same figure: "of the …" names whose age.
    expect(engine.ask('What is the age of the captain?').direct).toBe('45岁');
  });

  it('refuses, naming it, a quantity the report never gives in any way', () => {
    for (const [question, word] of [["What was the ship's speed?", 'speed'], ["What is the port's population?", 'population']] as const) {
      const answer = engine.ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.headline, question).toContain(word);
      expect(answer.passages, question).toEqual([]);
    }
  });

  it('answers "how many hours" with the figure written in 小时, and "how many minutes" in 分钟', () => {
    expect(engine.ask('How many hours did the ship drift?').direct).toContain('28小时');
    expect(engine.ask('How many minutes did the captain sleep?').direct).toContain('40分钟');
  });
});

// Written for this test: a sky survey's find, at a distance written in light years.
const SURVEY = `某巡天项目发现一个新星系
<p>某天文台12日宣布，其巡天项目发现了一个新的矮星系。</p>
<p>该星系距离地球约300万光年，直径约2000光年。</p>
<p>项目负责人丙某说，团队计划明年继续观测。</p>`;

describe('an English question asking in units, as its Chinese asks', () => {
  const engine = engineFromArticles([parseArticle(SURVEY, 'english-asked-units')]);

  it('answers "how far" in light years, as 多远 is', () => {
    const answer = engine.ask('How far is the dwarf galaxy from Earth?');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toContain('300万光年');
    expect(engine.ask('这个星系离地球多远？').direct).toContain('300万光年');
  });
});
