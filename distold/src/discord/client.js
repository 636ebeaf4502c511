import { Client, GatewayIntentBits, Partials } from 'discord.js';
import { DISCORD_API_URL } from './config.js';
/**
 * The fewest intents that work. Guilds brings the channels and slash commands;
 * GuildMessages and DirectMessages bring MESSAGE_CREATE for mentions and DMs. No
 * MessageContent: Discord still sends the content of messages that mention the bot, and of
 * DMs, without that privileged intent — and those are the only messages the bot reads.
 * Partials.Channel because a DM channel is not cached before its first message.
 */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
export function createClient(apiUrl = DISCORD_API_URL, options = {}) {
    return new Client({
        // Message Content only when the operator switched it on: it lets wenda read follow-ups in its threads without a mention.
        intents: options.messageContent ? [...INTENTS, GatewayIntentBits.MessageContent] : INTENTS,
        partials: [Partials.Channel],
        // A Discord-compatible server at another REST base works too; discord.js then takes the
        // gateway address from its /gateway/bot, as with Discord.
        rest: { api: apiUrl },
        // Belt and braces: every payload already says so, this covers anything that does not.
        allowedMentions: { parse: [], repliedUser: false },
        // A reply to a message deleted meanwhile is sent as a plain message instead of failing.
        failIfNotExists: false,
    });
}
//# sourceMappingURL=client.js.map