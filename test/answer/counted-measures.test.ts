import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { analyseQuestion } from '../../src/answer/reader/analyse.js';

// Written for this test: an orchard's online sales, counted in orders (单) and payments (笔), beside
// other counts of people; and a rescue counted in person-times (人次).
const SALES = `某合作社网上卖桃
<p>合作社组织15名返乡青年组成电商团队，把鲜桃卖到了全国20多个省份。</p>
<p>7月的采摘旺季，电商渠道单日最高发货量达到6200单，园区同时雇用了90多名村民。</p>
<p>今年合作社还与超市签下了3笔大额订单。</p>`;

const RESCUE = `某地山火扑灭
<p>空中派出4架直升机投水，地面共出动人员516人次、车辆38辆次。</p>`;

describe('counts asked in orders and person-times', () => {
  const sales = engineFromArticles([parseArticle(SALES, 'counted-sales')]);
  const rescue = engineFromArticles([parseArticle(RESCUE, 'counted-rescue')]);

  it('answers 多少单 with the count of orders, not of the people beside it', () => {
    expect(sales.ask('网上一天最多发出去多少单？').direct).toBe('6200单');
  });

  it('does not read the 单 of 单位 as orders', () => {
    expect(analyseQuestion('这颗恒星一年移动多少单位？').units).not.toContain('单');
  });

  it('answers 几笔 with the count of payments', () => {
    expect(sales.ask('合作社和超市签了几笔订单？').direct).toContain('3笔');
  });

  it('answers an English "how many person-times" in 人次, not in aircraft', () => {
    expect(rescue.ask('How many person-times of ground personnel were sent?').direct).toBe('516人次');
  });
});
