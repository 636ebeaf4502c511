import { existsSync, readFileSync } from 'node:fs';
/**
 * A dictionary reduced at install time to one line a word, `word<TAB>values` (the CC-CEDICT senses
 * table, the WordNet synonyms table): read back as word → values, and built first if the install
 * step did not build it.
 */
export function readWordTable(file, build, separator) {
    if (!existsSync(file))
        build(file);
    const table = new Map();
    for (const line of readFileSync(file, 'utf8').split('\n')) {
        const tab = line.indexOf('\t');
        if (tab > 0)
            table.set(line.slice(0, tab), line.slice(tab + 1).split(separator));
    }
    return table;
}
//# sourceMappingURL=word-table.js.map