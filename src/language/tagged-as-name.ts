import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomically } from '../util/files.js';
import { cacheDir } from '../util/paths.js';
import { lexiconFile, loadLexicon } from './cedict.js';
import { dictionaryFiles, trimmedFiles } from './jieba-dict.js';

/**
 * Words jieba's dictionary tags as names (nr, ns, nt, nz) that are common words: 长度 (ns, "length"),
 * 上市 (ns, "to hit the market"), 多达 (nrt, "up to"). A question word the article lacks is refused
 * before reading when it names something (its tag says so); a common word it lacks is the reader's to
 * weigh, as any other. CC-CEDICT tells them apart: a name's senses are capitalised (苏杭 "Suzhou
 * and Hangzhou", 长城 "the Great Wall"), a common word's are not. Written at build time beside the
 * trimmed dictionary (about 4,000 words) and read on first use.
 */
export const taggedAsNameFile = join(cacheDir, 'jieba.tagged-names-common.txt');

const NAME_TAG = /^(?:nr|ns|nt|nz)/u;

/** A sense naming something: a capitalised word outside brackets (not an abbreviation like TCM, nor pinyin). */
function namesSomething(sense: string): boolean {
  const bare = sense.replace(/\([^)]*\)|\[[^\]]*\]|\p{Script=Han}+/gu, ' ');
  return /\b[A-Z][a-z]/u.test(bare);
}

export function buildTaggedAsName(target = taggedAsNameFile): void {
  const lexicon = loadLexicon();
  const words: string[] = [];
  for (const line of readFileSync(dictionaryFiles().dict, 'utf8').split('\n')) {
    const [word, , tag] = line.split(' ');
    if (!word || !NAME_TAG.test(tag ?? '')) continue;
    const senses = lexicon.get(word);
    if (senses && !senses.some(namesSomething)) words.push(word);
  }
  writeAtomically(target, words.join('\n') + '\n');
}

export function taggedAsNameIsFresh(): boolean {
  if (!existsSync(taggedAsNameFile) || !existsSync(lexiconFile) || !existsSync(trimmedFiles.dict)) return false;
  const built = statSync(taggedAsNameFile).mtimeMs;
  return built >= statSync(lexiconFile).mtimeMs && built >= statSync(trimmedFiles.dict).mtimeMs;
}

let common: Set<string> | undefined;

/** Whether jieba tags the word as a name while the dictionary knows it only as a common word. */
export function commonWordTaggedAsName(word: string): boolean {
  if (!common) {
    if (!taggedAsNameIsFresh()) buildTaggedAsName();
    common = new Set(readFileSync(taggedAsNameFile, 'utf8').split('\n').filter(Boolean));
  }
  return common.has(word);
}
