import { describe, expect, it } from 'vitest';
import { directAnswers } from '../helpers.js';

// Written for this test: a sports day in the heat, its costs and its temperature in another sentence.
const HEAT = `某区举办全民健身运动会
<p>某区第十届全民健身运动会8月3日在区体育中心举行，共有42支队伍约1500人参加。</p>
<p>区体育局局长某某表示，本届运动会总投入约80万元，比上届增加10万元。</p>
<p>当天天气炎热，气象台下午发布高温橙色预警，最高气温达37.2度。</p>`;

describe('a temperature asked (how hot, 多热)', () => {
  const direct = directAnswers(HEAT, 'how-hot');

  it('is answered with a figure in degrees, in either language', () => {
    for (const question of ['How hot did it get on the day of the games?', '运动会当天有多热？']) expect(direct(question), question).toBe('37.2度');
  });
});
