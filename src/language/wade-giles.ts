import { PINYIN_SYLLABLES } from './pinyin-syllables.js';

/**
 * Wade–Giles, as Taiwan's names are spelt in English (Wu Hsiu-chin, Chang Chih-ming), read back into
 * pinyin: the article's names are found by their pinyin (vocabulary.byPinyin). Written without its
 * apostrophes and umlauts, as names are, one spelling stands for several syllables (chin: jin or
 * qin; tsai: zai or cai), so a spelling reads as every syllable it may be.
 */
/** Syllables Wade–Giles spells whole, not by initial and final. */
const WHOLE: Readonly<Record<string, string>> = { zhi: 'chih', chi: 'chih', shi: 'shih', ri: 'jih', zi: 'tzu', ci: 'tzu', si: 'ssu', er: 'erh', yi: 'i', you: 'yu', yan: 'yen', ye: 'yeh', yong: 'yung', yue: 'yueh', lve: 'lueh', nve: 'nueh' };
/** Pinyin initials Wade–Giles spells otherwise (the rest it spells alike). */
const INITIALS: Readonly<Record<string, string>> = { b: 'p', d: 't', g: 'k', j: 'ch', q: 'ch', zh: 'ch', x: 'hs', r: 'j', z: 'ts', c: 'ts' };

function wadeGiles(syllable: string): string {
  const whole = WHOLE[syllable];
  if (whole) return whole;
  const [, initial = '', final = ''] = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw]?)(.*)$/u.exec(syllable) ?? [];
  let f = final.replace(/v/gu, 'u');
  if (f === 'ian') f = 'ien';
  else if (f === 'ie') f = 'ieh';
  else if (f === 'ue') f = 'ueh';
  else if (f.endsWith('ong')) f = f.replace(/ong$/u, 'ung');
  else if (f === 'uo' && !/^(?:g|k|h|sh)$/u.test(initial)) f = 'o';
  else if (f === 'e' && /^[gkh]$/u.test(initial)) f = 'o';
  else if (f === 'ui' && /^[gk]$/u.test(initial)) f = 'uei';
  return (INITIALS[initial] ?? initial) + f;
}

let readings: Map<string, string[]> | undefined;

/** Each Wade–Giles spelling, with the pinyin syllables it may stand for; made on the first name that needs it. */
function table(): Map<string, string[]> {
  if (readings) return readings;
  readings = new Map();
  for (const syllable of PINYIN_SYLLABLES) {
    const spelt = wadeGiles(syllable);
    readings.set(spelt, [...(readings.get(spelt) ?? []), syllable]);
  }
  // Its other spelling of si (szu), and hs written as the pinyin-like sh by some (Shih is shi either way).
  readings.set('szu', ['si']);
  return readings;
}

/** Most pinyin readings of one name tried: each ambiguous syllable doubles them. */
const MOST_READINGS = 32;

/**
 * The pinyin keys a name written in Wade–Giles may stand for (Wu Hsiu-chin → wuxiujin, wuxiuqin),
 * its words given one by one as `englishWords` cut them; none when a word is no Wade–Giles syllable.
 */
export function wadeGilesKeys(words: readonly string[]): string[] {
  const spellings = table();
  let keys = [''];
  for (const word of words) {
    const options = spellings.get(word.toLowerCase());
    if (!options) return [];
    keys = keys.flatMap((key) => options.map((o) => key + o));
    if (keys.length > MOST_READINGS) return [];
  }
  return keys;
}
