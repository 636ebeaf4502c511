import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a raid in two provinces, and the one sentence that says where the workshop is (位于城东镇的生产窝点).
const RAID = `某市破获制售假药案
<p>本报讯 11月2日凌晨，某市公安局联合市场监管部门开展集中收网行动，在两省同时捣毁生产窝点1个、仓储点3个，抓获犯罪嫌疑人9名。</p>
<p>此前，市场监管部门接到群众举报，执法人员顺藤摸瓜，最终锁定了位于城东镇的生产窝点。</p>`;

describe('where a thing is, asked by its noun (窝点在哪儿)', () => {
  const engine = engineFromArticles([parseArticle(RAID, 'place-of-the-noun')]);

  it('is the place written right before it (位于城东镇的生产窝点), not the clause around it', () => {
    expect(engine.ask('造假药的窝点设在哪儿？').direct).toBe('城东镇');
  });

  it('leaves where an event happened to the event’s sentence', () => {
    expect(engine.ask('收网行动是在哪里进行的？').direct).toBe('两省');
  });
});
