import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { standardFromCantonese } from '../../src/language/cantonese.js';

// Written for this test: a Hong Kong typhoon report in traditional script, with a place and a speed in one paragraph.
const TYPHOON = `颱風「海棠」今晨登陸 天文台改發三號信號
<p>【本報訊】颱風「海棠」今日清晨6時許在廣東陽江市沿海登陸，登陸時中心附近最高持續風速每小時118公里。</p>
<p>天文台科學主任解釋，「海棠」登陸前在珠江口以西海域的移動速度減慢至每小時10公里。</p>
<p>教育局宣布，全港學校今日照常上課。</p>`;

describe('Cantonese where (邊度) and going back to school (返學)', () => {
  const engine = engineFromArticles([parseArticle(TYPHOON, 'cantonese-where')]);

  it('reads 喺邊度 as 在哪里: the answer is where it landed, not what the sentence beside says', () => {
    expect(engine.ask('「海棠」喺邊度登陸㗎？').direct).toBe('廣東陽江市沿海');
  });

  it('writes 邊度 as 哪里 and 返學 as 上学, in standard Chinese', () => {
    expect(standardFromCantonese('喺边度登陆')).toBe('在哪里登陆');
    expect(standardFromCantonese('今日学生使唔使返学')).toBe('今日学生使不使上学');
    // The side of something stays a side (海边度假 is a holiday by the sea).
    expect(standardFromCantonese('去海边度假')).toBe('去海边度假');
  });
});
