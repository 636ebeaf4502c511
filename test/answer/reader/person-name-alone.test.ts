import { describe, expect, it } from 'vitest';
import { directAnswers } from '../../helpers.js';

// Written for this test: the man is named once, right before 见状, which jieba tags a noun.
const ARTICLE = `男子跳河救起落水儿童
<p>3月5日下午，南河县一名儿童在河边玩耍时不慎落水。</p>
<p>路过男子张国强见状跳入河中，将儿童救上岸。</p>
<p>儿童被送往医院，目前已无大碍。</p>`;

describe('a person asked for is the name, not the name and the noun after it', () => {
  const answer = directAnswers(ARTICLE, 'person-name-alone');

  it('answers who jumped in with the name alone (张国强, not 张国强见状)', () => {
    expect(answer('跳河救人的男子叫什么名字？')).toBe('张国强');
    expect(answer('谁跳入河中救人？')).toBe('张国强');
  });
});

// Written for this test: a name jieba cuts in two (surname, then a given name it reads as a
// noun), right before the time of day.
const BRIEFING = `防汛会商会召开
<p>防汛指挥部总指挥、副市长吴新华今天下午在指挥中心主持会商时表示，各地要严防山洪。</p>`;

describe('a person asked for, named right before a time', () => {
  const answer = directAnswers(BRIEFING, 'name-before-time');

  it('is the name, without the time (吴新华, not 吴新华今天下午)', () => {
    expect(answer('谁在指挥中心主持会商？')).toBe('吴新华');
  });
});
