/** The one allowed-mentions value the bot ever sends: nobody, not even the person replied to. */
export function noMentions() {
    return { parse: [], repliedUser: false };
}
/** A plain-text message (errors, "slow down"); `text` must already be safe to show. */
export function textPayload(text, flags) {
    const payload = { content: text, embeds: [], components: [], allowedMentions: noMentions() };
    if (flags !== undefined)
        payload.flags = flags;
    return payload;
}
//# sourceMappingURL=payload.js.map