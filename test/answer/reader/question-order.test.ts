import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { analyseQuestion } from '../../../src/answer/reader/analyse.js';
import { longestCommonSubsequence } from '../../../src/answer/reader/overlap.js';
import { prepareArticle } from '../../../src/answer/reader/prepare.js';
import { gather } from '../../../src/answer/reader/read.js';

// Written for this test: two sentences holding the same words of the question, one in the
// question's order around the asked gap (…资金由 ___ 提供), one with them scattered.
const ARTICLE = `新校区开工
<p>据市政府通报，相关部门提供的报告显示，资金缺口仍然较大，新校区的建设进度落后。</p>
<p>新校区的建设资金由市教育局提供，总额为三亿元。</p>`;

describe('how much of the question a sentence holds in the question\'s order', () => {
  it('counts the characters two strings share in order, gaps allowed', () => {
    expect(longestCommonSubsequence('建设资金由提供', '新校区的建设资金由市教育局提供')).toBe(7);
    expect(longestCommonSubsequence('资金由提供', '提供资金')).toBe(2);
    expect(longestCommonSubsequence('', '提供')).toBe(0);
  });

  it('counts the same as the textbook table for short and long strings alike (a bit per character up to 30, a table past)', () => {
    const table = (a: string, b: string) => {
      const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
      for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) t[i]![j] = a[i - 1] === b[j - 1] ? t[i - 1]![j - 1]! + 1 : Math.max(t[i - 1]![j]!, t[i]![j - 1]!);
      return t[a.length]![b.length]!;
    };
    // A fixed sequence of pseudo-random strings over a few characters, so that repeats abound.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const letters = '甲乙丙丁戊己';
    const text = (max: number) => Array.from({ length: Math.floor(next() * max) }, () => letters[Math.floor(next() * letters.length)]).join('');
    for (let k = 0; k < 2000; k++) {
      const a = text(40);
      const b = text(70);
      expect(longestCommonSubsequence(a, b), `${a} / ${b}`).toBe(table(a, b));
    }
  });

  it('gives the sentence that keeps the words around the asking word in order the larger share, before and after it', () => {
    const prepared = prepareArticle(parseArticle(ARTICLE, 'question-order'));
    const { ranked } = gather(prepared, analyseQuestion('新校区的建设资金由哪个部门提供？'));
    const inOrder = ranked.find((s) => s.sentence.text.startsWith('新校区的建设资金由'))!;
    const scattered = ranked.find((s) => s.sentence.text.includes('相关部门提供'))!;
    // 新校区的建设资金由 | 哪个部门 | 提供: the one holds all nine characters before the asking
    // word in order, the other only 新校区的建设 (its 资金 comes first); of the whole question
    // (the asking word left out), 11 of 11 characters against 6.
    expect(inOrder.orderedBefore).toBe(1);
    expect(scattered.orderedBefore).toBeCloseTo(6 / 9, 5);
    expect(inOrder.orderedAfter).toBe(1);
    expect(inOrder.ordered).toBe(1);
    expect(scattered.ordered).toBeCloseTo(6 / 11, 5);
    // An English question keeps no Chinese order to compare.
    const english = gather(prepared, { ...analyseQuestion('新校区的建设资金由哪个部门提供？'), english: true, cue: undefined });
    expect(english.ranked.every((s) => s.ordered === 0 && s.orderedBefore === 0 && s.orderedAfter === 0)).toBe(true);
  });
});
