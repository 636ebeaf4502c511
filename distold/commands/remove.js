import { MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { articleChoices, articleOption } from '../src/discord/article-choice.js';
import { labels, localeLanguage } from '../src/discord/labels.js';
import { textPayload } from '../src/discord/payload.js';
import { libraryToChange, needsManageServer } from '../src/discord/permissions.js';
export const data = new SlashCommandBuilder()
    .setName('remove')
    .setNameLocalizations({ 'zh-CN': '删除文章' })
    .setDescription("Remove an article from this server's library (Manage Server)")
    .setDescriptionLocalizations({ 'zh-CN': '从本服务器的文库删除一篇文章（管理服务器）' })
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(0)
    .addStringOption((option) => articleOption(option, true).setDescription('The article to remove').setDescriptionLocalizations({ 'zh-CN': '要删除的文章' }));
export async function execute(interaction, ctx) {
    const language = localeLanguage(interaction.locale);
    const words = labels(language);
    const reply = (text) => interaction.reply(textPayload(text, MessageFlags.Ephemeral));
    const target = libraryToChange(interaction, ctx, needsManageServer);
    if (!target.ok)
        return void (await reply(target.message(language)));
    const id = interaction.options.getString('article', true).trim();
    const entry = await target.library.entry(target.guild, id);
    if (!entry)
        return void (await reply(words.noSuchArticle));
    if (entry.seed)
        return void (await reply(words.cannotRemoveSeed));
    await target.library.remove(target.guild, id);
    await reply(words.removed(entry.title));
}
export async function autocomplete(interaction, ctx) {
    await interaction.respond(await articleChoices(interaction, ctx));
}
//# sourceMappingURL=remove.js.map