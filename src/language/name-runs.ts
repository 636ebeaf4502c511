import { surnameLength } from './surnames.js';

/**
 * Characters that end a run of jieba's leftovers rather than belong to a name in it: particles,
 * prepositions and the commonest verbs (张/明/远/的 is 张明远 and 的).
 */
const NOT_IN_NAMES = /[的了是在和与及对从为以于将就都也还又而并这那其之个些该着过向到给由等上中下里被把让使称说]/u;

/**
 * Names jieba's dictionary lacks, from its cut of a sentence: an unknown name comes out one
 * character at a time (柯/秋/岚), so a run of two or three single characters that starts with a
 * surname is very likely a name. The search-mode cut is the one every sentence already gets; only
 * the tagger's slower statistical model would keep such a name whole. A few runs are not names
 * (时许); as pinyin keys they cost nothing, since an English question rarely spells them.
 */
export function nameRuns(segmented: readonly string[]): string[] {
  const found: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length >= 2 && run.length <= 3 && surnameLength(run[0]!) > 0) found.push(run.join(''));
    run = [];
  };
  for (const word of segmented) {
    if (/^\p{Script=Han}$/u.test(word) && !NOT_IN_NAMES.test(word)) run.push(word);
    else flush();
  }
  flush();
  return found;
}
