import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isArticleId } from './ids.js';
import { ARTICLE_FILES, REQUIRED_ARTICLE_FILES, articlesDir, channelDefaultsFile, guildDir, isUnfinishedArticleDir, isUnfinishedFile, loadTimesFile, } from './layout.js';
import { checkFile, errorCode, readJson, removeLeftover } from './read-files.js';
import { channelDefaultsSchema, loadTimesSchema, storedArticleSchema } from './schema.js';
/**
 * Reads one guild's records. Nothing in the guild's files makes it throw: each bad record is a
 * problem in the list and is left out, and leftovers of interrupted writes are deleted.
 */
export async function readGuild(dataDir, guildId) {
    const problems = [];
    for (const name of await listDir(guildDir(dataDir, guildId), problems)) {
        if (isUnfinishedFile(name))
            problems.push(await removeLeftover(join(guildDir(dataDir, guildId), name)));
    }
    const articles = await readArticles(dataDir, guildId, problems);
    const channels = await readJson(channelDefaultsFile(dataDir, guildId), channelDefaultsSchema);
    if ('problem' in channels && !channels.missing)
        problems.push(channels.problem);
    const channelDefaults = new Map('value' in channels ? Object.entries(channels.value) : []);
    const loads = await readJson(loadTimesFile(dataDir, guildId), loadTimesSchema);
    if ('problem' in loads && !loads.missing)
        problems.push(loads.problem);
    const loadTimes = new Map('value' in loads ? Object.entries(loads.value).map(([member, times]) => [member, times.map((t) => Date.parse(t))]) : []);
    return { state: { articles, channelDefaults, loadTimes }, problems };
}
async function readArticles(dataDir, guildId, problems) {
    const dir = articlesDir(dataDir, guildId);
    const articles = new Map();
    for (const name of await listDir(dir, problems)) {
        const path = join(dir, name);
        if (isUnfinishedArticleDir(name)) {
            problems.push(await removeLeftover(path));
        }
        else if (!isArticleId(name)) {
            problems.push({ file: path, reason: 'not an article directory; skipped' });
        }
        else {
            const article = await readArticle(path, name, guildId, problems);
            if (article)
                articles.set(article.id, article);
        }
    }
    return articles;
}
async function readArticle(dir, id, guildId, problems) {
    const metaFile = join(dir, ARTICLE_FILES.meta);
    const meta = await readJson(metaFile, storedArticleSchema);
    if ('problem' in meta) {
        problems.push(meta.problem);
        return undefined;
    }
    // A directory copied or renamed by hand must not serve under another id or in another guild.
    if (meta.value.id !== id || meta.value.guildId !== guildId) {
        problems.push({ file: metaFile, reason: `describes article ${meta.value.id} of guild ${meta.value.guildId}; skipped` });
        return undefined;
    }
    for (const name of REQUIRED_ARTICLE_FILES) {
        const problem = await checkFile(join(dir, name));
        if (problem) {
            problems.push(problem);
            return undefined;
        }
    }
    return freezeArticle(meta.value);
}
export function freezeArticle(article) {
    Object.freeze(article.source);
    return Object.freeze(article);
}
/** The names in `dir`; none when it does not exist yet, a problem when it cannot be read. */
export async function listDir(dir, problems) {
    try {
        return (await readdir(dir)).sort();
    }
    catch (error) {
        const code = errorCode(error);
        if (code !== 'ENOENT')
            problems.push({ file: dir, reason: `unreadable (${code})` });
        return [];
    }
}
//# sourceMappingURL=read-guild.js.map