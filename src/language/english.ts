import { stemmer } from 'stemmer';
import { ENGLISH_STOPWORDS } from './stopwords.js';

/** Lower-case English words of a text, possessive 's and apostrophes inside names removed (Xi'an → xian). */
export function englishWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .replace(/(\w)['’](\w)/g, '$1$2')
      .match(/[a-z0-9]+/g) ?? []
  );
}

export function stem(word: string): string {
  return stemmer(word.toLowerCase());
}

export function isEnglishStopword(word: string): boolean {
  return ENGLISH_STOPWORDS.has(word.toLowerCase());
}

/**
 * The words of one dictionary sense that say what it means: "to sign (an agreement)" → [sign],
 * "Pudong New Area, a district of Shanghai …" → [pudong, new, area]. Long descriptive senses
 * keep only their head before the first comma.
 */
export function senseWords(sense: string): string[] {
  const head = sense.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').split(/,\s|;\s/)[0] ?? '';
  return englishWords(head.replace(/^to\s+/i, '').replace(/\b(?:sb|sth|oneself|one's)\b/gi, ' ')).filter(
    (w) => !isEnglishStopword(w),
  );
}
