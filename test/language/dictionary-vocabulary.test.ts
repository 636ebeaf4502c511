import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../src/language/cedict.js';
import { dictionaryVocabulary } from '../../src/language/dictionary-vocabulary.js';

/** A dictionary of `extra` made-up words besides three real ones, counting how often its words are read through. */
function countingLexicon(extra: number): { lexicon: Lexicon; readThrough: () => number } {
  let reads = 0;
  class Counted extends Map<string, string[]> {
    override keys() {
      reads++;
      return super.keys();
    }
  }
  const lexicon = new Counted([
    ['会议', ['meeting', 'conference']],
    ['飞行员', ['pilot']],
    ['协议', ['agreement', 'treaty']],
  ]);
  for (let i = 0; i < extra; i++) lexicon.set(`词${String.fromCharCode(0x4e00 + (i % 20_000))}${String.fromCharCode(0x4e00 + Math.floor(i / 20_000))}`, [`word${i}`]);
  return { lexicon, readThrough: () => reads };
}

const words = (found: readonly { word: string }[]) => found.map((t) => t.word).sort();

describe('the dictionary read from English, ahead of the first English question', () => {
  it('warmed, answers as built on demand, without reading the dictionary through again', async () => {
    const lazy = dictionaryVocabulary(() => countingLexicon(10).lexicon);
    const { lexicon, readThrough } = countingLexicon(10);
    const warmed = dictionaryVocabulary(() => lexicon);
    await warmed.warm();
    expect(readThrough()).toBe(1);
    for (const stem of ['meet', 'pilot', 'agreement', 'word7']) expect(words(warmed.byEnglish(stem))).toEqual(words(lazy.byEnglish(stem)));
    expect(words(warmed.byEnglish('pilot'))).toEqual(['飞行员']);
    expect(readThrough()).toBe(1);
  });

  it('lets the process run between slices, and a lookup meanwhile gets the whole answer', async () => {
    const { lexicon } = countingLexicon(30_000);
    const vocabulary = dictionaryVocabulary(() => lexicon);
    let ranMeanwhile = false;
    setImmediate(() => {
      ranMeanwhile = true;
      // A question arriving while it warms: the rest is built at once, the answer complete.
      expect(words(vocabulary.byEnglish('word29999'))).toHaveLength(1);
    });
    await vocabulary.warm();
    expect(ranMeanwhile).toBe(true);
    expect(words(vocabulary.byEnglish('agreement'))).toEqual(['协议']);
  });
});
