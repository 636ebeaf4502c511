import { loadArticleFile, loadArticles } from '../article/index.js';
import { defaultSeedsDir } from '../util/paths.js';
import { createEngine } from './create-engine.js';
import { analyseArticles, knowledgeFrom } from './knowledge.js';
import { warmReader } from './reader/warm.js';
import { foldArticle } from './written.js';
/** Reads the articles and builds the one engine every face of the bot uses. Throws ArticleError naming the file or folder. */
export async function loadEngine(options = {}) {
    let articles;
    let skipped = [];
    if (options.files && options.files.length > 0) {
        articles = options.files.map((file) => loadArticleFile(file));
    }
    else {
        ({ articles, skipped } = loadArticles(options.seedsDir ?? defaultSeedsDir));
    }
    return engineFromArticles(articles, skipped);
}
/**
 * The composition of the engine, in the order the data flows: the articles as written → the same
 * in one script for analysis (written.ts) → what the engine knows of them, facts and index
 * (knowledge.ts; or all that read back from a snapshot of the same articles, snapshot.ts) → the
 * reader warmed on them (reader/warm.ts) → the engine, which quotes the written text.
 */
export function engineFromArticles(articles, skipped = [], options = {}) {
    const { snapshots } = options;
    const key = snapshots?.key(articles, options.index ?? 'auto');
    let parts = key ? snapshots.read(key) : undefined;
    if (!parts) {
        parts = analyseArticles(articles.map(foldArticle), options);
        if (key)
            snapshots.write(key, parts);
    }
    const knowledge = knowledgeFrom(parts, options);
    warmReader(knowledge.articles);
    return createEngine(knowledge, skipped, articles);
}
//# sourceMappingURL=load.js.map