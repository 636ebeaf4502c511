import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: last year's figure given only inside a comparison (比去年全年的520个),
// next year's plan given as a figure of its own.
const CHARGERS = `某区新能源车充电设施建设提速
<p>本报讯 11月20日上午，某区在新城街道举行充电站启用仪式。这是该区今年第860个投入使用的公共充电桩，比去年全年的520个增加了65%。</p>
<p>区发改局局长李明介绍，每个快充桩的建设成本约为8万元，其中市、区两级财政补助合计最高3万元。</p>
<p>运维方面，区里要求每个充电站必须配备专职管理员，每年运维费用约5000元。</p>
<p>根据计划，该区明年将力争新建公共充电桩1200个，并优先在老旧小区周边布点。</p>`;

describe('a figure of the year asked, written right under it', () => {
  const engine = engineFromArticles([parseArticle(CHARGERS, 'year-written-before')]);

  it('is taken even inside a comparison, not refused as next year’s figure', () => {
    const answer = engine.ask('去年一年一共建了多少个充电桩？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toBe('520个');
  });

  it('leaves the figure of the year it stands under to that year', () => {
    expect(engine.ask('明年打算新建多少个充电桩？').direct).toBe('1200个');
  });
});
