import { existsSync, statSync } from 'node:fs';
import { getJyutpingCandidates } from 'to-jyutping';
import { writeAtomically } from '../util/files.js';
import { lexiconFile, loadLexicon } from './cedict.js';
import { cantoneseReadingsFile } from './cantonese-romanised.js';

/**
 * Each dictionary character's Cantonese readings (Jyutping, tones dropped), written at build time by
 * to-jyutping for cantonese-romanised.ts to read. Only the build imports this module: the converter
 * holds some 27 MB once loaded, more than the bot's whole memory budget leaves.
 */
export function buildCantoneseReadings(target = cantoneseReadingsFile): void {
  const lines: string[] = [];
  for (const [word] of loadLexicon()) {
    if (word.length !== 1 || !/\p{Script=Han}/u.test(word)) continue;
    const readings = new Set((getJyutpingCandidates(word)[0]?.[1] ?? []).map((syllable) => syllable.replace(/\d$/u, '')));
    if (readings.size > 0) lines.push(`${word}\t${[...readings].join(' ')}`);
  }
  writeAtomically(target, lines.sort().join('\n') + '\n');
}

export function cantoneseReadingsIsFresh(): boolean {
  return existsSync(cantoneseReadingsFile) && existsSync(lexiconFile) && statSync(cantoneseReadingsFile).mtimeMs >= statSync(lexiconFile).mtimeMs;
}
