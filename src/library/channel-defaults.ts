/** Servers whose channel defaults are kept at most; the one read longest ago goes first. */
const DEFAULT_MAX_GUILDS = 10_000;

/**
 * Channels' default articles as last read from the store, per server, so that answering a
 * question needs no store. A server's are forgotten whenever its library changes, here or in
 * another process (the change feed), and read again on its next question.
 */
export class ChannelDefaults {
  /** `null`: read, and no default is set. */
  private readonly byGuild = new Map<string, Map<string, string | null>>();
  /** Moves on at every change, so an answer read from the store before a change is not kept after it. */
  private generation = 0;

  constructor(private readonly maxGuilds = DEFAULT_MAX_GUILDS) {}

  async get(guild: string, channel: string, read: () => Promise<string | undefined>): Promise<string | undefined> {
    const known = this.byGuild.get(guild)?.get(channel);
    if (known !== undefined) return known ?? undefined;
    const generation = this.generation;
    const id = await read();
    if (generation === this.generation) this.remember(guild, channel, id ?? null);
    return id;
  }

  forget(guild: string): void {
    this.generation++;
    this.byGuild.delete(guild);
  }

  clear(): void {
    this.generation++;
    this.byGuild.clear();
  }

  private remember(guild: string, channel: string, id: string | null): void {
    let channels = this.byGuild.get(guild);
    if (!channels) {
      channels = new Map();
      this.byGuild.set(guild, channels);
    }
    channels.set(channel, id);
    for (const [oldest] of this.byGuild) {
      if (this.byGuild.size <= this.maxGuilds) break;
      this.byGuild.delete(oldest);
    }
  }
}
