import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir } from '../util/paths.js';
import { toSimplified } from './fold.js';
import { stretchesReading } from './spelled-in-text.js';

/**
 * Hong Kong's names in English are spelt by their Cantonese sound, in the government's romanisation
 * (Kam Lung 金龍, Yau Tin 攸田, Sham Shui Po 深水埗), which neither pinyin nor Wade–Giles reads back. Each
 * character's Cantonese readings (Jyutping, tones dropped) are read from the table the build writes
 * (cantonese-readings.ts) on the first name that needs them.
 */
export const cantoneseReadingsFile = join(cacheDir, 'cantonese-readings.tsv');

let readings: Map<string, readonly string[]> | undefined;

/** A character's Cantonese readings, tones dropped (龍 → lung), in either script; none for a character the table lacks. */
export function cantoneseReadings(character: string): readonly string[] {
  if (!readings) {
    readings = new Map();
    if (existsSync(cantoneseReadingsFile)) {
      for (const line of readFileSync(cantoneseReadingsFile, 'utf8').split('\n')) {
        const [character, syllables] = line.split('\t');
        if (character && syllables) readings.set(character, syllables.split(' '));
      }
    }
  }
  // The table holds the dictionary's simplified characters; a traditional one reads as its simplified form.
  return readings.get(character) ?? (/\p{Script=Han}/u.test(character) ? readings.get(toSimplified(character)) : undefined) ?? [];
}

/**
 * Jyutping's initials as the romanisation spells them: b as p, d as t, g as k, z and c as ch or ts
 * (張 Cheung, 曾 Tsang), s as s or sh (沙 Sha, 新 San), j as y or nothing (油 Yau, 葉 Ip).
 */
const INITIALS: Readonly<Record<string, readonly string[]>> = {
  b: ['p'], p: ['p'], m: ['m'], f: ['f'], d: ['t'], t: ['t'], n: ['n', 'l'], l: ['l', 'n'], g: ['k'], k: ['k'], ng: ['ng', ''], h: ['h'],
  gw: ['kw'], kw: ['kw'], w: ['w'], z: ['ch', 'ts', 'tz'], c: ['ch', 'ts', 'tz'], s: ['s', 'sh'], j: ['y', ''], '': ['', 'ng'],
};

/** …and its finals (an aa as a, oeng as eung, eoi as ui, yu as u or ue, i as i, ee or z). */
const FINALS: Readonly<Record<string, readonly string[]>> = {
  aa: ['a', 'ah'], aai: ['ai'], aau: ['au'], aam: ['am'], aan: ['an'], aang: ['ang'], aap: ['ap'], aat: ['at'], aak: ['ak'],
  a: ['a'], ai: ['ai', 'ei'], au: ['au'], am: ['am', 'um'], an: ['an'], ang: ['ang'], ap: ['ap'], at: ['at'], ak: ['ak'],
  e: ['e'], ei: ['ei', 'i', 'ee'], eng: ['eng'], ek: ['ek'],
  i: ['i', 'ee', 'z', 'ze'], iu: ['iu'], im: ['im'], in: ['in'], ing: ['ing'], ip: ['ip'], it: ['it'], ik: ['ik'],
  o: ['o', 'oh'], oi: ['oi', 'oy'], on: ['on'], ong: ['ong'], ot: ['ot'], ok: ['ok'], ou: ['o', 'ou'],
  u: ['u', 'oo'], ui: ['ui', 'ooi'], un: ['un', 'oon'], ung: ['ung'], ut: ['ut', 'oot'], uk: ['uk'],
  oe: ['oe'], oeng: ['eung'], oek: ['euk'], eoi: ['ui', 'eui', 'oi'], eon: ['un', 'eun'], eot: ['ut', 'eut'],
  yu: ['u', 'ue', 'yu'], yun: ['un', 'uen'], yut: ['ut', 'uet'], m: ['m'], ng: ['ng'],
};

let spellings: Map<string, Set<string>> | undefined;

/** Each spelling with the Jyutping syllables (toneless) it may stand for, made on first use. */
function spellingTable(): Map<string, Set<string>> {
  if (spellings) return spellings;
  spellings = new Map();
  const add = (spelt: string, syllable: string) => {
    if (spelt.length === 0) return;
    const known = spellings!.get(spelt) ?? new Set<string>();
    known.add(syllable);
    spellings!.set(spelt, known);
  };
  for (const [initial, initialSpellings] of Object.entries(INITIALS)) {
    for (const [final, finalSpellings] of Object.entries(FINALS)) {
      // A syllable that is only a nasal (吳 ng, 唔 m) takes no initial.
      if ((final === 'm' || final === 'ng') && initial !== '') continue;
      const syllable = initial + final;
      for (const i of initialSpellings) for (const f of finalSpellings) add(i + f, syllable);
      // j before yu, yun or i spells y once (如 Yu, 元 Yuen, 易 Yi).
      if (initial === 'j' && (final.startsWith('yu') || final === 'i')) for (const f of finalSpellings) add(final.startsWith('yu') ? 'y' + f.replace(/^y/u, '') : 'y' + f, syllable);
    }
  }
  // 元 Yuen, 村 Tsuen: the romanisation writes yun as uen after an initial and yuen alone.
  add('yuen', 'jyun');
  return spellings;
}

/** The Jyutping syllables each word of a name may stand for (Kam Lung → [gam, kam…], [lung…]); none when a word spells no syllable. */
export function cantoneseSyllables(words: readonly string[]): string[][] | undefined {
  const table = spellingTable();
  const options: string[][] = [];
  for (const word of words) {
    const syllables = table.get(word.toLowerCase());
    if (!syllables) return undefined;
    options.push([...syllables]);
  }
  return options;
}

/**
 * Every stretch of a text (its characters) whose characters are read, one by one, as the syllables of
 * a name spelt in the romanisation (`cantoneseSyllables`), with how often it stands there: 金龍 of
 * 金龍酒家 for Kam Lung.
 */
export function spelledInCantonese(chars: readonly string[], syllables: readonly (readonly string[])[]): Map<string, number> {
  return stretchesReading(chars, syllables.length, (at, k) => cantoneseReadings(chars[at]!).some((r) => syllables[k]!.includes(r)));
}
