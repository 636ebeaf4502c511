import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: an interview printed as questions and answers, the interviewer's questions
// in the words a reader would use.
const INTERVIEW = `湿地修复三年 候鸟回来了
<p>本刊记者 李岚</p>
<p>问：这片湿地为什么会退化？</p>
<p>周明远：原因主要有两个，一是上游来水减少，二是周边围垦挤占了滩涂。</p>
<p>问：修复工作是从哪一年开始的？</p>
<p>周明远：我们从2021年开始补水和退塘还湿，到今年已经恢复滩涂约800亩。</p>`;

describe('an interview printed as questions and answers', () => {
  const engine = engineFromArticles([parseArticle(INTERVIEW, 'interview')]);

  it('answers from the answer after the interviewer’s question, not from the question', () => {
    const answer = engine.ask('湿地为什么会退化？');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toContain('上游来水减少');
  });

  it('gives a figure the answer holds', () => {
    expect(engine.ask('修复工作是哪一年开始的？').direct).toBe('2021年');
  });
});
