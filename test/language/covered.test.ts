import { describe, expect, it } from 'vitest';
import { gluedFunctionCharacter, longestUncovered, mostlyCovered } from '../../src/language/covered.js';

// Written for this test: an article's text, and words of questions asked of it.
const ARTICLE = '岗巴山脉位于高原西部，山中有冰川四十多条，修通公路后只需半天即可到达。';
const present = (text: string) => ARTICLE.includes(text);

describe('whether a question word is one the article lacks', () => {
  it('takes a word jieba glued from a function character and an article character as no word at all', () => {
    // 山脉中的 → 山脉/中的; 因一战后 → 因一/战后: neither is a word the article could lack.
    expect(gluedFunctionCharacter('中的', present)).toBe(true);
    expect(gluedFunctionCharacter('因一', (c) => c === '一')).toBe(true);
  });

  it('takes a helping character glued to an article character (村有 of 成條村有幾多戶, 要照) as no word at all', () => {
    const village = (text: string) => '全村共有68戶，學校照常上課'.includes(text);
    expect(gluedFunctionCharacter('村有', village)).toBe(true);
    expect(gluedFunctionCharacter('要照', village)).toBe(true);
    // …but not when the article lacks the other character too.
    expect(gluedFunctionCharacter('要裁', village)).toBe(false);
  });

  it('takes a complement glued after a verb the article writes (骗来, 转成) as no word at all', () => {
    const court = (text: string) => '他将骗得的钱款用于赌博，其中一人转为重症'.includes(text);
    expect(gluedFunctionCharacter('骗来', court)).toBe(true);
    expect(gluedFunctionCharacter('转成', court)).toBe(true);
    // Not a complement before the verb, nor one after a verb the article never writes.
    expect(gluedFunctionCharacter('来骗', court)).toBe(false);
    expect(gluedFunctionCharacter('抢来', court)).toBe(false);
  });

  it('keeps a name, a dictionary word, and a glued word whose other character the article lacks', () => {
    expect(gluedFunctionCharacter('于明', present)).toBe(false); // 于 is a surname
    expect(gluedFunctionCharacter('王小明', present)).toBe(false);
    expect(gluedFunctionCharacter('冰川', present)).toBe(false); // jieba's dictionary has it
    expect(gluedFunctionCharacter('中的', () => false)).toBe(false);
  });

  it('counts a word the article writes in two-character runs as written, but not a name part it never writes', () => {
    const written = (bigram: string) => ARTICLE.includes(bigram);
    expect(mostlyCovered('和冰川', '岗巴山和冰川', written)).toBe(true);
    expect(longestUncovered('上海山脉', '上海山脉在哪', written)).toBe(2);
  });
});
