/** Servers whose channel defaults are kept at most; the one read longest ago goes first. */
const DEFAULT_MAX_GUILDS = 10_000;
/**
 * Channels' default articles as last read from the store, per server, so that answering a
 * question needs no store. A server's are forgotten whenever its library changes, here or in
 * another process (the change feed), and read again on its next question.
 */
export class ChannelDefaults {
    maxGuilds;
    /** `null`: read, and no default is set. */
    byGuild = new Map();
    /** Moves on at every change, so an answer read from the store before a change is not kept after it. */
    generation = 0;
    constructor(maxGuilds = DEFAULT_MAX_GUILDS) {
        this.maxGuilds = maxGuilds;
    }
    async get(guild, channel, read) {
        const known = this.byGuild.get(guild)?.get(channel);
        if (known !== undefined)
            return known ?? undefined;
        const generation = this.generation;
        const id = await read();
        if (generation === this.generation)
            this.remember(guild, channel, id ?? null);
        return id;
    }
    forget(guild) {
        this.generation++;
        this.byGuild.delete(guild);
    }
    clear() {
        this.generation++;
        this.byGuild.clear();
    }
    remember(guild, channel, id) {
        let channels = this.byGuild.get(guild);
        if (!channels) {
            channels = new Map();
            this.byGuild.set(guild, channels);
        }
        channels.set(channel, id);
        for (const [oldest] of this.byGuild) {
            if (this.byGuild.size <= this.maxGuilds)
                break;
            this.byGuild.delete(oldest);
        }
    }
}
//# sourceMappingURL=channel-defaults.js.map