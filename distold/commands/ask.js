import { SlashCommandBuilder } from 'discord.js';
import { DEFAULT_MAX_QUESTION_LENGTH } from '../src/discord/context.js';
import { checkQuestion, firstRefusal } from '../src/discord/guards.js';
import { localeLanguage } from '../src/discord/labels.js';
import { articleChoices, articleOption, chosenArticle } from '../src/discord/article-choice.js';
import { memberKey, threadKey } from '../src/discord/conversations.js';
import { prepareAnswer, rememberMessage } from '../src/discord/converse-reply.js';
import { isOwnThread } from '../src/discord/mention.js';
import { answerInteraction, suggestionChoices } from '../src/discord/respond.js';
export const data = new SlashCommandBuilder()
    .setName('ask')
    .setNameLocalizations({ 'zh-CN': '提问' })
    .setDescription('Ask a question about the article, in Chinese or English')
    .setDescriptionLocalizations({ 'zh-CN': '用中文或英文就这篇文章提问' })
    .addStringOption((option) => option
    .setName('question')
    .setNameLocalizations({ 'zh-CN': '问题' })
    .setDescription('Your question, e.g. "Who attended the meeting?"')
    .setDescriptionLocalizations({ 'zh-CN': '你的问题，例如“谁参加了座谈会？”' })
    .setRequired(true)
    .setMaxLength(DEFAULT_MAX_QUESTION_LENGTH)
    .setAutocomplete(true))
    .addStringOption((option) => articleOption(option));
/**
 * Answered in the question's own language (or the server's setting), with the question echoed, in
 * the member's conversation in this channel (or the thread's): a follow-up within the conversation's
 * time is read against the last answer. Public or only for the asker, as the server chose.
 */
export async function execute(interaction, ctx) {
    const question = interaction.options.getString('question', true);
    const chosen = await chosenArticle(ctx, interaction.guildId, interaction.channelId, interaction.options.getString('article'));
    const key = isOwnThread(interaction.channel, interaction.client.user.id) ? threadKey(interaction.channelId) : memberKey(interaction.user.id, interaction.channelId);
    let answerId;
    const sent = await answerInteraction(interaction, ctx, localeLanguage(interaction.locale), () => firstRefusal(() => chosen, () => checkQuestion(question, ctx.maxQuestionLength), () => ctx.cooldown.take(interaction.user.id)), async () => {
        const answer = await prepareAnswer(ctx, { key, typed: question, guild: interaction.guildId, articleId: chosen.ok ? chosen.articleId : undefined });
        return () => {
            const answered = answer();
            answerId = answered.answerId;
            return answered.payload;
        };
    }, { ephemeral: ctx.settings.of(interaction.guildId).askVisibility === 'ephemeral' });
    if (sent && answerId)
        rememberMessage(ctx, sent.id, answerId);
}
/** Suggestions as the user types (questions from the index, or article titles); no cooldown, Discord allows no deferral here. */
export async function autocomplete(interaction, ctx) {
    if (interaction.options.getFocused(true).name === 'article') {
        await interaction.respond(await articleChoices(interaction, ctx));
        return;
    }
    const typed = interaction.options.getFocused().slice(0, ctx.maxQuestionLength);
    await interaction.respond(suggestionChoices((await ctx.prepareEngine(interaction.guildId))().suggest(typed, 25)));
}
//# sourceMappingURL=ask.js.map