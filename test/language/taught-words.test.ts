import { describe, expect, it } from 'vitest';
import { addWords, tagWords } from '../../src/language/segmenter.js';

// Names taught to jieba stay taught for every article after, in one process: a word the dictionary
// has already must not be retagged for all of them by one article's misreading.
describe('words taught to jieba', () => {
  it('keeps a name the dictionary lacks whole, as a name', () => {
    addWords(['韦澜舟'], 'nr');
    expect(tagWords('省委书记韦澜舟出席会议')).toContainEqual({ word: '韦澜舟', tag: 'nr' });
  });

  it('leaves a dictionary word as the dictionary tags it, whatever an article taught', () => {
    const before = tagWords('在实质方面被认为是').find((t) => t.word === '方面');
    addWords(['方面'], 'nr');
    const after = tagWords('在实质方面被认为是').find((t) => t.word === '方面');
    expect(after?.tag).toBe(before?.tag);
    expect(after?.tag).not.toBe('nr');
  });
});
