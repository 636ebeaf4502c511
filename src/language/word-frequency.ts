import { readFileSync } from 'node:fs';
import { dictionaryFiles } from './jieba-dict.js';

/**
 * Whether a word is common Chinese (counted often in jieba's corpus, see COMMON_FREQUENCY). A
 * question word the article lacks matters by how specific it is: 特点 or 情况 missing says little,
 * 客流量 or 使用年限 missing says the article does not answer. The list (under 3,000 words) is
 * written at build time beside the trimmed dictionary and read on first use.
 */
let common: Set<string> | undefined;

export function isCommonWord(word: string): boolean {
  common ??= new Set(readFileSync(dictionaryFiles().common, 'utf8').split('\n').filter(Boolean));
  return common.has(word);
}
