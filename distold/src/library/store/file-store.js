import { join } from 'node:path';
import { StoreInputError } from './errors.js';
import { assertDiscordId, isDiscordId, normaliseArticleId } from './ids.js';
import { KeyedQueue } from './keyed-queue.js';
import { ARTICLE_FILES, articleDir, guildsDir } from './layout.js';
import { enforceLimits, loadsWithinHour } from './limits.js';
import { checkNewArticle } from './new-article.js';
import { resolveStoreOptions } from './options.js';
import { readJson, readText } from './read-files.js';
import { freezeArticle, listDir, readGuild } from './read-guild.js';
import { discard, writeArticle, writeChannelDefaults, writeLoadTimes } from './write.js';
/**
 * The article library in a directory on disk (layout in `layout.ts`). A guild's files are read
 * the first time it is asked for and kept in memory after, so one process must own the
 * directory: a second process writing to it would not be seen.
 */
export class FileArticleStore {
    options;
    guilds = new Map();
    queue = new KeyedQueue();
    found = [];
    constructor(options) {
        this.options = resolveStoreOptions(options);
    }
    get problems() {
        return [...this.found];
    }
    async add(guildId, input) {
        const { id, meta, parsedJson, memberId } = checkNewArticle(guildId, input);
        return this.inGuild(guildId, async (state) => {
            const existing = state.articles.get(id);
            if (existing)
                return { article: existing, added: false };
            const now = this.options.now();
            enforceLimits(state.articles.size, state.loadTimes.get(memberId) ?? [], now, this.options);
            // The load is counted before the article is written: a crash in between costs the member
            // one load, where the other order would let an article that crashes the bot be loaded
            // again and again without ever counting.
            state.loadTimes.set(memberId, [...(state.loadTimes.get(memberId) ?? []), now]);
            this.forgetOldLoads(state, now);
            writeLoadTimes(this.options.dataDir, guildId, state);
            const article = freezeArticle({ id, guildId, ...meta });
            const files = { article, articleFile: input.articleFile, parsedJson };
            writeArticle(this.options.dataDir, input.rawHtml === undefined ? files : { ...files, rawHtml: input.rawHtml });
            state.articles.set(id, article);
            return { article, added: true };
        });
    }
    async checkLimits(guildId, memberId) {
        assertDiscordId(guildId, 'guild');
        assertDiscordId(memberId, 'member');
        return this.inGuild(guildId, async (state) => {
            enforceLimits(state.articles.size, state.loadTimes.get(memberId) ?? [], this.options.now(), this.options);
        });
    }
    async list(guildId) {
        assertDiscordId(guildId, 'guild');
        return this.inGuild(guildId, async (state) => newestFirst(state.articles.values()));
    }
    async get(guildId, articleId) {
        assertDiscordId(guildId, 'guild');
        const id = normaliseArticleId(articleId);
        return this.inGuild(guildId, async (state) => {
            const article = id === undefined ? undefined : state.articles.get(id);
            if (!article)
                return undefined;
            const dir = articleDir(this.options.dataDir, guildId, article.id);
            const articleFile = await readText(join(dir, ARTICLE_FILES.text));
            if ('problem' in articleFile)
                return this.drop(state, article, articleFile.problem);
            const parsed = await readJson(join(dir, ARTICLE_FILES.parsed));
            if ('problem' in parsed)
                return this.drop(state, article, parsed.problem);
            return { article, articleFile: articleFile.value, parsed: parsed.value };
        });
    }
    async remove(guildId, articleId) {
        assertDiscordId(guildId, 'guild');
        const id = normaliseArticleId(articleId);
        return this.inGuild(guildId, async (state) => {
            if (id === undefined || !state.articles.has(id))
                return false;
            discard(this.options.dataDir, guildId, id);
            state.articles.delete(id);
            const channels = [...state.channelDefaults].filter(([, article]) => article === id).map(([channel]) => channel);
            for (const channel of channels)
                state.channelDefaults.delete(channel);
            if (channels.length > 0)
                writeChannelDefaults(this.options.dataDir, guildId, state);
            return true;
        });
    }
    async all() {
        const problems = [];
        const names = await listDir(guildsDir(this.options.dataDir), problems);
        this.report(problems);
        const result = [];
        for (const guildId of names) {
            if (!isDiscordId(guildId)) {
                this.report([{ file: join(guildsDir(this.options.dataDir), guildId), reason: 'not a guild directory; skipped' }]);
                continue;
            }
            const articles = await this.list(guildId);
            if (articles.length > 0)
                result.push({ guildId, articles });
        }
        return result;
    }
    async setChannelDefault(guildId, channelId, articleId) {
        assertDiscordId(guildId, 'guild');
        assertDiscordId(channelId, 'channel');
        const id = articleId === undefined ? undefined : normaliseArticleId(articleId);
        return this.inGuild(guildId, async (state) => {
            if (articleId === undefined) {
                if (!state.channelDefaults.delete(channelId))
                    return;
            }
            else {
                if (id === undefined || !state.articles.has(id)) {
                    throw new StoreInputError(`This server keeps no article ${JSON.stringify(articleId.slice(0, 40))}`);
                }
                if (state.channelDefaults.get(channelId) === id)
                    return;
                state.channelDefaults.set(channelId, id);
            }
            writeChannelDefaults(this.options.dataDir, guildId, state);
        });
    }
    async channelDefault(guildId, channelId) {
        assertDiscordId(guildId, 'guild');
        assertDiscordId(channelId, 'channel');
        return this.inGuild(guildId, async (state) => {
            const id = state.channelDefaults.get(channelId);
            // A default naming an article found unreadable since is not offered.
            return id !== undefined && state.articles.has(id) ? id : undefined;
        });
    }
    /** Runs `task` on the guild's state, after every earlier task on the same guild has finished. */
    inGuild(guildId, task) {
        return this.queue.run(guildId, async () => task(await this.guildState(guildId)));
    }
    async guildState(guildId) {
        const known = this.guilds.get(guildId);
        if (known)
            return known;
        const { state, problems } = await readGuild(this.options.dataDir, guildId);
        this.report(problems);
        this.guilds.set(guildId, state);
        return state;
    }
    // An article found broken after its guild was read is dropped like any record that cannot be served.
    drop(state, article, problem) {
        this.report([problem]);
        state.articles.delete(article.id);
        return undefined;
    }
    // Keeps loads.json to the members who loaded something within the hour.
    forgetOldLoads(state, now) {
        for (const [member, times] of state.loadTimes) {
            const recent = loadsWithinHour(times, now);
            if (recent.length === 0)
                state.loadTimes.delete(member);
            else
                state.loadTimes.set(member, recent);
        }
    }
    report(problems) {
        for (const problem of problems) {
            if (!this.found.some((p) => p.file === problem.file && p.reason === problem.reason))
                this.found.push(problem);
        }
    }
}
function newestFirst(articles) {
    return [...articles].sort((a, b) => Date.parse(b.source.loadedAt) - Date.parse(a.source.loadedAt) || a.id.localeCompare(b.id));
}
//# sourceMappingURL=file-store.js.map