// Run by `npm run build` (and so by `npm ci`): prepares the dictionaries once so start-up stays fast —
// CC-CEDICT reduced to a word → senses table (sorted, with an index of its blocks), WordNet to a word → synonyms table, jieba's dictionary
// trimmed to the words news text uses, the common words among those it tags as names, and each character's
// Cantonese readings.
import { existsSync, statSync } from 'node:fs';
import { buildLexicon, cedictDataFile, lexiconFile, loadLexicon } from '../src/language/cedict.js';
import { buildEnglishWords, englishWordsFile } from '../src/language/english-known.js';
import { buildTrimmedDictionary, trimmedDictionaryIsFresh, trimmedFiles } from '../src/language/jieba-dict.js';
import { buildSynonyms, synonymsFile } from '../src/language/wordnet.js';
import { ensureBlocks } from '../src/language/word-table.js';
import { buildTaggedAsName, taggedAsNameFile, taggedAsNameIsFresh } from '../src/language/tagged-as-name.js';
import { buildCantoneseReadings, cantoneseReadingsIsFresh } from '../src/language/cantonese-readings.js';
import { cantoneseReadingsFile } from '../src/language/cantonese-romanised.js';

const started = performance.now();
if (!existsSync(lexiconFile) || statSync(lexiconFile).mtimeMs < statSync(cedictDataFile()).mtimeMs) {
  buildLexicon();
  console.error(`wenda: dictionary reduced to ${lexiconFile}`);
}
ensureBlocks(lexiconFile);
if (!existsSync(englishWordsFile) || statSync(englishWordsFile).mtimeMs < statSync(lexiconFile).mtimeMs) {
  buildEnglishWords(loadLexicon());
  console.error(`wenda: English word table written to ${englishWordsFile}`);
}
if (!existsSync(synonymsFile)) {
  buildSynonyms();
  console.error(`wenda: WordNet synonyms reduced to ${synonymsFile}`);
}
if (!trimmedDictionaryIsFresh()) {
  buildTrimmedDictionary();
  console.error(`wenda: jieba dictionary trimmed to ${trimmedFiles.dict}`);
}
if (!taggedAsNameIsFresh()) {
  buildTaggedAsName();
  console.error(`wenda: common words jieba tags as names listed in ${taggedAsNameFile}`);
}
if (!cantoneseReadingsIsFresh()) {
  buildCantoneseReadings();
  console.error(`wenda: Cantonese readings of the dictionary's characters written to ${cantoneseReadingsFile}`);
}
const took = Math.round(performance.now() - started);
if (took > 50) console.error(`wenda: dictionaries ready in ${took} ms`);
