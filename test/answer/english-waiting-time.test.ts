import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { analyseQuestion } from '../../src/answer/reader/analyse.js';

// Written for this test: a waiting time given in years, in a sentence that opens on its source.
const WAIT = `公屋轮候时间缩短
<p>本报讯 据房屋署最新数字，一般公屋申请者的平均轮候时间为4.8年，较上季的5.1年略为缩短。</p>
<p>房屋署表示，明年将有约1.2万个公屋单位落成。</p>`;

describe('a waiting time asked in English without "how long"', () => {
  it('asks a length of time, as "how long" does; the time alone of a meeting still asks when', () => {
    expect(analyseQuestion('What is the average waiting time for public housing?').type).toBe('duration');
    expect(analyseQuestion('What was the delay?').type).toBe('duration');
    expect(analyseQuestion('What is the time of the meeting?').type).not.toBe('duration');
  });

  it('is answered with the length, not the clause naming the source', () => {
    const engine = engineFromArticles([parseArticle(WAIT, 'english-waiting-time')]);
    expect(engine.ask('What is the current average waiting time for public housing applicants?').direct).toBe('4.8年');
  });
});
