import { randomBytes } from 'node:crypto';
import { Locale, type APIAttachment } from 'discord.js';
import type { StoredCommand } from './commands.js';
import { EVERYONE_PERMISSIONS, interactionMember } from './payloads.js';
import { nextSnowflake } from './snowflake.js';
import type { StoredMessage, World } from './state.js';
import type { CommandOptions } from './types.js';

type Json = Record<string, unknown>;

/** A file the user picked for an attachment option, as the test serves it (the fake stores no files). */
export interface AttachmentInput {
  /** Where the file is downloaded from: Discord's CDN, or in a test a server on 127.0.0.1. */
  url: string;
  filename: string;
  /** Bytes. */
  size: number;
  content_type?: string;
  /** Discord's media proxy address; default: `url`. */
  proxy_url?: string;
}
export type OptionValue = string | number | boolean | AttachmentInput;
export type OptionValues = Record<string, OptionValue>;

const INTERACTION_TYPE = { command: 2, component: 3, autocomplete: 4, modalSubmit: 5 } as const;
const OPTION = { subcommand: 1, group: 2, string: 3, integer: 4, boolean: 5, number: 10, attachment: 11 } as const;
/** Discord's default upload cap for a guild without boosts, in bytes. */
const ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024;
const VALID_LOCALES = new Set<string>(Object.values(Locale));

/** Interaction tokens are long opaque strings; only their secrecy matters. */
export function newInteractionToken(): string {
  return `aW50ZXJhY3Rpb246${randomBytes(72).toString('base64url')}`;
}

/**
 * The fields every INTERACTION_CREATE carries. In a guild: `member` (with permissions), `guild_id`,
 * `guild`, context 0; in the bot's DM: `user`, context 1 and the guild-install owner "0".
 */
export function baseInteraction(world: World, type: number, opts: CommandOptions): Json {
  const user = world.ensureUser(opts.userId ?? world.ownerUser.id);
  const locale = opts.locale ?? 'en-US';
  if (!VALID_LOCALES.has(locale)) throw new Error(`fake-discord: "${locale}" is not a Discord locale`);
  const common: Json = {
    id: nextSnowflake(),
    application_id: world.applicationId,
    type,
    token: newInteractionToken(),
    version: 1,
    app_permissions: EVERYONE_PERMISSIONS.toString(),
    locale,
    entitlements: [],
    attachment_size_limit: ATTACHMENT_SIZE_LIMIT,
  };
  if (opts.dm) {
    const channel = world.dmChannelFor(user.id);
    return {
      ...common,
      user,
      channel,
      channel_id: channel.id,
      authorizing_integration_owners: { '0': '0' },
      context: 1,
    };
  }
  const channelId = opts.channelId ?? world.channelId;
  if (!world.isGuildChannel(channelId)) throw new Error(`fake-discord: ${channelId} is not a channel of the test guild`);
  const member = world.members.get(user.id)!;
  const guildId = world.guildOf(channelId)!;
  return {
    ...common,
    guild: { id: guildId, locale: 'en-US', features: [] },
    guild_id: guildId,
    guild_locale: 'en-US',
    channel: world.channel(channelId),
    channel_id: channelId,
    member: interactionMember({ ...member, user }, world.permissionsOf(user.id)),
    authorizing_integration_owners: { '0': guildId },
    context: 0,
  };
}

/** `name` may be "command" or "command subcommand" or "command group subcommand". */
export function commandData(command: StoredCommand, path: string[], values: OptionValues, focused?: string): Json {
  let level: Json[] = Array.isArray(command.options) ? (command.options as Json[]) : [];
  const chain: Json[] = [];
  for (const part of path) {
    const sub = level.find((o) => o.name === part && (o.type === OPTION.subcommand || o.type === OPTION.group));
    if (!sub) throw new Error(`fake-discord: /${command.name} has no subcommand "${part}"`);
    chain.push(sub);
    level = Array.isArray(sub.options) ? (sub.options as Json[]) : [];
  }
  const attachments: Record<string, APIAttachment> = {};
  const options = Object.entries(values).map(([name, value]) => optionValue(command.name, level, name, value, name === focused, attachments));
  for (const required of level.filter((o) => o.required === true))
    if (!(String(required.name) in values) && required.name !== focused)
      throw new Error(`fake-discord: /${command.name} needs option "${String(required.name)}"; Discord's client would not send it`);
  let nested: Json[] = options;
  for (const sub of [...chain].reverse()) nested = [{ name: sub.name, type: sub.type, options: nested }];
  return {
    id: command.id,
    name: command.name,
    type: 1,
    options: nested,
    // The objects behind attachment options, keyed by the id each option carries as its value.
    ...(Object.keys(attachments).length > 0 ? { resolved: { attachments } } : {}),
    ...(command.guild_id ? { guild_id: command.guild_id } : {}),
  };
}

/**
 * The attachment object Discord puts in `resolved.attachments` for a file picked in an attachment
 * option: uploaded with the command, so `ephemeral` (Discord deletes it after a while).
 */
function uploadedAttachment(name: string, value: AttachmentInput): APIAttachment {
  const { url, filename, size, content_type, proxy_url } = value;
  if (typeof url !== 'string' || typeof filename !== 'string' || filename === '')
    throw new Error(`fake-discord: the file for "${name}" needs a url and a filename`);
  if (!Number.isSafeInteger(size) || size < 0) throw new Error(`fake-discord: the file for "${name}" needs a size in bytes`);
  // The client refuses a file over the upload limit before anything is sent.
  if (size > ATTACHMENT_SIZE_LIMIT) throw new Error(`fake-discord: ${size} bytes is over the ${ATTACHMENT_SIZE_LIMIT}-byte upload limit`);
  return {
    id: nextSnowflake(),
    filename,
    size,
    url,
    proxy_url: proxy_url ?? url,
    ...(content_type !== undefined ? { content_type } : {}),
    ephemeral: true,
  };
}

const isAttachmentInput = (value: OptionValue): value is AttachmentInput => typeof value === 'object' && value !== null;

function optionValue(commandName: string, level: Json[], name: string, value: OptionValue, focused: boolean, attachments: Record<string, APIAttachment>): Json {
  const def = level.find((o) => o.name === name);
  if (!def) throw new Error(`fake-discord: /${commandName} has no option "${name}"`);
  const type = def.type as number;
  if (type === OPTION.attachment || isAttachmentInput(value)) {
    if (type !== OPTION.attachment || !isAttachmentInput(value) || focused)
      throw new Error(`fake-discord: option "${name}" has type ${type}; ${JSON.stringify(value)} does not fit`);
    const attachment = uploadedAttachment(name, value);
    attachments[attachment.id] = attachment;
    return { name, type, value: attachment.id };
  }
  const ok =
    (type === OPTION.string && typeof value === 'string') ||
    (type === OPTION.integer && (Number.isInteger(value) || focused)) ||
    (type === OPTION.number && (typeof value === 'number' || focused)) ||
    (type === OPTION.boolean && typeof value === 'boolean');
  if (!ok) throw new Error(`fake-discord: option "${name}" has type ${type}; ${JSON.stringify(value)} does not fit (only string/integer/number/boolean/attachment are modelled)`);
  // The client only lets a user pick one of the declared choices; autocomplete input is free text.
  const choices = Array.isArray(def.choices) ? (def.choices as Json[]) : [];
  if (!focused && choices.length > 0 && !choices.some((c) => c.value === value))
    throw new Error(`fake-discord: ${JSON.stringify(value)} is not one of the choices of "${name}"`);
  if (focused && def.autocomplete !== true) throw new Error(`fake-discord: option "${name}" does not have autocomplete`);
  // While typing, Discord sends the focused option's raw text, even for number options.
  return { name, type, value: focused ? String(value) : value, ...(focused ? { focused: true } : {}) };
}

export function buttonData(message: StoredMessage, customId: string): Json {
  const rows = (message.components ?? []) as unknown as Json[];
  const button = rows
    .flatMap((row) => (Array.isArray(row.components) ? (row.components as Json[]) : []))
    .find((c) => c.custom_id === customId);
  if (!button) throw new Error(`fake-discord: message ${message.id} has no component with custom_id "${customId}"`);
  if (button.type !== 2) throw new Error(`fake-discord: "${customId}" is not a button`);
  if (button.disabled === true) throw new Error(`fake-discord: button "${customId}" is disabled; a user cannot click it`);
  return { custom_id: customId, component_type: 2 };
}

/**
 * What the client sends when a member submits a modal: its custom_id and every text input's value
 * (an empty string for one left blank), in the modal's rows. The client itself refuses a required
 * input left empty or a value outside the input's lengths, so the fake does too.
 */
export function modalSubmitData(modal: Json, values: Record<string, string>): Json {
  const inputs = ((modal.components ?? []) as Json[]).flatMap((row) => (Array.isArray(row.components) ? (row.components as Json[]) : []));
  for (const id of Object.keys(values))
    if (!inputs.some((input) => input.custom_id === id)) throw new Error(`fake-discord: the modal has no text input "${id}"`);
  const rows = inputs.map((input) => {
    const value = values[String(input.custom_id)] ?? '';
    const length = [...value].length;
    if (input.required !== false && length === 0) throw new Error(`fake-discord: "${String(input.custom_id)}" is required; the client would not submit`);
    const min = typeof input.min_length === 'number' ? input.min_length : 0;
    const max = typeof input.max_length === 'number' ? input.max_length : 4000;
    if (length > 0 && (length < min || length > max)) throw new Error(`fake-discord: "${String(input.custom_id)}" takes ${min}–${max} characters; the client would not submit ${length}`);
    return { type: 1, components: [{ type: 4, custom_id: input.custom_id, value }] };
  });
  return { custom_id: modal.custom_id, components: rows };
}

export { INTERACTION_TYPE };
