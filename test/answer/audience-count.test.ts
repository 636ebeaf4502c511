import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a tour's audience counted in 人次 (person-visits), beside a smaller count of
// people in 名 who took part in something else.
const TOUR = `东湖交响乐团结束欧洲巡演
<p>3月29日，结束为期28天欧洲巡演的东湖交响乐团一行96人返回武汉。此次巡演共在5个国家的12座城市演出14场，现场观众约2.3万人次，平均上座率达到91%。</p>
<p>据乐团舞台监督介绍，此次共有320多件乐器和演出设备装入146个定制航空箱，总重约18吨。</p>
<p>除了正式演出，乐团还在两所音乐学院举办了3场大师课，共有约150名师生参加。</p>`;

describe('how many people attended', () => {
  const engine = engineFromArticles([parseArticle(TOUR, 'audience-count')]);

  it('is the audience, counted in 人次 as in 人 or 名', () => {
    const reply = engine.ask('How many people attended the concerts in total?');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toBe('约2.3万人次');
  });
});
