import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomically } from '../util/files.js';
import { cacheDir } from '../util/paths.js';
export const englishWordsFile = join(cacheDir, 'cedict-english.tsv');
/**
 * Every English word the dictionary uses, and whether it is a name (always capitalised there:
 * Tianjin, Shanghai) or a common word. Tells an English name the article lacks ("any Tianjin
 * officials?") from an ordinary word it merely words differently.
 */
export function buildEnglishWords(lexicon, target = englishWordsFile) {
    const proper = new Set();
    const common = new Set();
    for (const senses of lexicon.values()) {
        for (const sense of senses) {
            for (const token of sense.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').match(/[A-Za-z][A-Za-z'’-]*/g) ?? []) {
                const word = token.toLowerCase().replace(/['’-]/g, '');
                if (/^[A-Z]/.test(token))
                    proper.add(word);
                else
                    common.add(word);
            }
        }
    }
    const lines = [...common].map((w) => `${w}\tc`).concat([...proper].filter((w) => !common.has(w)).map((w) => `${w}\tp`));
    writeAtomically(target, lines.join('\n') + '\n');
}
/** Looks a word up in the table, read on the first English word that needs it. */
export function englishKnownWords(fullLexicon) {
    let kinds;
    return (word) => {
        if (!kinds) {
            if (!existsSync(englishWordsFile))
                buildEnglishWords(fullLexicon());
            kinds = new Map();
            for (const line of readFileSync(englishWordsFile, 'utf8').split('\n')) {
                const [w, kind] = line.split('\t');
                if (w && kind)
                    kinds.set(w, kind === 'p' ? 'proper' : 'common');
            }
        }
        return kinds.get(word);
    };
}
//# sourceMappingURL=english-known.js.map