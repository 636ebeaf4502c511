import { engineFromArticles } from '../answer/load.js';
import { Lru } from '../util/lru.js';
/**
 * Every article of each server this process serves, in memory, and per server one engine over the
 * seeds and all of its articles, built when first asked and rebuilt after a load or a removal there.
 * A question needs nothing of the store: the embedded default, where the store is this machine's files.
 */
export class WholeServerEngines {
    options;
    loaded = new Map();
    engines;
    constructor(options) {
        this.options = options;
        this.engines = new Lru(options.maxEngines);
    }
    async prepare(guild) {
        // The engine is built (CPU work) when called: after the reply is deferred, not before.
        return () => this.engineFor(guild);
    }
    has(guildId, id) {
        return (this.loaded.get(guildId) ?? []).some((a) => a.id === id);
    }
    titles(guild) {
        return this.engineFor(guild).articles.map((a) => a.title);
    }
    async replace(guildId, stored) {
        this.setLoaded(guildId, await this.readGuild(guildId, stored));
    }
    servers() {
        return [...this.loaded.keys()];
    }
    added(guildId, _stored, article) {
        this.loaded.set(guildId, [...(this.loaded.get(guildId) ?? []), article]);
        this.engines.delete(guildId);
    }
    removed(guildId, id) {
        this.loaded.set(guildId, (this.loaded.get(guildId) ?? []).filter((a) => a.id !== id));
        this.engines.delete(guildId);
    }
    seedsChanged() {
        this.engines.clear();
    }
    held() {
        return { articles: [...this.loaded.values()].reduce((n, list) => n + list.length, 0), engines: this.engines.size };
    }
    engineFor(guild) {
        const key = guild ?? '';
        return (this.engines.get(key) ??
            this.engines.set(key, engineFromArticles([...this.options.seeds(), ...(guild ? (this.loaded.get(guild) ?? []) : [])], [], { snapshots: this.options.snapshots })));
    }
    /**
     * A server's articles as the engine reads them. One already read is taken as it is: an id is the
     * hash of the text, so the same id is the same article. A bad one is reported and skipped.
     */
    async readGuild(guildId, stored) {
        const known = new Map((this.loaded.get(guildId) ?? []).map((a) => [a.id, a]));
        const articles = [];
        for (const entry of stored) {
            const article = known.get(entry.id) ?? (await this.options.read(guildId, entry));
            if (article)
                articles.push(article);
        }
        return articles;
    }
    /** Replaces a server's articles; its engine is rebuilt on its next question only if they changed. */
    setLoaded(guildId, articles) {
        const before = new Set((this.loaded.get(guildId) ?? []).map((a) => a.id));
        const same = before.size === articles.length && articles.every((a) => before.has(a.id));
        if (articles.length > 0)
            this.loaded.set(guildId, articles);
        else
            this.loaded.delete(guildId);
        if (!same)
            this.engines.delete(guildId);
    }
}
//# sourceMappingURL=whole-engines.js.map