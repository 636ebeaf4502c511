import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { assertDiscordId, isArticleId } from './ids.js';
import { StoreInputError } from './errors.js';
/**
 * Where everything lives under the data directory:
 *
 *     guilds/<guildId>/articles/<articleId>/meta.json    the StoredArticle record
 *                                          /article.txt  the article file (its hash is the id)
 *                                          /parsed.json  the parsed Article
 *                                          /raw.html     the fetched page, when there was one
 *     guilds/<guildId>/channels.json                     channel id → default article id
 *     guilds/<guildId>/loads.json                        member id → load times in the last hour
 *     index/<key>.snapshot                               an engine's built knowledge (answer/snapshot.ts)
 *
 * Every path is built here, from ids checked here, so no other module joins a path itself.
 */
export const ARTICLE_FILES = {
    meta: 'meta.json',
    text: 'article.txt',
    parsed: 'parsed.json',
    raw: 'raw.html',
};
/** The files an article cannot be served without (`raw.html` is optional). */
export const REQUIRED_ARTICLE_FILES = [ARTICLE_FILES.meta, ARTICLE_FILES.text, ARTICLE_FILES.parsed];
// An article is written into `.tmp-…` and renamed into place, and removed by a rename to
// `.trash-…` before it is deleted; a leading dot keeps both apart from the hex article ids.
const WRITING_PREFIX = '.tmp-';
const REMOVING_PREFIX = '.trash-';
export function guildsDir(dataDir) {
    return join(dataDir, 'guilds');
}
/** Engines' knowledge snapshots: derived from the articles, so losing them costs a rebuild, nothing more. */
export function snapshotsDir(dataDir) {
    return join(dataDir, 'index');
}
export function guildDir(dataDir, guildId) {
    assertDiscordId(guildId, 'guild');
    return join(guildsDir(dataDir), guildId);
}
export function articlesDir(dataDir, guildId) {
    return join(guildDir(dataDir, guildId), 'articles');
}
export function articleDir(dataDir, guildId, articleId) {
    if (!isArticleId(articleId))
        throw new StoreInputError(`Not an article id: ${JSON.stringify(articleId.slice(0, 40))}`);
    return join(articlesDir(dataDir, guildId), articleId);
}
export function channelDefaultsFile(dataDir, guildId) {
    return join(guildDir(dataDir, guildId), 'channels.json');
}
export function loadTimesFile(dataDir, guildId) {
    return join(guildDir(dataDir, guildId), 'loads.json');
}
/** A fresh name beside the article's directory to write it in before it becomes visible. */
export function writingDir(dataDir, guildId, articleId) {
    return `${join(articlesDir(dataDir, guildId), WRITING_PREFIX)}${articleId}-${process.pid}-${randomBytes(4).toString('hex')}`;
}
/** A fresh name beside the article's directory to move it to before deleting it. */
export function removingDir(dataDir, guildId, articleId) {
    return `${join(articlesDir(dataDir, guildId), REMOVING_PREFIX)}${articleId}-${process.pid}-${randomBytes(4).toString('hex')}`;
}
/** A directory in `articles/` left by a write or a removal that did not finish. */
export function isUnfinishedArticleDir(name) {
    return name.startsWith(WRITING_PREFIX) || name.startsWith(REMOVING_PREFIX);
}
/** A temporary file `writeAtomically` left in a guild's directory (`channels.json.<pid>.tmp`). */
export function isUnfinishedFile(name) {
    return /\.\d+\.tmp$/.test(name);
}
//# sourceMappingURL=layout.js.map