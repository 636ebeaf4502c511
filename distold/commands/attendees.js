import { SlashCommandBuilder } from 'discord.js';
import { articleChoices, articleOption } from '../src/discord/article-choice.js';
import { answerIntent } from '../src/discord/respond.js';
export const data = new SlashCommandBuilder()
    .setName('attendees')
    .setNameLocalizations({ 'zh-CN': '出席者' })
    .setDescription('Who took part, with their posts')
    .setDescriptionLocalizations({ 'zh-CN': '谁参加了，以及他们的职务' })
    .addStringOption((option) => articleOption(option));
/** The same answer as asking the question, in the reader's Discord language. */
export async function execute(interaction, ctx) {
    await answerIntent(interaction, ctx, 'attendees');
}
/** Titles of the server's articles for the `article:` option. */
export async function autocomplete(interaction, ctx) {
    await interaction.respond(await articleChoices(interaction, ctx));
}
//# sourceMappingURL=attendees.js.map