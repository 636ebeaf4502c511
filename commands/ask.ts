import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { DEFAULT_MAX_QUESTION_LENGTH, type BotContext } from '../src/discord/context.js';
import { checkQuestion, firstRefusal } from '../src/discord/guards.js';
import { localeLanguage } from '../src/discord/labels.js';
import { askTyped } from '../src/discord/question-text.js';
import { answerInteraction, answerPayload, suggestionChoices } from '../src/discord/respond.js';

export const data = new SlashCommandBuilder()
  .setName('ask')
  .setNameLocalizations({ 'zh-CN': '提问' })
  .setDescription('Ask a question about the article, in Chinese or English')
  .setDescriptionLocalizations({ 'zh-CN': '用中文或英文就这篇文章提问' })
  .addStringOption((option) =>
    option
      .setName('question')
      .setNameLocalizations({ 'zh-CN': '问题' })
      .setDescription('Your question, e.g. "Who attended the meeting?"')
      .setDescriptionLocalizations({ 'zh-CN': '你的问题，例如“谁参加了座谈会？”' })
      .setRequired(true)
      .setMaxLength(DEFAULT_MAX_QUESTION_LENGTH)
      .setAutocomplete(true),
  );

/** Answered in the question's own language (the Answer says which), with the question echoed. */
export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const question = interaction.options.getString('question', true);
  await answerInteraction(
    interaction,
    ctx,
    localeLanguage(interaction.locale),
    () => firstRefusal(() => checkQuestion(question, ctx.maxQuestionLength), () => ctx.cooldown.take(interaction.user.id)),
    () => answerPayload(askTyped(ctx.engine, question), ctx, true),
  );
}

/** Suggestions from the article's index as the user types; no cooldown, Discord allows no deferral here. */
export async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  const typed = interaction.options.getFocused().slice(0, ctx.maxQuestionLength);
  await interaction.respond(suggestionChoices(ctx.engine.suggest(typed, 25)));
}
