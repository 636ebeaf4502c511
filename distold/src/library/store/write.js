import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fsyncDirectory, writeAtomically } from '../../util/files.js';
import { ARTICLE_FILES, articleDir, articlesDir, channelDefaultsFile, loadTimesFile, removingDir, writingDir, } from './layout.js';
/**
 * Writes an article's files into a fresh directory beside the others and renames it into place,
 * so a reader (or the next start, after a crash) sees the whole article or none of it.
 */
export function writeArticle(dataDir, files) {
    const { guildId, id } = files.article;
    const parent = articlesDir(dataDir, guildId);
    const target = articleDir(dataDir, guildId, id);
    const staging = writingDir(dataDir, guildId, id);
    mkdirSync(staging, { recursive: true });
    try {
        const durable = { durable: true };
        writeAtomically(join(staging, ARTICLE_FILES.text), files.articleFile, durable);
        writeAtomically(join(staging, ARTICLE_FILES.parsed), files.parsedJson, durable);
        if (files.rawHtml !== undefined)
            writeAtomically(join(staging, ARTICLE_FILES.raw), files.rawHtml, durable);
        // meta.json last: it is what makes a directory an article when the store is read.
        writeAtomically(join(staging, ARTICLE_FILES.meta), JSON.stringify(files.article, null, 2) + '\n', durable);
        // A directory here that the store does not list was found unreadable; the fresh copy replaces it.
        if (existsSync(target))
            discard(dataDir, guildId, id);
        renameSync(staging, target);
        fsyncDirectory(parent);
    }
    catch (error) {
        rmSync(staging, { recursive: true, force: true });
        throw error;
    }
}
/**
 * Removes an article's directory by first renaming it aside: the rename is the atomic step, and
 * a crash during the deletion leaves only a leftover that the next start deletes.
 */
export function discard(dataDir, guildId, articleId) {
    const aside = removingDir(dataDir, guildId, articleId);
    try {
        renameSync(articleDir(dataDir, guildId, articleId), aside);
    }
    catch (error) {
        // Already gone (deleted by hand): what was asked for is done.
        if (error.code === 'ENOENT')
            return;
        throw error;
    }
    fsyncDirectory(articlesDir(dataDir, guildId));
    rmSync(aside, { recursive: true, force: true });
}
export function writeChannelDefaults(dataDir, guildId, state) {
    const json = JSON.stringify(Object.fromEntries(state.channelDefaults), null, 2) + '\n';
    writeAtomically(channelDefaultsFile(dataDir, guildId), json, { durable: true });
}
/** Writes the recent load times, in ISO form so a person can read the file. */
export function writeLoadTimes(dataDir, guildId, state) {
    const entries = [...state.loadTimes].map(([member, times]) => [member, times.map((t) => new Date(t).toISOString())]);
    writeAtomically(loadTimesFile(dataDir, guildId), JSON.stringify(Object.fromEntries(entries), null, 2) + '\n', { durable: true });
}
//# sourceMappingURL=write.js.map