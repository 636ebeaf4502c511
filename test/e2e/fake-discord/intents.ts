import { GatewayIntentBits } from 'discord.js';
import type { StoredMessage } from './state.js';

export const PRIVILEGED_INTENTS =
  GatewayIntentBits.GuildMembers | GatewayIntentBits.GuildPresences | GatewayIntentBits.MessageContent;
export const ALL_INTENTS = Object.values(GatewayIntentBits)
  .filter((v): v is number => typeof v === 'number')
  .reduce((a, b) => a | b, 0);

const has = (intents: number, bit: number): boolean => (intents & bit) === bit;

/** Which intent a dispatch needs; undefined means every session gets it (READY, INTERACTION_CREATE…). */
export function intentFor(event: string, inGuild: boolean): number | undefined {
  if (event === 'GUILD_CREATE' || event.startsWith('GUILD_ROLE_') || event.startsWith('CHANNEL_') || event.startsWith('THREAD_')) return GatewayIntentBits.Guilds;
  // GUILD_MEMBER_ADD/UPDATE/REMOVE (not GUILD_MEMBERS_CHUNK, an answer to the client's own request).
  if (event.startsWith('GUILD_MEMBER_')) return GatewayIntentBits.GuildMembers;
  if (event.startsWith('MESSAGE_'))
    return inGuild ? GatewayIntentBits.GuildMessages : GatewayIntentBits.DirectMessages;
  return undefined;
}

/**
 * Without the MessageContent intent Discord empties content, embeds, attachments and components
 * (and drops poll), except in DMs, in messages that mention the app, and in the app's own messages.
 */
export function messageForIntents(
  message: StoredMessage,
  intents: number,
  botUserId: string,
  inGuild: boolean,
): StoredMessage {
  const exempt =
    has(intents, GatewayIntentBits.MessageContent) ||
    !inGuild ||
    message.author.id === botUserId ||
    message.mentions.some((u) => u.id === botUserId);
  if (exempt) return message;
  const { poll: _poll, ...rest } = message;
  return { ...rest, content: '', embeds: [], attachments: [], components: [] };
}
