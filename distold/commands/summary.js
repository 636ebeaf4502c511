import { SlashCommandBuilder } from 'discord.js';
import { articleChoices, articleOption } from '../src/discord/article-choice.js';
import { answerIntent } from '../src/discord/respond.js';
export const data = new SlashCommandBuilder()
    .setName('summary')
    .setNameLocalizations({ 'zh-CN': '摘要' })
    .setDescription('What the article is about, in a few lines')
    .setDescriptionLocalizations({ 'zh-CN': '用几句话概括这篇文章' })
    .addStringOption((option) => articleOption(option));
/** The same answer as asking the question, in the reader's Discord language. */
export async function execute(interaction, ctx) {
    await answerIntent(interaction, ctx, 'summary');
}
/** Titles of the server's articles for the `article:` option. */
export async function autocomplete(interaction, ctx) {
    await interaction.respond(await articleChoices(interaction, ctx));
}
//# sourceMappingURL=summary.js.map