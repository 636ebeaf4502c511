import { watch, type FSWatcher } from 'node:fs';
import { parseArticle } from '../article/parse.js';
import { loadArticles } from '../article/load.js';
import type { Article } from '../article/types.js';
import type { Engine } from '../answer/engine.js';
import type { EngineRequest } from '../answer/question-articles.js';
import { KnowledgeSnapshots } from '../answer/snapshot.js';
import { CandidateEngines, type CandidateOptions } from './candidate-engines.js';
import type { FetchOptions } from './fetch/index.js';
import { importFromUpload, importFromUrl } from './import-page.js';
import { readStoredArticle, withStoredDate } from './read-stored.js';
import type { GuildKey, ServerEngines } from './server-engines.js';
import { StoreUnavailableError } from './store/errors.js';
import { articleIdOf } from './store/ids.js';
import { storedReading } from './stored-reading.js';
import { ChannelDefaults } from './channel-defaults.js';
import type { ArticleStore, ChangeFeed, LibraryChange, StoredArticle, StoredArticleSource } from './store/types.js';
import { WholeServerEngines } from './whole-engines.js';

export type { GuildKey } from './server-engines.js';

/** One entry of a server's library: a stored article, or a shared seed (which has no loader). */
export interface LibraryEntry {
  id: string;
  title: string;
  date?: string;
  paragraphs: number;
  /** Absent for the shared seeds. */
  source?: StoredArticleSource;
  seed: boolean;
}

export interface LibraryOptions {
  /** The shared articles every server sees (`seeds/`); re-read when a file there changes if `watchSeeds`. */
  seedsDir: string;
  store: ArticleStore;
  /**
   * Changes other processes make to a shared store (PostgreSQL): a server's articles are read
   * again, and what was built over them dropped, when one is loaded or removed elsewhere. None for
   * a store only this process writes.
   */
  changes?: ChangeFeed;
  /**
   * The servers this process answers for (a shard's, as Discord routes them); the articles of the
   * others are neither read nor kept. Default: every server.
   */
  serves?: (guildId: string) => boolean;
  /** Pick up files added, changed or removed in `seedsDir` without a restart. Default false (tests, the terminal). */
  watchSeeds?: boolean;
  /** How pages are fetched for `/load` (the allow-list of test hosts, limits). */
  fetch?: Partial<FetchOptions>;
  /**
   * Engines kept built at once (least recently asked dropped first, rebuilt when asked again).
   * Default 64 servers' engines; with `candidates`, 16 engines over questions' articles (candidate-engines.ts).
   */
  maxEngines?: number;
  /**
   * Where each engine's slow part (every sentence cut, facts, index) is kept, keyed by the content
   * of its articles, so that a restart reads it back instead of building it. None: always built.
   */
  snapshotsDir?: string;
  /** Told about a seed file or stored article that could not be read, or a change that could not be read again; the rest keep working. */
  onProblem?: (problem: { file: string; reason: string }) => void;
  /**
   * Answer each question from an engine over its few candidate articles, asked of the store's
   * passage index (PostgreSQL), instead of keeping every article of every server in memory. Then
   * only the servers' article ids are read at start, and `snapshotsDir` is not used.
   */
  candidates?: CandidateOptions;
}

/** Engines kept built: memory is bounded however many servers ask; a quiet server's is rebuilt on its next question. */
const DEFAULT_MAX_ENGINES = 64;

/** How long after the last change in `seeds/` the seeds are re-read: an editor saves in several writes. */
const SEEDS_SETTLE_MS = 300;

/**
 * Every article wenda can answer from: the shared seeds, and each server's own loaded articles,
 * kept in the store. A question in a server is answered from an engine over the seeds and that
 * server's articles only — so it can never be answered from another's: all of them, or, with
 * `candidates`, the few the store's index finds for the question (server-engines.ts).
 */
export class Library {
  private seeds: Article[] = [];
  private readonly servers: ServerEngines;
  private readonly defaults = new ChannelDefaults();
  private watcher?: FSWatcher;
  private settle?: NodeJS.Timeout;
  private unsubscribe?: () => void;
  /** Re-reads after changes made elsewhere, one at a time and in the order they were told. */
  private refreshing: Promise<void> = Promise.resolve();

  private constructor(private readonly options: LibraryOptions) {
    const seeds = () => this.seeds;
    this.servers = options.candidates
      ? new CandidateEngines({ ...options.candidates, seeds, store: options.store, onProblem: options.onProblem, ...(options.maxEngines ? { maxEngines: options.maxEngines } : {}) })
      : new WholeServerEngines({
          seeds,
          read: (guildId, stored) => readStoredArticle(options.store, guildId, stored, options.onProblem),
          maxEngines: options.maxEngines ?? DEFAULT_MAX_ENGINES,
          ...(options.snapshotsDir ? { snapshots: new KnowledgeSnapshots(options.snapshotsDir, options.onProblem) } : {}),
        });
  }

  /** Reads the seeds and the served servers' stored articles (with `candidates`, only their list). A bad stored article is reported and skipped. */
  static async open(options: LibraryOptions): Promise<Library> {
    const library = new Library(options);
    library.readSeeds();
    // Listening before reading, the first read first in line: a change made while everything is
    // read is read again after it, not lost.
    const first = library.rereadAll();
    library.refreshing = first.catch(() => undefined);
    library.unsubscribe = options.changes?.subscribe({
      change: (change) => library.refresh(() => library.reread(change)),
      resync: () => library.refresh(() => library.rereadAll()),
    });
    await first;
    for (const problem of options.store.problems) options.onProblem?.(problem);
    if (options.watchSeeds) library.watchSeeds();
    return library;
  }

  /**
   * Gets ready to answer in a server (or, for `null`, in a DM or the terminal): resolves once the
   * articles the engine needs are at hand, which with `candidates` means asking the store (and
   * throws its StoreUnavailableError while it is out of reach). Calling the result gets the engine,
   * built then if it is not kept: CPU work, for after the reply is deferred.
   */
  prepare(guild: GuildKey, request: EngineRequest = {}): Promise<() => Engine> {
    return this.servers.prepare(guild, request);
  }

  /** The engine for a question (or, without one, for what needs no search) asked in a server. */
  async engineFor(guild: GuildKey, request: EngineRequest = {}): Promise<Engine> {
    return (await this.prepare(guild, request))();
  }

  /** The shared seed articles, as read from `seedsDir`. */
  seedArticles(): readonly Article[] {
    return this.seeds;
  }

  /** The titles of the articles a server's questions are answered from, for /help. */
  titles(guild: GuildKey): string[] {
    return this.servers.titles(guild);
  }

  /** Servers' articles (the seeds apart) and engines held in memory now. */
  held(): { articles: number; engines: number } {
    return this.servers.held();
  }

  /**
   * Stores an article in wenda's format (title line, then HTML) for a server. Throws ArticleError
   * when it cannot be parsed and the store's errors (limits) as they are: nothing is half-stored.
   */
  async load(guild: string, input: { articleFile: string; rawHtml?: string; source: StoredArticleSource; date?: string }): Promise<{ article: StoredArticle; added: boolean }> {
    // Parsed once, before storing: a page the reader cannot read is refused (named by where it came from), not kept.
    const parsed = parseArticle(input.articleFile, articleIdOf(input.articleFile), input.source.value);
    const result = await this.options.store.add(guild, {
      articleFile: input.articleFile,
      rawHtml: input.rawHtml,
      parsed: storedReading(parsed),
      meta: { title: parsed.title, date: input.date ?? parsed.date, paragraphs: parsed.paragraphs.length, source: input.source },
    });
    if (result.added) this.servers.added(guild, result.article, withStoredDate(parsed, result.article.date));
    return result;
  }


  /**
   * `/load url:` and `/load file:`: the member's limits checked first (so a member over them
   * cannot make the bot fetch), then the page fetched, read and stored. Throws the fetcher's,
   * the extractor's, the parser's and the store's errors, each with a message a user can read.
   */
  async loadFrom(guild: string, member: string, from: { url: string } | { upload: { url: string; name: string; size: number } }): Promise<{ article: StoredArticle; added: boolean }> {
    await this.options.store.checkLimits(guild, member);
    const page = 'upload' in from ? await importFromUpload(from.upload, this.options.fetch) : await importFromUrl(from.url, this.options.fetch);
    const source: StoredArticleSource = {
      kind: 'upload' in from ? 'file' : 'url',
      value: 'upload' in from ? from.upload.name : from.url,
      loadedBy: member,
      loadedAt: new Date().toISOString(),
    };
    return this.load(guild, { articleFile: page.articleFile, rawHtml: page.rawHtml, date: page.date, source });
  }

  async remove(guild: string, id: string): Promise<boolean> {
    const removed = await this.options.store.remove(guild, id);
    if (removed) {
      this.servers.removed(guild, id);
      // The store cleared the channel defaults that named it.
      this.defaults.forget(guild);
    }
    return removed;
  }

  /** A server's own articles, newest first, then the shared seeds. */
  async list(guild: GuildKey): Promise<LibraryEntry[]> {
    const own = guild ? await this.options.store.list(guild) : [];
    return [
      ...own.map((a) => ({ id: a.id, title: a.title, date: a.date, paragraphs: a.paragraphs, source: a.source, seed: false })),
      ...this.seeds.map((a) => ({ id: a.id, title: a.title, date: a.date, paragraphs: a.paragraphs.length, seed: true })),
    ];
  }

  /** One entry of a server's library (its own article or a seed), by id. */
  async entry(guild: GuildKey, id: string): Promise<LibraryEntry | undefined> {
    return (await this.list(guild)).find((e) => e.id === id);
  }

  /** Whether a server can ask about this article (its own, or a seed). */
  has(guild: GuildKey, id: string): boolean {
    return this.seeds.some((a) => a.id === id) || (guild !== null && this.servers.has(guild, id));
  }

  /** Sets (or with `undefined` clears) the article a channel's questions are about by default. */
  async use(guild: string, channel: string, id: string | undefined): Promise<void> {
    await this.options.store.setChannelDefault(guild, channel, id);
    this.defaults.forget(guild);
  }

  /**
   * The channel's default article, if it is still in the library. Kept in memory once read, so a
   * question is answered without the store. While the store cannot be reached, a channel whose
   * default is not in memory is answered as if it had none: from the article that answers best,
   * which the reply names, rather than not at all.
   */
  async channelDefault(guild: GuildKey, channel: string): Promise<string | undefined> {
    if (!guild) return undefined;
    // A failed read is not kept: the default is read again on the next question.
    const id = await this.defaults.get(guild, channel, () => this.options.store.channelDefault(guild, channel)).catch((error: unknown) => {
      if (error instanceof StoreUnavailableError) return undefined;
      throw error;
    });
    return id && this.has(guild, id) ? id : undefined;
  }

  close(): void {
    this.unsubscribe?.();
    this.watcher?.close();
    clearTimeout(this.settle);
  }

  private refresh(task: () => Promise<void>): void {
    this.refreshing = this.refreshing.then(task).catch((error: unknown) => {
      // Most often the database went away just then; the feed reconnects and then everything is read again.
      this.options.onProblem?.({ file: 'library changes', reason: error instanceof Error ? error.message : String(error) });
    });
  }

  /** Another process changed one server's library: its articles are read again; what was built over them is dropped if they differ. */
  private async reread(change: LibraryChange): Promise<void> {
    this.defaults.forget(change.guildId);
    if (change.kind === 'use' || !this.serves(change.guildId)) return;
    await this.servers.replace(change.guildId, await this.options.store.list(change.guildId));
  }

  /** Every server's articles read again: at start, and after the change feed missed some. */
  private async rereadAll(): Promise<void> {
    this.defaults.clear();
    const stored = await this.options.store.all();
    const seen = new Set<string>();
    for (const { guildId, articles } of stored) {
      if (!this.serves(guildId)) continue;
      seen.add(guildId);
      await this.servers.replace(guildId, articles);
    }
    for (const guildId of this.servers.servers()) if (!seen.has(guildId)) await this.servers.replace(guildId, []);
  }

  private serves(guildId: string): boolean {
    return this.options.serves?.(guildId) ?? true;
  }

  private readSeeds(): void {
    try {
      const { articles, skipped } = loadArticles(this.options.seedsDir);
      this.seeds = articles;
      for (const problem of skipped) this.options.onProblem?.(problem);
    } catch (error) {
      // An empty or missing seeds folder leaves the servers' own articles to answer from.
      this.seeds = [];
      this.options.onProblem?.({ file: this.options.seedsDir, reason: error instanceof Error ? error.message : String(error) });
    }
    this.servers.seedsChanged();
  }

  private watchSeeds(): void {
    try {
      this.watcher = watch(this.options.seedsDir, () => {
        clearTimeout(this.settle);
        this.settle = setTimeout(() => this.readSeeds(), SEEDS_SETTLE_MS);
      });
      this.watcher.on('error', (error) => this.options.onProblem?.({ file: this.options.seedsDir, reason: `stopped watching: ${error.message}` }));
    } catch (error) {
      this.options.onProblem?.({ file: this.options.seedsDir, reason: `cannot watch: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
}
