import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { writeAtomically } from '../util/files.js';
import { cacheDir } from '../util/paths.js';
/**
 * jieba's dictionary, trimmed. The full one (349k words) takes ~0.75 s and ~250 MB to load; the
 * 137k words seen at least 5 times in jieba's corpus take about a third of both and cut news text
 * the same way — the rarer words are mostly long names and idioms, which the index's bigrams and
 * the names taught at load cover anyway. The keyword-extraction tables are never used, so they are
 * replaced by one-line files.
 */
export const MIN_FREQUENCY = 10;
const require = createRequire(import.meta.url);
const jiebaDir = join(dirname(require.resolve('nodejieba')), 'submodules', 'cppjieba', 'dict');
export const fullDictionary = join(jiebaDir, 'jieba.dict.utf8');
/** A word counted at least this often in jieba's corpus is common Chinese: its absence from an article says little. */
export const COMMON_FREQUENCY = 3000;
export const trimmedFiles = {
    dict: join(cacheDir, `jieba.min${MIN_FREQUENCY}.dict.utf8`),
    common: join(cacheDir, `jieba.common${COMMON_FREQUENCY}.txt`),
    idfDict: join(cacheDir, 'jieba.idf.utf8'),
    stopWordDict: join(cacheDir, 'jieba.stop.utf8'),
};
export function trimmedDictionaryIsFresh() {
    return Object.values(trimmedFiles).every((f) => existsSync(f)) && statSync(trimmedFiles.dict).mtimeMs >= statSync(fullDictionary).mtimeMs;
}
export function buildTrimmedDictionary() {
    const kept = readFileSync(fullDictionary, 'utf8')
        .split('\n')
        .filter((line) => Number(line.split(' ')[1]) >= MIN_FREQUENCY);
    writeAtomically(trimmedFiles.dict, kept.join('\n') + '\n');
    const common = kept.filter((line) => Number(line.split(' ')[1]) >= COMMON_FREQUENCY).map((line) => line.split(' ')[0]);
    writeAtomically(trimmedFiles.common, common.join('\n') + '\n');
    // cppjieba asserts these files are not empty.
    writeAtomically(trimmedFiles.idfDict, '的 1.0\n');
    writeAtomically(trimmedFiles.stopWordDict, '的\n');
}
/** The files to load jieba from: the trimmed set, built on first use when the install step did not. */
export function dictionaryFiles() {
    if (!trimmedDictionaryIsFresh())
        buildTrimmedDictionary();
    return trimmedFiles;
}
//# sourceMappingURL=jieba-dict.js.map