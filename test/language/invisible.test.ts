import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/article/whitespace.js';
import { checkQuestion } from '../../src/discord/guards.js';
import { escapeMarkdown } from '../../src/discord/text.js';
import { removeInvisible } from '../../src/language/invisible.js';
import { normalizeQuestion } from '../../src/language/normalize.js';

/** One of each kind in the list: soft hyphen, ALM, Hangul filler, MVS, ZWSP, ZWNJ, ZWJ, LRM, RLM, RLO, word joiner, isolate, BOM, annotation. */
const SAMPLES = ['\u00ad', '\u061c', '\u115f', '\u180e', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202e', '\u2060', '\u2067', '\ufeff', '\ufff9'];

describe('invisible characters', () => {
  it('are removed, and nothing a reader sees with them', () => {
    expect(removeInvisible('谁\u200b参\u200c加\u200d了\u2060座谈会\ufeff？')).toBe('谁参加了座谈会？');
    expect(removeInvisible('\u202eWho\u202c \u2066came\u2069?\n')).toBe('Who came?\n');
    expect(removeInvisible('A-B 3.5 🙂 甲乙')).toBe('A-B 3.5 🙂 甲乙');
  });

  it('are the same set wherever text is matched, shown or counted', () => {
    for (const c of SAMPLES) {
      const where = `U+${c.codePointAt(0)!.toString(16)}`;
      expect(normalizeQuestion(`谁${c}参加`), where).toBe('谁参加');
      expect(normalizeText(`谁${c}参加`), where).toBe('谁参加');
      expect(escapeMarkdown(`谁${c}参加`), where).toBe('谁参加');
      expect(checkQuestion(c.repeat(3), 300).ok, where).toBe(false);
    }
  });
});
