import type { Article } from '../article/types.js';
import type { Engine } from '../answer/engine.js';
import { articleText } from '../answer/knowledge.js';
import { engineFromArticles } from '../answer/load.js';
import { questionArticles, type ArticleSource, type EngineRequest } from '../answer/question-articles.js';
import { loadWholeDictionary } from '../language/segmenter.js';
import { Lru } from '../util/lru.js';
import type { OnProblem } from './read-stored.js';
import type { GuildKey, ServerEngines } from './server-engines.js';
import { MemorySource } from './sources/memory-source.js';
import { articleKey, storeSource } from './sources/store-source.js';
import type { ArticleStore, CandidateIndex, StoredArticle } from './store/types.js';

export interface CandidateOptions {
  /** The store's index of its articles' sentences (PostgreSQL's: `PgArticleStore`). */
  index: CandidateIndex;
  /**
   * A server's articles an engine is built over per question (the seeds are ranked the same way).
   * Default 5: the reader weighs the five articles the index ranks first (choose-article.ts), and
   * the right one is among them 96–97% of the time.
   */
  perQuestion?: number;
  /** Servers' articles kept parsed in memory once read (least recently used dropped first). Default 256. */
  maxArticles?: number;
}

export interface CandidateEnginesOptions extends CandidateOptions {
  seeds: () => readonly Article[];
  store: ArticleStore;
  /** Engines kept built (least recently used dropped first). Default 16. */
  maxEngines?: number;
  onProblem?: OnProblem;
}

const DEFAULT_PER_QUESTION = 5;
const DEFAULT_MAX_ARTICLES = 256;
/**
 * An engine over one question's few articles is about 3.3 MB (most of it MiniSearch's tree), and is
 * asked again only by the same server about the same articles: a follow-up, or the same question.
 * Sixteen hold a shard's ongoing conversations; at 64 they were some 210 MB of a 400 MB heap, kept
 * for questions that rarely came (measured in the bench's bot run: bench/pg-bot.ts).
 */
const DEFAULT_MAX_ENGINES = 16;
/**
 * And at most this many characters of article text over all of them (an engine holds about 0.75 KB
 * per character: 3.3 MB for the 4,400 of a typical question's six articles), so that engines over
 * long articles cannot take the process past its heap: about 120 MB at most. The engine just built
 * is kept whatever its size.
 */
const MAX_ENGINE_CHARACTERS = 160_000;

interface Built {
  engine: Engine;
  /** The servers' articles it holds (`articleKey`), so a removal drops it. */
  holds: string[];
  /** Characters of text it is over: its weight in the cache. */
  characters: number;
}

const characters = (articles: readonly Article[]) => articles.reduce((sum, a) => sum + articleText(a).length, 0);

/**
 * Engines over each question's few candidate articles, which the store's own index finds and the
 * store hands over; this process keeps only the ids (and titles) of its servers' articles, and a
 * bounded number of articles and engines, whatever the size of the library. An engine is kept by
 * the set of articles it is over (and its server's), so a server asked about the same articles
 * again answers without building one, and a server's engine never holds another server's articles.
 */
export class CandidateEngines implements ServerEngines {
  private readonly listed = new Map<string, readonly StoredArticle[]>();
  private readonly articles: Lru<string, Article>;
  private readonly engines: Lru<string, Built>;
  private readonly perQuestion: number;
  private seedSource?: MemorySource;
  /** Raised when the seeds are read again: an engine built over the old ones while they were is never kept under a key in use. */
  private seedsRead = 0;

  constructor(private readonly options: CandidateEnginesOptions) {
    // Every question may bring articles not read before, and their dictionary words with them: the
    // whole dictionary once, rather than a reload of the part for many of the first questions.
    loadWholeDictionary();
    this.articles = new Lru(options.maxArticles ?? DEFAULT_MAX_ARTICLES);
    this.engines = new Lru(options.maxEngines ?? DEFAULT_MAX_ENGINES, { weigh: (built) => built.characters, max: MAX_ENGINE_CHARACTERS });
    this.perQuestion = options.perQuestion ?? DEFAULT_PER_QUESTION;
  }

  async prepare(guild: GuildKey, request: EngineRequest): Promise<() => Engine> {
    const articles = await questionArticles(request, this.sources(guild), this.perQuestion);
    const key = `${this.seedsRead}:${guild ?? ''}:${articles.map((a) => a.id).sort().join(',')}`;
    const seeds = new Set(this.options.seeds());
    const holds = guild ? articles.filter((a) => !seeds.has(a)).map((a) => articleKey(guild, a.id)) : [];
    // Built when called (CPU work, after the reply is deferred); not kept on disk: one question's
    // candidates are one of endlessly many article sets.
    return () =>
      (this.engines.get(key) ?? this.engines.set(key, { engine: engineFromArticles(articles, [], { keepLexicon: false }), holds, characters: characters(articles) })).engine;
  }

  has(guildId: string, id: string): boolean {
    return (this.listed.get(guildId) ?? []).some((a) => a.id === id);
  }

  titles(guild: GuildKey): string[] {
    return [...this.options.seeds(), ...(guild ? (this.listed.get(guild) ?? []) : [])].map((a) => a.title);
  }

  async replace(guildId: string, stored: readonly StoredArticle[]): Promise<void> {
    const kept = new Set(stored.map((a) => a.id));
    this.forget(guildId, (id) => !kept.has(id));
    if (stored.length > 0) this.listed.set(guildId, [...stored]);
    else this.listed.delete(guildId);
  }

  servers(): string[] {
    return [...this.listed.keys()];
  }

  added(guildId: string, stored: StoredArticle, article: Article): void {
    this.listed.set(guildId, [stored, ...(this.listed.get(guildId) ?? [])]);
    // Just parsed: the question that follows a load is most often about it.
    this.articles.set(articleKey(guildId, stored.id), article);
  }

  removed(guildId: string, id: string): void {
    this.listed.set(guildId, (this.listed.get(guildId) ?? []).filter((a) => a.id !== id));
    this.forget(guildId, (gone) => gone === id);
  }

  seedsChanged(): void {
    this.seedSource = undefined;
    this.seedsRead++;
    this.engines.clear();
  }

  held(): { articles: number; engines: number } {
    const keys = new Set(this.articles.keys());
    for (const built of this.engines.values()) for (const key of built.holds) keys.add(key);
    return { articles: keys.size, engines: this.engines.size };
  }

  /** The seeds first, as the engine over everything lists them; then the server's own. */
  private sources(guild: GuildKey): ArticleSource[] {
    this.seedSource ??= new MemorySource(this.options.seeds());
    if (!guild) return [this.seedSource];
    const { store, index, onProblem } = this.options;
    return [this.seedSource, storeSource(guild, { store, index, cache: this.articles, listed: (id) => this.listed.get(id) ?? [], onProblem })];
  }

  /** Drops a server's articles that `gone` names, and every engine holding one. */
  private forget(guildId: string, gone: (id: string) => boolean): void {
    const prefix = articleKey(guildId, '');
    const isGone = (key: string) => key.startsWith(prefix) && gone(key.slice(prefix.length));
    this.articles.deleteWhere((_, key) => isGone(key));
    this.engines.deleteWhere((built) => built.holds.some(isGone));
  }
}
