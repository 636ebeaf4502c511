/**
 * The places an English word for a people or their language may be made on: Chinese writes the
 * place (肯尼亚选手, 葡萄牙企业, 东亚) where English writes "Kenyan runner", "Portuguese companies",
 * "East Asian". English makes most such words by a suffix on the place's name; the candidates are
 * only looked up among the articles' own words, so one that names no place finds nothing.
 */
export function placesOfPeople(word: string): string[] {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR[lower];
  if (irregular) return [...irregular];
  const places: string[] = [];
  for (const [suffix, endings] of SUFFIXES) {
    if (!lower.endsWith(suffix) || lower.length < suffix.length + 3) continue;
    const stem = lower.slice(0, -suffix.length);
    for (const ending of endings) places.push(stem + ending);
    break;
  }
  return places;
}

/**
 * Suffixes, longest first, and the endings of the place names they replace: Australian → Australia,
 * Italian → Italy, Egyptian → Egypt; Korean → Korea, European → Europe; Kenyan → Kenya, Mexican →
 * Mexico; Chinese → China, Japanese → Japan, Togolese → Togo; Pakistani → Pakistan, Thai → Thailand.
 */
const SUFFIXES: readonly [string, readonly string[]][] = [
  ['ian', ['ia', 'a', 'y', '']],
  ['ean', ['ea', 'e']],
  ['an', ['a', 'o', '']],
  ['ese', ['a', '', 'o']],
  ['i', ['', 'land']],
];

/** Words for a people English does not make by a suffix on the place's name. */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  portuguese: ['portugal'],
  lebanese: ['lebanon'],
  french: ['france'],
  dutch: ['netherlands', 'holland'],
  german: ['germany'],
  british: ['britain'],
  english: ['england'],
  scottish: ['scotland'],
  welsh: ['wales'],
  irish: ['ireland'],
  spanish: ['spain'],
  swiss: ['switzerland'],
  greek: ['greece'],
  turkish: ['turkey'],
  polish: ['poland'],
  danish: ['denmark'],
  swedish: ['sweden'],
  finnish: ['finland'],
  filipino: ['philippines'],
  arab: ['arabia'],
};
