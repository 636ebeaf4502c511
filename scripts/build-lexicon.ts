// Run by `npm run build` (and so by `npm ci`): reduces CC-CEDICT once so start-up stays fast.
import { buildLexicon, lexiconFile } from '../src/language/cedict.js';

const started = performance.now();
buildLexicon();
console.error(`wenda: dictionary reduced to ${lexiconFile} in ${Math.round(performance.now() - started)} ms`);
