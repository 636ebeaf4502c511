import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { DEFAULT_MAX_QUESTION_LENGTH, type BotContext } from '../src/discord/context.js';
import { checkQuestion, firstRefusal } from '../src/discord/guards.js';
import { localeLanguage } from '../src/discord/labels.js';
import { articleChoices, articleOption, chosenArticle } from '../src/discord/article-choice.js';
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
  )
  .addStringOption((option) => articleOption(option));

/** Answered in the question's own language (the Answer says which), with the question echoed. */
export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const question = interaction.options.getString('question', true);
  const chosen = await chosenArticle(ctx, interaction.guildId, interaction.channelId, interaction.options.getString('article'));
  await answerInteraction(
    interaction,
    ctx,
    localeLanguage(interaction.locale),
    () => firstRefusal(() => chosen, () => checkQuestion(question, ctx.maxQuestionLength), () => ctx.cooldown.take(interaction.user.id)),
    () => answerPayload(askTyped(ctx.engineFor(interaction.guildId), question, chosen.ok ? chosen.articleId : undefined), ctx, true),
  );
}

/** Suggestions as the user types (questions from the index, or article titles); no cooldown, Discord allows no deferral here. */
export async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  if (interaction.options.getFocused(true).name === 'article') {
    await interaction.respond(await articleChoices(interaction, ctx));
    return;
  }
  const typed = interaction.options.getFocused().slice(0, ctx.maxQuestionLength);
  await interaction.respond(suggestionChoices(ctx.engineFor(interaction.guildId).suggest(typed, 25)));
}
