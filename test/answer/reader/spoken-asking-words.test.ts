import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../../src/answer/reader/analyse.js';

describe('asking words as people type them', () => {
  it('reads 啥 as 什么 in every cue: 说了啥 asks what was said, 为啥 why, 啥时候 when', () => {
    expect(analyseQuestion('局长说了啥').type).toBe('statement');
    expect(analyseQuestion('为啥要调整停车费').type).toBe('reason');
    expect(analyseQuestion('他是啥时候申请的仲裁').type).toBe('date');
  });

  it('takes 这篇新闻说了啥 for a request for a summary', () => {
    expect(analyseQuestion('简单讲讲这篇新闻说了啥').type).toBe('summary');
  });

  it('keeps 哪天 whole where jieba cuts 哪/天会: no class 天会, no term 天会', () => {
    const question = analyseQuestion('他哪天会到梧港');
    expect(question.type).toBe('date');
    expect(question.askedClass).toEqual([]);
    expect(question.terms).not.toContain('天会');
    expect(question.terms).toContain('梧港');
  });
});
