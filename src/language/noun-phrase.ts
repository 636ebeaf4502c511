/** A word as jieba cuts and tags it. */
interface Tagged {
  word: string;
  tag: string;
}

/**
 * Where the noun phrase ending right before word `end` starts: read back while `partOf` takes the
 * word, a verb between two nouns being part of one (污水处理系统: 处理 between 污水 and 系统), until
 * a word `stop` marks ends it whatever its tag (another person's foreign name, by its dot).
 */
export function nounPhraseStart(words: readonly Tagged[], end: number, partOf: (word: Tagged) => boolean, stop: (word: Tagged) => boolean = () => false): number {
  let start = end;
  while (start > 0) {
    const word = words[start - 1]!;
    const verbBetweenNouns = word.tag.startsWith('v') && start < end && /^n/.test(words[start]!.tag) && /^n/.test(words[start - 2]?.tag ?? '');
    if (stop(word) || !(partOf(word) || verbBetweenNouns)) break;
    start--;
  }
  return start;
}
