import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArticlePostings } from '../search/article-postings.js';
import { SentenceIndex } from '../search/sentence-index.js';
import { TieredIndex } from '../search/tiered-index.js';
import { writeAtomically } from '../util/files.js';
/** Written in every snapshot; a file of another format is rebuilt, never misread. */
const FORMAT = 'wenda-knowledge/1';
const SUFFIX = '.snapshot';
/** Snapshots kept in the folder: one per set of articles an engine was built over (the seeds, each busy server's). */
const DEFAULT_KEEP = 32;
let buildId;
/**
 * The code that made a snapshot: every source file's name, size and time. Facts, cuts and the index
 * change with the code, so a snapshot written by other code is rebuilt rather than trusted.
 */
function codeStamp() {
    if (buildId)
        return buildId;
    const hash = createHash('sha256');
    const walk = (dir) => {
        for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
            const path = join(dir, entry.name);
            if (entry.isDirectory())
                walk(path);
            else if (/\.(js|ts|json|tsv|txt)$/.test(entry.name)) {
                const stat = statSync(path);
                hash.update(`${path}\0${stat.size}\0${stat.mtimeMs}\n`);
            }
        }
    };
    walk(fileURLToPath(new URL('..', import.meta.url)));
    return (buildId = hash.digest('hex'));
}
/**
 * A folder of knowledge snapshots, each keyed by the content hash of the articles it was built over
 * (and the code that built it): what a restart would otherwise compute again — every sentence cut
 * by jieba, the facts, the index (MiniSearch's own JSON, or the tiered index's postings) — read back
 * in a fraction of the time. Written atomically; a damaged or foreign file is reported and rebuilt.
 */
export class KnowledgeSnapshots {
    dir;
    onProblem;
    keep;
    constructor(dir, onProblem = () => { }, keep = DEFAULT_KEEP) {
        this.dir = dir;
        this.onProblem = onProblem;
        this.keep = keep;
    }
    /** The key of a set of articles as written (before folding), for one kind of index. */
    key(articles, kind) {
        const hash = createHash('sha256').update(`${FORMAT}\0${codeStamp()}\0${kind}\0`);
        for (const a of articles) {
            hash.update(JSON.stringify([a.id, a.title, a.subtitle, a.date, a.byline, a.editor]));
            for (const p of a.paragraphs)
                hash.update(`\0${p.n}\0${p.text}\0${p.sentences.join('\u0001')}`);
            hash.update('\n');
        }
        return hash.digest('hex').slice(0, 32);
    }
    file(key) {
        return join(this.dir, `${key}${SUFFIX}`);
    }
    /** The parts kept under the key, or undefined when there are none or they cannot be read (reported). */
    read(key) {
        const file = this.file(key);
        let bytes;
        try {
            bytes = readFileSync(file);
        }
        catch {
            return undefined;
        }
        try {
            const parts = decode(bytes, key);
            // Read again: kept among the most recently used when the folder is pruned.
            const now = new Date();
            utimesSync(file, now, now);
            return parts;
        }
        catch (error) {
            this.onProblem({ file, reason: `snapshot rebuilt: ${error instanceof Error ? error.message : String(error)}` });
            rmSync(file, { force: true });
            return undefined;
        }
    }
    /** Keeps the parts under the key; a failure to write is reported, and the engine works on without it. */
    write(key, parts) {
        try {
            writeAtomically(this.file(key), encode(key, parts));
            this.prune();
        }
        catch (error) {
            this.onProblem({ file: this.file(key), reason: `snapshot not written: ${error instanceof Error ? error.message : String(error)}` });
        }
    }
    /** Drops the least recently used snapshots past `keep`. */
    prune() {
        const files = readdirSync(this.dir)
            .filter((name) => name.endsWith(SUFFIX))
            .map((name) => ({ path: join(this.dir, name), used: statSync(join(this.dir, name)).mtimeMs }))
            .sort((a, b) => b.used - a.used);
        for (const { path } of files.slice(this.keep))
            rmSync(path, { force: true });
    }
}
/** One buffer: the head's length, the head (JSON), then the index as its own format writes it. */
function encode(key, parts) {
    const { index } = parts;
    const saved = index instanceof SentenceIndex ? index.save() : undefined;
    const head = {
        format: FORMAT,
        key,
        kind: index instanceof TieredIndex ? 'tiered' : 'sentences',
        articles: [...parts.articles],
        facts: [...parts.facts],
        words: [...parts.words],
        characters: [...parts.characters].join(''),
        frequency: saved?.frequency,
        indexBuildMs: parts.indexBuildMs,
    };
    const headBytes = Buffer.from(JSON.stringify(head), 'utf8');
    const body = index instanceof TieredIndex ? index.postings.toBuffer() : Buffer.from(saved.miniSearch, 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32LE(headBytes.length, 0);
    return Buffer.concat([length, headBytes, body]);
}
function decode(bytes, key) {
    if (bytes.length < 4)
        throw new Error('too short');
    const headLength = bytes.readUInt32LE(0);
    if (4 + headLength > bytes.length)
        throw new Error('truncated');
    const head = JSON.parse(bytes.toString('utf8', 4, 4 + headLength));
    if (head.format !== FORMAT || head.key !== key || !Array.isArray(head.articles))
        throw new Error('not a snapshot of these articles');
    const body = bytes.subarray(4 + headLength);
    const index = head.kind === 'tiered'
        ? new TieredIndex(head.articles, ArticlePostings.fromBuffer(body))
        : new SentenceIndex(head.articles, undefined, { miniSearch: body.toString('utf8'), frequency: head.frequency ?? [] });
    return {
        articles: head.articles,
        facts: new Map(head.facts),
        words: new Set(head.words),
        characters: new Set(head.characters),
        index,
        indexBuildMs: head.indexBuildMs,
    };
}
//# sourceMappingURL=snapshot.js.map