import { SlashCommandBuilder } from 'discord.js';
import { articleChoices, articleOption } from '../src/discord/article-choice.js';
import { answerIntent } from '../src/discord/respond.js';
export const data = new SlashCommandBuilder()
    .setName('agreements')
    .setNameLocalizations({ 'zh-CN': '协议' })
    .setDescription('Which agreements were signed')
    .setDescriptionLocalizations({ 'zh-CN': '签署了哪些协议' })
    .addStringOption((option) => articleOption(option));
/** The same answer as asking the question, in the reader's Discord language. */
export async function execute(interaction, ctx) {
    await answerIntent(interaction, ctx, 'agreements');
}
/** Titles of the server's articles for the `article:` option. */
export async function autocomplete(interaction, ctx) {
    await interaction.respond(await articleChoices(interaction, ctx));
}
//# sourceMappingURL=agreements.js.map