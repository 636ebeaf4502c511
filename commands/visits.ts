import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../src/discord/context.js';
import { articleChoices, articleOption } from '../src/discord/article-choice.js';
import { answerIntent } from '../src/discord/respond.js';

export const data = new SlashCommandBuilder()
  .setName('visits')
  .setNameLocalizations({ 'zh-CN': '考察' })
  .setDescription('Places visited, and by whom')
  .setDescriptionLocalizations({ 'zh-CN': '去了哪些地方参观考察' })
  .addStringOption((option) => articleOption(option));

/** The same answer as asking the question, in the reader's Discord language. */
export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  await answerIntent(interaction, ctx, 'visits');
}

/** Titles of the server's articles for the `article:` option. */
export async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  await interaction.respond(await articleChoices(interaction, ctx));
}
