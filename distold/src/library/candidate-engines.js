import { engineFromArticles } from '../answer/load.js';
import { questionArticles } from '../answer/question-articles.js';
import { Lru } from '../util/lru.js';
import { MemorySource } from './sources/memory-source.js';
import { articleKey, storeSource } from './sources/store-source.js';
const DEFAULT_PER_QUESTION = 5;
const DEFAULT_MAX_ARTICLES = 256;
/**
 * Engines over each question's few candidate articles, which the store's own index finds and the
 * store hands over; this process keeps only the ids (and titles) of its servers' articles, and a
 * bounded number of articles and engines, whatever the size of the library. An engine is kept by
 * the set of articles it is over (and its server's), so a server asked about the same articles
 * again answers without building one, and a server's engine never holds another server's articles.
 */
export class CandidateEngines {
    options;
    listed = new Map();
    articles;
    engines;
    perQuestion;
    seedSource;
    /** Raised when the seeds are read again: an engine built over the old ones while they were is never kept under a key in use. */
    seedsRead = 0;
    constructor(options) {
        this.options = options;
        this.articles = new Lru(options.maxArticles ?? DEFAULT_MAX_ARTICLES);
        this.engines = new Lru(options.maxEngines);
        this.perQuestion = options.perQuestion ?? DEFAULT_PER_QUESTION;
    }
    async prepare(guild, request) {
        const articles = await questionArticles(request, this.sources(guild), this.perQuestion);
        const key = `${this.seedsRead}:${guild ?? ''}:${articles.map((a) => a.id).sort().join(',')}`;
        const seeds = new Set(this.options.seeds());
        const holds = guild ? articles.filter((a) => !seeds.has(a)).map((a) => articleKey(guild, a.id)) : [];
        // Built when called (CPU work, after the reply is deferred); not kept on disk: one question's
        // candidates are one of endlessly many article sets.
        return () => (this.engines.get(key) ?? this.engines.set(key, { engine: engineFromArticles(articles, [], { keepLexicon: false }), holds })).engine;
    }
    has(guildId, id) {
        return (this.listed.get(guildId) ?? []).some((a) => a.id === id);
    }
    titles(guild) {
        return [...this.options.seeds(), ...(guild ? (this.listed.get(guild) ?? []) : [])].map((a) => a.title);
    }
    async replace(guildId, stored) {
        const kept = new Set(stored.map((a) => a.id));
        this.forget(guildId, (id) => !kept.has(id));
        if (stored.length > 0)
            this.listed.set(guildId, [...stored]);
        else
            this.listed.delete(guildId);
    }
    servers() {
        return [...this.listed.keys()];
    }
    added(guildId, stored, article) {
        this.listed.set(guildId, [stored, ...(this.listed.get(guildId) ?? [])]);
        // Just parsed: the question that follows a load is most often about it.
        this.articles.set(articleKey(guildId, stored.id), article);
    }
    removed(guildId, id) {
        this.listed.set(guildId, (this.listed.get(guildId) ?? []).filter((a) => a.id !== id));
        this.forget(guildId, (gone) => gone === id);
    }
    seedsChanged() {
        this.seedSource = undefined;
        this.seedsRead++;
        this.engines.clear();
    }
    held() {
        const keys = new Set(this.articles.keys());
        for (const built of this.engines.values())
            for (const key of built.holds)
                keys.add(key);
        return { articles: keys.size, engines: this.engines.size };
    }
    /** The seeds first, as the engine over everything lists them; then the server's own. */
    sources(guild) {
        this.seedSource ??= new MemorySource(this.options.seeds());
        if (!guild)
            return [this.seedSource];
        const { store, index, onProblem } = this.options;
        return [this.seedSource, storeSource(guild, { store, index, cache: this.articles, listed: (id) => this.listed.get(id) ?? [], onProblem })];
    }
    /** Drops a server's articles that `gone` names, and every engine holding one. */
    forget(guildId, gone) {
        const prefix = articleKey(guildId, '');
        const isGone = (key) => key.startsWith(prefix) && gone(key.slice(prefix.length));
        this.articles.deleteWhere((_, key) => isGone(key));
        this.engines.deleteWhere((built) => built.holds.some(isGone));
    }
}
//# sourceMappingURL=candidate-engines.js.map