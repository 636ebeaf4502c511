import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { PINYIN_SYLLABLES } from '../../src/language/pinyin-syllables.js';
import { isPinyin, pinyinSyllables } from '../../src/language/pinyin.js';

describe('the written-out list of pinyin syllables', () => {
  it('is exactly the syllables pinyin-pro reads off the common Han block, with the spoken second readings', () => {
    let block = '';
    for (let code = 0x4e00; code <= 0x9fa5; code++) block += String.fromCharCode(code);
    const table = new Set(pinyin(block, { toneType: 'none', type: 'array', v: true }).map((s) => s.toLowerCase()).filter((s) => /^[a-z]+$/.test(s)));
    for (const spoken of ['shei', 'nin', 'zhei', 'nei']) table.add(spoken);
    expect([...PINYIN_SYLLABLES].sort()).toEqual([...table].sort());
  });

  it('cuts a romanized word into syllables and rejects English', () => {
    expect(pinyinSyllables("xiongan")).toEqual(['xiong', 'an']);
    expect(isPinyin('canjiale')).toBe(true);
    expect(isPinyin('strength')).toBe(false);
  });
});
