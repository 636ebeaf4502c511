import { ChannelType, MessageType, PermissionFlagsBits, type APIChannel, type APIThreadChannel, type APIDMChannel, type APIGuildMember, type APIMessage, type APIRole, type APITextChannel, type APIUser } from 'discord.js';
import { nextSnowflake } from './snowflake.js';
import { ALL_PERMISSIONS, buildDmChannel, buildGuildCreate, buildMember, buildRole, buildTextChannel, buildUser, EVERYONE_PERMISSIONS } from './payloads.js';
import { unknownChannel, unknownMessage } from './errors.js';

/** A message as the fake stores it: Discord's message object, exactly as REST returns it. */
export type StoredMessage = APIMessage;
type Json = Record<string, unknown>;

/** Message flags Discord sets itself: EPHEMERAL (1<<6) and LOADING (1<<7, a deferred "thinking" reply). */
export const EPHEMERAL = 1 << 6;
export const LOADING = 1 << 7;

/**
 * Everything the fake Discord knows: one application, its bot, one guild with two text channels,
 * DMs; and any further guilds a test adds (one channel each, the same members and roles).
 */
export class World {
  readonly applicationId = nextSnowflake();
  readonly botUser: APIUser;
  readonly ownerUser: APIUser;
  readonly guildId = nextSnowflake();
  readonly channelId: string;
  readonly joinedAt = new Date().toISOString();
  readonly users = new Map<string, APIUser>();
  readonly members = new Map<string, APIGuildMember>();
  readonly roles: APIRole[];
  readonly guildChannels: APITextChannel[];
  readonly dmChannels = new Map<string, APIDMChannel>(); // by recipient id
  readonly messages = new Map<string, StoredMessage>();
  /** Public threads opened on messages (only the bot opens them here). */
  readonly threads: APIThreadChannel[] = [];
  /** Every guild the bot is in: the test guild first, then those added. */
  readonly guildIds: string[] = [this.guildId];

  /** `botPermissions`: added to the bot's own role, e.g. Create Public Threads. */
  constructor(botPermissions = 0n) {
    // Discord gives a bot user the same id as its application.
    this.botUser = buildUser(this.applicationId, 'wenda', true);
    this.ownerUser = this.ensureUser(nextSnowflake(), 'tester');
    this.users.set(this.botUser.id, this.botUser);
    const botRoleId = nextSnowflake();
    // The @everyone role's id is the guild's id.
    this.roles = [
      buildRole(this.guildId, '@everyone', EVERYONE_PERMISSIONS),
      buildRole(botRoleId, 'wenda', EVERYONE_PERMISSIONS | botPermissions, this.botUser.id),
    ];
    this.members.set(this.botUser.id, buildMember(this.botUser, [botRoleId], this.joinedAt));
    this.guildChannels = [
      buildTextChannel(nextSnowflake(), this.guildId, 'general', 0),
      buildTextChannel(nextSnowflake(), this.guildId, 'random', 1),
    ];
    this.channelId = this.guildChannels[0]!.id;
  }

  /** Users the tests invent join the guild on first use, as a real tester account would have. */
  ensureUser(id: string, username = `user${id.slice(-4)}`): APIUser {
    let user = this.users.get(id);
    if (!user) {
      user = buildUser(id, username, false);
      this.users.set(id, user);
      this.members.set(id, buildMember(user, [], new Date().toISOString()));
    }
    return user;
  }

  /** A role of the guild (say, moderators with Manage Server), placed above the existing ones. */
  addRole(name: string, permissions: bigint): APIRole {
    const role = buildRole(nextSnowflake(), name, permissions, undefined, this.roles.length);
    this.roles.push(role);
    return role;
  }

  /** Replaces the roles of a member (joining them first if need be); @everyone is implied, as on Discord. */
  setMemberRoles(userId: string, roleIds: readonly string[]): APIGuildMember {
    this.ensureUser(userId);
    for (const id of roleIds) {
      const role = this.roles.find((r) => r.id === id);
      if (!role || id === this.guildId || role.managed) throw new Error(`fake-discord: ${id} is not a role a member can be given`);
    }
    const member = this.members.get(userId)!;
    member.roles = [...new Set(roleIds)];
    return member;
  }

  /**
   * A member's permissions as Discord computes them for an interaction: all of them for the owner
   * and for a member with Administrator, else @everyone's with each of the member's roles' added.
   * No channel here has permission overwrites, so the channel changes nothing.
   */
  permissionsOf(userId: string): bigint {
    if (userId === this.ownerUser.id) return ALL_PERMISSIONS;
    const member = this.members.get(userId);
    let permissions = BigInt(this.roles.find((r) => r.id === this.guildId)!.permissions);
    for (const id of member?.roles ?? []) permissions |= BigInt(this.roles.find((r) => r.id === id)?.permissions ?? '0');
    return (permissions & PermissionFlagsBits.Administrator) !== 0n ? ALL_PERMISSIONS : permissions;
  }

  /** Another guild with the bot in it and one text channel; its members and roles are the test guild's. */
  addGuild(id: string): { guildId: string; channelId: string } {
    if (this.guildIds.includes(id)) throw new Error(`fake-discord: guild ${id} exists already`);
    const channel = buildTextChannel(nextSnowflake(), id, 'general', 0);
    this.guildIds.push(id);
    this.guildChannels.push(channel);
    return { guildId: id, channelId: channel.id };
  }

  /** The guild a channel or thread belongs to; undefined for a DM. */
  guildOf(channelId: string): string | undefined {
    return (this.guildChannels.find((c) => c.id === channelId) ?? this.threads.find((c) => c.id === channelId))?.guild_id;
  }

  guildCreate(guildId = this.guildId): ReturnType<typeof buildGuildCreate> {
    return buildGuildCreate({
      id: guildId,
      name: guildId === this.guildId ? 'wenda test guild' : `wenda guild ${guildId.slice(-4)}`,
      ownerId: this.ownerUser.id,
      joinedAt: this.joinedAt,
      // Each guild's @everyone role has the guild's own id.
      roles: this.roles.map((r) => (r.id === this.guildId ? { ...r, id: guildId } : r)),
      channels: this.guildChannels.filter((c) => c.guild_id === guildId),
      members: [...this.members.values()],
    });
  }

  dmChannelFor(userId: string): APIDMChannel {
    let channel = this.dmChannels.get(userId);
    if (!channel) {
      channel = buildDmChannel(nextSnowflake(), this.ensureUser(userId));
      this.dmChannels.set(userId, channel);
    }
    return channel;
  }

  channel(id: string): APIChannel {
    const channel = this.guildChannels.find((c) => c.id === id) ?? this.threads.find((c) => c.id === id) ?? [...this.dmChannels.values()].find((c) => c.id === id);
    if (!channel) throw unknownChannel();
    return channel;
  }

  isGuildChannel(id: string): boolean {
    return this.guildChannels.some((c) => c.id === id) || this.threads.some((c) => c.id === id);
  }

  /** Opens a public thread on a message of a text channel, owned by `ownerId`, as Discord does (the thread's id is the message's). */
  startThread(channelId: string, messageId: string, ownerId: string, name: string, autoArchive: number): APIThreadChannel {
    const message = this.message(channelId, messageId);
    const thread = {
      id: message.id,
      type: ChannelType.PublicThread,
      guild_id: this.guildOf(channelId),
      parent_id: channelId,
      owner_id: ownerId,
      name,
      last_message_id: null,
      rate_limit_per_user: 0,
      message_count: 0,
      member_count: 1,
      flags: 0,
      thread_metadata: { archived: false, auto_archive_duration: autoArchive, archive_timestamp: new Date().toISOString(), locked: false },
    } as unknown as APIThreadChannel;
    this.threads.push(thread);
    return thread;
  }

  message(channelId: string, id: string): StoredMessage {
    const message = this.messages.get(id);
    if (!message || message.channel_id !== channelId) throw unknownMessage();
    return message;
  }

  /** Builds and stores a message from a validated create body; Discord fills ids, timestamps and mentions. */
  createMessage(channelId: string, author: APIUser, body: Json, extra: Partial<StoredMessage> = {}): StoredMessage {
    this.channel(channelId);
    const content = typeof body.content === 'string' ? body.content : '';
    const message: StoredMessage = {
      id: nextSnowflake(),
      channel_id: channelId,
      author,
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: body.tts === true,
      mention_everyone: false,
      mentions: this.mentionedUsers(content, body.allowed_mentions),
      mention_roles: [],
      attachments: attachmentsFrom(body.attachments),
      embeds: normaliseEmbeds(body.embeds),
      pinned: false,
      type: MessageType.Default,
      flags: typeof body.flags === 'number' ? body.flags : 0,
      components: (Array.isArray(body.components) ? body.components : []) as StoredMessage['components'],
      ...extra,
    };
    this.messages.set(message.id, message);
    this.touchChannel(channelId, message.id);
    return message;
  }

  /** Applies an edit body: only the fields present change, as PATCH does on Discord. */
  editMessage(message: StoredMessage, body: Json): StoredMessage {
    if (typeof body.content === 'string' || body.content === null) {
      message.content = typeof body.content === 'string' ? body.content : '';
      message.mentions = this.mentionedUsers(message.content, body.allowed_mentions);
    }
    if (body.embeds !== undefined) message.embeds = normaliseEmbeds(body.embeds);
    if (body.components !== undefined)
      message.components = (Array.isArray(body.components) ? body.components : []) as StoredMessage['components'];
    if (Array.isArray(body.attachments))
      message.attachments = message.attachments.filter((a) => (body.attachments as Json[]).some((b) => b.id === a.id));
    message.edited_timestamp = new Date().toISOString();
    return message;
  }

  deleteMessage(message: StoredMessage): void {
    this.messages.delete(message.id);
  }

  private touchChannel(channelId: string, messageId: string): void {
    const channel = this.guildChannels.find((c) => c.id === channelId) ?? [...this.dmChannels.values()].find((c) => c.id === channelId);
    if (channel) channel.last_message_id = messageId;
  }

  /** `<@id>` and `<@!id>` ping known users unless allowed_mentions says otherwise. */
  private mentionedUsers(content: string, allowed: unknown): APIUser[] {
    const ids = [...content.matchAll(/<@!?(\d{15,21})>/g)].map((m) => m[1]!);
    const rules = typeof allowed === 'object' && allowed !== null ? (allowed as Json) : undefined;
    const permitted = (id: string): boolean => {
      if (!rules) return true;
      const parse = Array.isArray(rules.parse) ? rules.parse : [];
      const users = Array.isArray(rules.users) ? rules.users : [];
      return parse.includes('users') || users.includes(id);
    };
    return [...new Set(ids)].filter(permitted).flatMap((id) => {
      const user = this.users.get(id);
      return user ? [user] : [];
    });
  }
}

/** Discord stores every embed a bot sends as type "rich". */
function normaliseEmbeds(embeds: unknown): StoredMessage['embeds'] {
  if (!Array.isArray(embeds)) return [];
  return embeds.map((e: Json) => ({ type: 'rich', ...e })) as StoredMessage['embeds'];
}

/** Uploads are described in the body's `attachments` (id = index of the `files[n]` part); Discord gives each a real id. */
function attachmentsFrom(list: unknown): StoredMessage['attachments'] {
  if (!Array.isArray(list)) return [];
  return list.map((a: Json) => {
    const filename = typeof a.filename === 'string' ? a.filename : 'file';
    const id = nextSnowflake();
    const url = `https://cdn.discordapp.com/attachments/0/${id}/${filename}`;
    return { id, filename, size: 0, url, proxy_url: url, ...(typeof a.description === 'string' ? { description: a.description } : {}) };
  });
}
