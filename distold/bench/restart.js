import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { engineFromArticles } from '../src/answer/load.js';
import { KnowledgeSnapshots } from '../src/answer/snapshot.js';
import { articleFromStored, storedReading } from '../src/library/stored-reading.js';
/** The question the restarted process answers first. */
export const RESTART_QUESTION = '河北省党政代表团在北京考察了哪些地方？';
/**
 * What a restart finds on disk: every article's stored reading, one file each as the store keeps
 * its parsed.json, beside the snapshot the first build wrote into `dir`.
 */
export function writeStoredReadings(articles, dir) {
    const folder = join(dir, 'articles');
    mkdirSync(folder, { recursive: true });
    articles.forEach((article, i) => writeFileSync(join(folder, `${i}.json`), JSON.stringify(storedReading(article))));
}
/**
 * The restarted process: reads every stored reading, gets the engine (from the snapshot when it
 * is there) and answers one question. Returns what it answered; the caller times the whole run.
 */
export function restartAndAnswer(dir) {
    const folder = join(dir, 'articles');
    const names = readdirSync(folder).sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
    const articles = names.map((name) => {
        const stored = JSON.parse(readFileSync(join(folder, name), 'utf8'));
        // The store knows each article's id from its directory; here the reading names it.
        const article = articleFromStored(stored, String(stored.article?.id));
        if (!article)
            throw new Error(`${name}: not a stored reading`);
        return article;
    });
    const engine = engineFromArticles(articles, [], { snapshots: new KnowledgeSnapshots(dir) });
    const answer = engine.ask(RESTART_QUESTION);
    return { direct: answer.direct, sinceStartMs: performance.now(), articles: articles.length };
}
//# sourceMappingURL=restart.js.map