import { ComponentType, MessageFlags, TextInputStyle } from 'discord.js';
import { memberHash } from '../feedback/index.js';
import { noteId, parseNoteId } from './answer-actions.js';
import { labels, localeLanguage } from './labels.js';
import { LIMITS } from './limits.js';
import { textPayload } from './payload.js';
import { ellipsis } from './text.js';
/** The one field of the 👎 modal. */
const NOTE_FIELD = 'why';
/** "What was wrong?": one optional paragraph of at most `LIMITS.feedbackNote` characters. */
export function noteModal(answerId, language) {
    const words = labels(language);
    return {
        custom_id: noteId(answerId),
        title: ellipsis(words.feedbackTitle, LIMITS.modalTitle),
        components: [
            {
                type: ComponentType.ActionRow,
                components: [
                    { type: ComponentType.TextInput, custom_id: NOTE_FIELD, style: TextInputStyle.Paragraph, label: ellipsis(words.feedbackNoteLabel, LIMITS.textInputLabel), required: false, max_length: LIMITS.feedbackNote },
                ],
            },
        ],
    };
}
/**
 * 👍/👎: the member's vote (a hash of their id) stored with the question, the answer's intent and
 * article — from memory while the answer is remembered, else from the button's own id, which
 * carries them through a restart (the article checked against this server's library, as for any
 * button). A 👎 then opens the "what was wrong?" modal; closing it keeps the vote as it is.
 */
export async function handleVote(interaction, ctx, action, visible) {
    const language = localeLanguage(interaction.locale);
    const words = labels(language);
    const privately = (text) => interaction.reply(textPayload(text, MessageFlags.Ephemeral));
    const guild = interaction.guildId;
    const remembered = ctx.conversations.answers.get(action.answerId);
    const about = remembered && remembered.guildId === guild ? remembered : action.about && visible(action.about.articleId) ? { ...action.about, guildId: guild } : undefined;
    if (!about)
        return void (await privately(words.answerExpired));
    await ctx.feedback.add({
        vote: action.vote,
        question: about.question,
        answerId: action.answerId,
        intent: about.intent,
        articleId: about.articleId,
        guildId: about.guildId,
        member: memberHash(interaction.user.id),
        at: new Date().toISOString(),
    });
    if (action.vote === 'up')
        return void (await privately(words.thanksUp));
    await interaction.showModal(noteModal(action.answerId, language));
}
/** The 👎 modal submitted: what the member wrote goes with their vote on that answer. */
export async function handleNote(interaction, ctx) {
    const words = labels(localeLanguage(interaction.locale));
    const privately = (text) => interaction.reply(textPayload(text, MessageFlags.Ephemeral));
    const answerId = parseNoteId(interaction.customId);
    if (!answerId)
        return void (await privately(words.expired));
    const note = interaction.fields.getTextInputValue(NOTE_FIELD);
    const kept = await ctx.feedback.annotate(answerId, memberHash(interaction.user.id), note);
    await privately(kept ? words.thanksNote : words.answerExpired);
}
//# sourceMappingURL=feedback.js.map