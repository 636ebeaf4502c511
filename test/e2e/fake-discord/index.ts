import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CommandRegistry } from './commands.js';
import { Gateway } from './gateway.js';
import { InteractionLedger } from './interactions.js';
import { INTERACTION_TYPE, baseInteraction, buttonData, commandData, modalSubmitData, type OptionValues } from './interaction-payloads.js';
import { gatewayMessageEvents } from './message-events.js';
import { RateLimits } from './rate-limits.js';
import { handleRest } from './rest.js';
import { nextSnowflake } from './snowflake.js';
import { World, type StoredMessage } from './state.js';
import type { CommandOptions, FakeDiscordOptions, Interaction, InteractionResult, RecordedRequest, RestFault, SendMessageOptions } from './types.js';
import { Signals } from './waiter.js';

export type * from './types.js';
export { shardOf, snowflakeOnShard } from './sharding.js';
export type { AttachmentInput, OptionValue, OptionValues } from './interaction-payloads.js';
export { INITIAL_RESPONSE_WINDOW_MS, TOKEN_LIFETIME_MS } from './interactions.js';

export interface FakeDiscord {
  /** http://127.0.0.1:PORT/api — give it to discord.js as `rest.api` (DISCORD_API_URL). */
  readonly apiUrl: string;
  readonly token: string;
  readonly applicationId: string;
  readonly botUserId: string;
  readonly guildId: string;
  readonly channelId: string;
  /** A second text channel of the test guild. */
  readonly otherChannelId: string;
  /** Threads opened so far (by the bot, on a message). */
  threads(): Array<{ id: string; name?: string; parent_id?: string | null; owner_id?: string }>;
  readonly requests: RecordedRequest[];
  readonly commands: { global: unknown[]; guild: Map<string, unknown[]> };
  readonly identifies: number;
  readonly resumes: number;
  waitForReady(timeoutMs?: number): Promise<void>;
  /**
   * Adds a guild the bot is in, with one text channel (`addGuild(snowflakeOnShard(1, 2))` for one
   * that shard 1 of 2 serves); announced with GUILD_CREATE to the session of its shard. Commands
   * and messages name its channel with `channelId`.
   */
  addGuild(id?: string): { guildId: string; channelId: string };
  /** The `[shard_id, shard_count]` of every session connected and ready now. */
  readyShards(): Array<[number, number]>;
  /**
   * Adds a role to the test guild (announced with GUILD_ROLE_CREATE) and returns its id, e.g.
   * `addRole('moderators', PermissionFlagsBits.ManageGuild)`.
   */
  addRole(name: string, permissions: bigint): string;
  /**
   * Replaces a member's roles (GUILD_MEMBER_UPDATE, to sessions with the GuildMembers intent).
   * Their interactions then carry `member.roles` and the `member.permissions` the roles add up
   * to; the guild's owner (the default user) has every permission whatever their roles.
   */
  setMemberRoles(userId: string, roleIds: readonly string[]): void;
  /** `options`: values by option name; an attachment option takes an AttachmentInput (url, filename, size, content_type). */
  sendCommand(name: string, options?: OptionValues, opts?: CommandOptions): Promise<Interaction>;
  /** `others` are the options already filled in besides the focused one. */
  sendAutocomplete(name: string, focused: { name: string; value: string }, opts?: CommandOptions & { others?: OptionValues }): Promise<Interaction>;
  clickButton(messageId: string, customId: string, opts?: Omit<CommandOptions, 'channelId' | 'dm'>): Promise<Interaction>;
  /**
   * The member who got the modal of interaction `interactionId` submits it (MODAL_SUBMIT, type 5),
   * with `values` by text input custom_id; once only, as the modal closes.
   */
  submitModal(interactionId: string, values: Record<string, string>): Promise<Interaction>;
  sendMessage(content: string, opts?: SendMessageOptions): Promise<{ id: string; channelId: string }>;
  waitForResponse(interactionId: string, opts?: { final?: boolean; timeoutMs?: number }): Promise<InteractionResult>;
  responsesTo(interactionId: string): InteractionResult[];
  /** Waits for a message the bot authored (channel messages, interaction responses, follow-ups). */
  waitForChannelMessage(predicate: (m: StoredMessage) => boolean, timeoutMs?: number): Promise<StoredMessage>;
  messages(channelId?: string): StoredMessage[];
  closeGateway(code: number): void;
  sendGatewayOp(op: 7 | 9, d?: unknown): void;
  setHeartbeatAcks(on: boolean): void;
  /** READY comes `ms` after each IDENTIFY from now on (0: at once). */
  setReadyDelay(ms: number): void;
  addRestFault(f: RestFault): void;
  expireInteraction(id: string): void;
  close(): Promise<void>;
}

const DEFAULT_WAIT_MS = 5_000;

export async function startFakeDiscord(opts: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const token = opts.token ?? 'fake-bot-token.wenda.0123456789';
  const world = new World(opts.botPermissions ?? 0n);
  const signals = new Signals();
  const registry = new CommandRegistry(world.applicationId);
  const limits = new RateLimits();
  const requests: RecordedRequest[] = [];
  let port = 0;
  const gatewayUrl = (): string => `ws://127.0.0.1:${port}`;
  const gateway = new Gateway(
    world,
    { token, heartbeatIntervalMs: opts.heartbeatIntervalMs ?? 41_250, enabledPrivilegedIntents: opts.enabledPrivilegedIntents ?? 0, url: gatewayUrl },
    signals,
  );
  const events = gatewayMessageEvents(world, gateway);
  const ledger = new InteractionLedger(world, events, signals);
  const restContext = {
    world,
    commands: registry,
    ledger,
    events,
    limits,
    token,
    gatewayUrl,
    shards: opts.shards ?? 1,
    record: (r: RecordedRequest) => {
      requests.push(r);
      signals.notify();
    },
  };

  const server = createServer((req, res) => void handleRest(req, res, restContext));
  server.on('upgrade', (req, socket, head) => {
    if (new URL(req.url ?? '/', 'http://127.0.0.1').pathname !== '/') return socket.destroy();
    gateway.handleUpgrade(req, socket, head);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  const dispatchInteraction = (payload: Record<string, unknown>, sourceMessageId?: string): Interaction => {
    // Discord fails the interaction at once when no session of the bot exists to receive it (on the guild's shard).
    const guildId = typeof payload.guild_id === 'string' ? payload.guild_id : undefined;
    if (!gateway.hasSessionFor(guildId)) throw new Error('fake-discord: no bot session is connected to receive the interaction');
    const interaction: Interaction = { id: String(payload.id), token: String(payload.token), type: Number(payload.type), createdAt: Date.now(), payload };
    ledger.add(interaction, sourceMessageId);
    gateway.dispatch('INTERACTION_CREATE', () => payload, guildId !== undefined, guildId);
    return interaction;
  };

  const findCommand = (name: string, o: CommandOptions): { command: NonNullable<ReturnType<CommandRegistry['find']>>; path: string[] } => {
    const [root = '', ...path] = name.trim().split(/\s+/);
    const command = registry.find(root, { guildId: o.dm ? undefined : world.guildOf(o.channelId ?? world.channelId), dm: o.dm === true });
    if (!command) throw new Error(`fake-discord: /${root} is not registered where the user is (${o.dm ? 'DM' : 'guild'})`);
    return { command, path };
  };

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    token,
    applicationId: world.applicationId,
    botUserId: world.botUser.id,
    guildId: world.guildId,
    channelId: world.channelId,
    otherChannelId: world.guildChannels[1]!.id,
    threads: () => [...world.threads],
    requests,
    commands: registry,
    get identifies() {
      return gateway.identifies;
    },
    get resumes() {
      return gateway.resumes;
    },
    async waitForReady(timeoutMs = DEFAULT_WAIT_MS) {
      await signals.waitFor(() => (gateway.ready ? true : undefined), timeoutMs, () => 'a bot to identify or resume');
    },
    addGuild(id = nextSnowflake()) {
      const added = world.addGuild(id);
      gateway.dispatch('GUILD_CREATE', () => world.guildCreate(id), true, id);
      return added;
    },
    readyShards: () => gateway.readyShards(),
    addRole(name, permissions) {
      const role = world.addRole(name, permissions);
      gateway.dispatch('GUILD_ROLE_CREATE', () => ({ guild_id: world.guildId, role }));
      return role.id;
    },
    setMemberRoles(userId, roleIds) {
      const member = world.setMemberRoles(userId, roleIds);
      gateway.dispatch('GUILD_MEMBER_UPDATE', () => ({ guild_id: world.guildId, ...member }));
    },
    async sendCommand(name, options = {}, o = {}) {
      const { command, path } = findCommand(name, o);
      const payload = baseInteraction(world, INTERACTION_TYPE.command, o);
      return dispatchInteraction({ ...payload, data: commandData(command, path, options) });
    },
    async sendAutocomplete(name, focused, o = {}) {
      const { command, path } = findCommand(name, o);
      const payload = baseInteraction(world, INTERACTION_TYPE.autocomplete, o);
      const values = { ...(o.others ?? {}), [focused.name]: focused.value };
      return dispatchInteraction({ ...payload, data: commandData(command, path, values, focused.name) });
    },
    async clickButton(messageId, customId, o = {}) {
      const message = world.messages.get(messageId);
      if (!message) throw new Error(`fake-discord: no message ${messageId}`);
      if (message.author.id !== world.botUser.id) throw new Error(`fake-discord: message ${messageId} is not the bot's`);
      if (((message.flags ?? 0) & 64) !== 0 && o.userId !== undefined && message.interaction_metadata?.user?.id !== o.userId)
        throw new Error('fake-discord: only the invoking user can see an ephemeral message');
      const dm = !world.isGuildChannel(message.channel_id);
      const payload = baseInteraction(world, INTERACTION_TYPE.component, { ...o, dm, channelId: message.channel_id });
      return dispatchInteraction({ ...payload, data: buttonData(message, customId), message }, messageId);
    },
    async submitModal(interactionId, values) {
      const shown = ledger.openModal(interactionId);
      if (!shown) throw new Error(`fake-discord: interaction ${interactionId} has no open modal`);
      const opened = shown.interaction.payload;
      const user = ((opened.member as { user?: { id: string } } | undefined)?.user ?? opened.user) as { id: string };
      const dm = opened.guild_id === undefined;
      const payload = baseInteraction(world, INTERACTION_TYPE.modalSubmit, { userId: user.id, dm, channelId: String(opened.channel_id), locale: String(opened.locale) });
      // A modal opened from a button carries the button's message, as Discord sends it.
      const message = shown.sourceMessageId ? world.messages.get(shown.sourceMessageId) : undefined;
      const data = modalSubmitData(shown.modal, values);
      ledger.closeModal(interactionId);
      return dispatchInteraction({ ...payload, data, ...(message ? { message } : {}) }, shown.sourceMessageId);
    },
    async sendMessage(content, o = {}) {
      const author = world.ensureUser(o.authorId ?? (o.bot ? nextSnowflake() : world.ownerUser.id));
      if (o.bot) author.bot = true;
      const channelId = o.dm ? world.dmChannelFor(author.id).id : (o.channelId ?? world.channelId);
      const text = o.mentionBot ? `<@${world.botUser.id}> ${content}` : content;
      const target = o.replyTo ? world.message(channelId, o.replyTo) : undefined;
      const reply: Partial<StoredMessage> = target
        ? { type: 19, message_reference: { type: 0, message_id: target.id, channel_id: channelId, guild_id: world.guildOf(channelId) }, referenced_message: target }
        : {};
      const message = world.createMessage(channelId, author, { content: text }, reply);
      // The client pings the replied-to author by default: they are among the mentions.
      if (target && o.pingReply !== false && !message.mentions.some((u) => u.id === target.author.id)) message.mentions.push(target.author);
      events.created(message);
      return { id: message.id, channelId };
    },
    waitForResponse(interactionId, o = {}) {
      return signals.waitFor(
        () => ledger.results(interactionId).find((r) => !o.final || r.final),
        o.timeoutMs ?? DEFAULT_WAIT_MS,
        () => `${o.final ? 'a final' : 'any'} response to interaction ${interactionId}; failed calls: ${JSON.stringify(
          requests.filter((r) => r.status >= 400 && (r.path.includes(interactionId) || r.path.startsWith('/webhooks/'))).map((r) => [r.method, r.path, r.status]),
        )}`,
      );
    },
    responsesTo: (interactionId) => [...ledger.results(interactionId)],
    waitForChannelMessage(predicate, timeoutMs = DEFAULT_WAIT_MS) {
      return signals.waitFor(
        () => [...world.messages.values()].find((m) => m.author.id === world.botUser.id && predicate(m)),
        timeoutMs,
        () => 'a matching message from the bot',
      );
    },
    messages: (channelId) => [...world.messages.values()].filter((m) => channelId === undefined || m.channel_id === channelId),
    closeGateway: (code) => gateway.closeGateway(code),
    sendGatewayOp: (op, d) => gateway.sendOp(op, d),
    setHeartbeatAcks: (on) => gateway.setHeartbeatAcks(on),
    setReadyDelay: (ms) => gateway.setReadyDelay(ms),
    addRestFault: (f) => limits.addFault(f),
    expireInteraction: (id) => ledger.expire(id),
    async close() {
      signals.abortAll('the fake Discord server closed');
      await gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
