import type { APIActionRowComponent, APIButtonComponentWithCustomId, APIEmbed } from 'discord.js';

/**
 * What every reply is: plain JSON that discord.js sends as is (reply, editReply, update,
 * message.reply all accept it). `allowedMentions` is always empty so nothing in a reply can ping.
 */
export interface Payload {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  allowedMentions: { parse: []; repliedUser: false };
  flags?: number;
}

/** The one allowed-mentions value the bot ever sends: nobody, not even the person replied to. */
export function noMentions(): Payload['allowedMentions'] {
  return { parse: [], repliedUser: false };
}

/** A plain-text message (errors, "slow down"); `text` must already be safe to show. */
export function textPayload(text: string, flags?: number): Payload {
  const payload: Payload = { content: text, embeds: [], components: [], allowedMentions: noMentions() };
  if (flags !== undefined) payload.flags = flags;
  return payload;
}
