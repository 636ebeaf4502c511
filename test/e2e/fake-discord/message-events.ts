import type { Gateway } from './gateway.js';
import { messageForIntents } from './intents.js';
import type { MessageEvents } from './interactions.js';
import type { StoredMessage, World } from './state.js';

/**
 * Turns stored messages into gateway dispatches. Gateway messages differ from REST ones: guild messages
 * carry `guild_id` and the author's partial `member`, and each session sees them through its intents.
 */
export function gatewayMessageEvents(world: World, gateway: Gateway): MessageEvents {
  const shape = (message: StoredMessage, intents: number): Record<string, unknown> => {
    const inGuild = world.isGuildChannel(message.channel_id);
    const visible = messageForIntents(message, intents, world.botUser.id, inGuild);
    // Gateway message events also name the channel's type; clients build uncached DM channels from it.
    const channelType = world.channel(message.channel_id).type;
    if (!inGuild) return { ...visible, channel_type: channelType };
    const member = world.members.get(message.author.id);
    const { user: _user, ...partialMember } = member ?? { user: undefined };
    return {
      ...visible,
      guild_id: world.guildOf(message.channel_id),
      channel_type: channelType,
      ...(member && !message.webhook_id ? { member: partialMember } : {}),
      mentions: visible.mentions.map((u) => {
        const m = world.members.get(u.id);
        const { user: _u, ...rest } = m ?? { user: undefined };
        return m ? { ...u, member: rest } : u;
      }),
    };
  };
  return {
    threadCreated: (thread) => gateway.dispatch('THREAD_CREATE', () => ({ ...(thread as object), newly_created: true }), true, (thread as { guild_id?: string }).guild_id),
    created: (message) => gateway.dispatch('MESSAGE_CREATE', (intents) => shape(message, intents), world.isGuildChannel(message.channel_id), world.guildOf(message.channel_id)),
    updated: (message) => gateway.dispatch('MESSAGE_UPDATE', (intents) => shape(message, intents), world.isGuildChannel(message.channel_id), world.guildOf(message.channel_id)),
    deleted: (message) => {
      const guildId = world.guildOf(message.channel_id);
      gateway.dispatch('MESSAGE_DELETE', () => ({ id: message.id, channel_id: message.channel_id, ...(guildId ? { guild_id: guildId } : {}) }), guildId !== undefined, guildId);
    },
  };
}
