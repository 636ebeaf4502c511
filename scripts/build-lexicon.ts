// Run by `npm run build` (and so by `npm ci`): reduces CC-CEDICT once so start-up stays fast.
import { existsSync, statSync } from 'node:fs';
import { buildLexicon, cedictDataFile, lexiconFile } from '../src/language/cedict.js';

const fresh = existsSync(lexiconFile) && statSync(lexiconFile).mtimeMs >= statSync(cedictDataFile()).mtimeMs;
if (!fresh) {
  const started = performance.now();
  buildLexicon();
  console.error(`wenda: dictionary reduced to ${lexiconFile} in ${Math.round(performance.now() - started)} ms`);
}
