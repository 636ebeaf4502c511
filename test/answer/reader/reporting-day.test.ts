import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: a wire lead that gives the day the reporter learnt of the story, and the
// event's own day in the next sentence.
const SURGERY = `棠溪一医院完成首例儿童肝移植
<p>新华社棠溪4月18日电 记者18日从棠溪市儿童医院获悉，该院日前为一名8岁男孩成功实施活体肝移植手术。手术于4月2日上午9时开始，历时11小时。</p>
<p>术后第6天，男孩转入普通病房，目前恢复良好。</p>`;

describe('the day a reporter learnt of the story', () => {
  const engine = engineFromArticles([parseArticle(SURGERY, 'surgery')]);

  it('is not the day the event happened', () => {
    expect(engine.ask('手术是哪天做的？').direct).toContain('4月2日');
    expect(engine.ask('When was the operation performed?').direct).toContain('4月2日');
  });

  it('is the day asked when the question is about the report', () => {
    // With the month its dateline gives it (4月18日电).
    expect(engine.ask('记者哪天获悉的这一消息？').direct).toBe('4月18日');
  });
});
