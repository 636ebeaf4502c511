import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for these tests: a report that counts a group without naming its members (4家加工廠), and a
// tour report that counts the countries in one sentence (5个国家) and lists them in another.
const SLUMP = `香蕉價格崩跌 政府啟動保價收購
<p>屏東香蕉產地價格近日跌至每公斤新臺幣5元，創近10年新低。</p>
<p>農業部表示，收購的次級蕉將交由屏東、高雄兩地的4家加工廠，製成香蕉乾、香蕉泥及香蕉酒等產品。</p>
<p>農業部並編列新臺幣1.5億元，用於補貼蕉農與拓展外銷。</p>`;

const TOUR = `东湖交响乐团结束欧洲巡演
<p>这是乐团建团16年来规模最大的一次海外巡演，共在5个国家的12座城市演出14场。</p>
<p>此次巡演于3月1日启程，先后到访奥地利、德国、捷克、荷兰、丹麦5国。</p>
<p>乐团表示，明年将赴亚洲巡演。</p>`;

describe('the members of a group the article only counts', () => {
  it('are refused, saying the article gives only how many', () => {
    const engine = engineFromArticles([parseArticle(SLUMP, 'counted-not-named')]);
    const reply = engine.ask('那4家加工廠分別是哪幾家？');
    expect(reply.abstained).toBe(true);
    expect(reply.headline).toContain('數目');
    // The sums the article gives are still answered.
    expect(engine.ask('農業部編列了多少錢？').direct).toBe('新臺幣1.5億元');
  });

  it('are not refused where another sentence lists as many, and are answered with that list', () => {
    const engine = engineFromArticles([parseArticle(TOUR, 'counted-and-listed')]);
    const reply = engine.ask('巡演去了哪五个国家？');
    expect(reply.abstained).toBe(false);
    for (const country of ['奥地利', '德国', '捷克', '荷兰', '丹麦']) expect(reply.direct).toContain(country);
  });
});
