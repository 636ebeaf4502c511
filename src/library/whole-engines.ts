import type { Article } from '../article/types.js';
import type { Engine } from '../answer/engine.js';
import { engineFromArticles } from '../answer/load.js';
import type { KnowledgeSnapshots } from '../answer/snapshot.js';
import type { GuildKey, ServerEngines } from './server-engines.js';
import type { StoredArticle } from './store/types.js';
import { Lru } from '../util/lru.js';

export interface WholeEnginesOptions {
  seeds: () => readonly Article[];
  /** A stored article as the engine reads it; undefined when it is gone or unreadable. */
  read: (guildId: string, stored: StoredArticle) => Promise<Article | undefined>;
  /** Servers' engines kept built at once (least recently asked dropped first). */
  maxEngines: number;
  /** Where each engine's slow part is kept, keyed by the content of its articles. */
  snapshots?: KnowledgeSnapshots;
}

/**
 * Every article of each server this process serves, in memory, and per server one engine over the
 * seeds and all of its articles, built when first asked and rebuilt after a load or a removal there.
 * A question needs nothing of the store: the embedded default, where the store is this machine's files.
 */
export class WholeServerEngines implements ServerEngines {
  private readonly loaded = new Map<string, Article[]>();
  private readonly engines: Lru<string, Engine>;

  constructor(private readonly options: WholeEnginesOptions) {
    this.engines = new Lru(options.maxEngines);
  }

  async prepare(guild: GuildKey): Promise<() => Engine> {
    // The engine is built (CPU work) when called: after the reply is deferred, not before.
    return () => this.engineFor(guild);
  }

  has(guildId: string, id: string): boolean {
    return (this.loaded.get(guildId) ?? []).some((a) => a.id === id);
  }

  titles(guild: GuildKey): string[] {
    return this.engineFor(guild).articles.map((a) => a.title);
  }

  async replace(guildId: string, stored: readonly StoredArticle[]): Promise<void> {
    this.setLoaded(guildId, await this.readGuild(guildId, stored));
  }

  servers(): string[] {
    return [...this.loaded.keys()];
  }

  added(guildId: string, _stored: StoredArticle, article: Article): void {
    this.loaded.set(guildId, [...(this.loaded.get(guildId) ?? []), article]);
    this.engines.delete(guildId);
  }

  removed(guildId: string, id: string): void {
    this.loaded.set(guildId, (this.loaded.get(guildId) ?? []).filter((a) => a.id !== id));
    this.engines.delete(guildId);
  }

  seedsChanged(): void {
    this.engines.clear();
  }

  held(): { articles: number; engines: number } {
    return { articles: [...this.loaded.values()].reduce((n, list) => n + list.length, 0), engines: this.engines.size };
  }

  private engineFor(guild: GuildKey): Engine {
    const key = guild ?? '';
    return (
      this.engines.get(key) ??
      this.engines.set(key, engineFromArticles([...this.options.seeds(), ...(guild ? (this.loaded.get(guild) ?? []) : [])], [], { snapshots: this.options.snapshots }))
    );
  }

  /**
   * A server's articles as the engine reads them. One already read is taken as it is: an id is the
   * hash of the text, so the same id is the same article. A bad one is reported and skipped.
   */
  private async readGuild(guildId: string, stored: readonly StoredArticle[]): Promise<Article[]> {
    const known = new Map((this.loaded.get(guildId) ?? []).map((a) => [a.id, a]));
    const articles: Article[] = [];
    for (const entry of stored) {
      const article = known.get(entry.id) ?? (await this.options.read(guildId, entry));
      if (article) articles.push(article);
    }
    return articles;
  }

  /** Replaces a server's articles; its engine is rebuilt on its next question only if they changed. */
  private setLoaded(guildId: string, articles: Article[]): void {
    const before = new Set((this.loaded.get(guildId) ?? []).map((a) => a.id));
    const same = before.size === articles.length && articles.every((a) => before.has(a.id));
    if (articles.length > 0) this.loaded.set(guildId, articles);
    else this.loaded.delete(guildId);
    if (!same) this.engines.delete(guildId);
  }
}
