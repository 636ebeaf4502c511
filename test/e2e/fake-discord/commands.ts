import { nextSnowflake } from './snowflake.js';
import { validateCommandList } from './validate-commands.js';

type Json = Record<string, unknown>;
export type StoredCommand = Json & { id: string; name: string; type: number };

/** Registered application commands, global and per guild, as Discord stores them after a bulk overwrite. */
export class CommandRegistry {
  readonly global: StoredCommand[] = [];
  readonly guild = new Map<string, StoredCommand[]>();

  constructor(private readonly applicationId: string) {}

  /** PUT semantics: the list replaces what was there; a command keeping its name and type keeps its id. */
  overwrite(body: unknown, guildId?: string): StoredCommand[] {
    const incoming = validateCommandList(body);
    const previous = guildId ? (this.guild.get(guildId) ?? []) : this.global;
    const stored = incoming.map((command) => this.store(command, previous, guildId));
    if (guildId) this.guild.set(guildId, stored);
    else this.global.splice(0, this.global.length, ...stored);
    return stored;
  }

  list(guildId?: string): StoredCommand[] {
    return guildId ? (this.guild.get(guildId) ?? []) : this.global;
  }

  /** What a user's client would offer: the guild's own commands first, then global ones usable there. */
  find(name: string, where: { guildId?: string; dm: boolean }): StoredCommand | undefined {
    const chatInput = (c: StoredCommand): boolean => c.type === 1 && c.name === name;
    if (where.dm) {
      // Guild commands never show up in DMs; global ones do unless their contexts exclude BOT_DM (1).
      return this.global.find((c) => chatInput(c) && (!Array.isArray(c.contexts) || c.contexts.includes(1)));
    }
    const own = where.guildId ? this.guild.get(where.guildId)?.find(chatInput) : undefined;
    return own ?? this.global.find((c) => chatInput(c) && (!Array.isArray(c.contexts) || c.contexts.includes(0)));
  }

  private store(command: Json, previous: StoredCommand[], guildId?: string): StoredCommand {
    const type = typeof command.type === 'number' ? command.type : 1;
    const name = String(command.name);
    const kept = previous.find((c) => c.name === name && c.type === type);
    return {
      default_member_permissions: null,
      nsfw: false,
      name_localizations: null,
      description_localizations: null,
      integration_types: [0],
      contexts: null,
      ...command,
      id: kept?.id ?? nextSnowflake(),
      application_id: this.applicationId,
      version: nextSnowflake(),
      type,
      name,
      description: typeof command.description === 'string' ? command.description : '',
      ...(guildId ? { guild_id: guildId } : {}),
    };
  }
}
