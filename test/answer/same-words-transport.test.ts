import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a timetable's first and last trains, people moved out of a fire's way
// (转移) beside firefighters who help 疏散, and a show the report calls 演出 and 表演 in turn.
const REPORT = `某县遭遇山火
<p>根据运行图，某站首趟列车G101次于6时30分发车。末趟列车G139次于21时05分开出，全程约2小时。</p>
<p>截至28日18时，全县已紧急转移群众3,200人。另有消防员400名在现场参与疏散和扑救。</p>
<p>当晚20时整，灯光演出开始，持续约25分钟。</p>
<p>本届文化节为期9天，共举办灯光表演等活动27场。</p>`;

describe('words written two ways for one meaning (same-words.ts)', () => {
  const engine = engineFromArticles([parseArticle(REPORT, 'same-words-transport')]);

  it('reads a question’s 头班车 as the timetable’s 首趟', () => {
    expect(engine.ask('头班车是哪一趟？').direct).toContain('G101');
  });

  it('reads a question’s 疏散 as the report’s 转移: the people moved, not the firefighters', () => {
    expect(engine.ask('一共疏散了多少群众？').direct).toBe('3,200人');
  });

  it('reads a question’s 表演 as the report’s 演出', () => {
    // A guard: the old reader found it by 灯光 and 持续.
    expect(engine.ask('灯光表演持续了多长时间？').direct).toBe('约25分钟');
  });
});
