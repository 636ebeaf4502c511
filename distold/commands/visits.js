import { SlashCommandBuilder } from 'discord.js';
import { articleChoices, articleOption } from '../src/discord/article-choice.js';
import { answerIntent } from '../src/discord/respond.js';
export const data = new SlashCommandBuilder()
    .setName('visits')
    .setNameLocalizations({ 'zh-CN': '考察' })
    .setDescription('Places visited, and by whom')
    .setDescriptionLocalizations({ 'zh-CN': '去了哪些地方参观考察' })
    .addStringOption((option) => articleOption(option));
/** The same answer as asking the question, in the reader's Discord language. */
export async function execute(interaction, ctx) {
    await answerIntent(interaction, ctx, 'visits');
}
/** Titles of the server's articles for the `article:` option. */
export async function autocomplete(interaction, ctx) {
    await interaction.respond(await articleChoices(interaction, ctx));
}
//# sourceMappingURL=visits.js.map