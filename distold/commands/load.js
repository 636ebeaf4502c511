import { MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { labels, localeLanguage } from '../src/discord/labels.js';
import { userFacingLoadError } from '../src/discord/load-errors.js';
import { textPayload } from '../src/discord/payload.js';
import { libraryToChange, needsManageServer } from '../src/discord/permissions.js';
import { oneLine } from '../src/discord/text.js';
export const data = new SlashCommandBuilder()
    .setName('load')
    .setNameLocalizations({ 'zh-CN': '载入文章' })
    .setDescription("Add a news article to this server's library, from a web page or a file (Manage Server)")
    .setDescriptionLocalizations({ 'zh-CN': '从网页或文件把一篇新闻加入本服务器的文库（管理服务器）' })
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(0)
    .addStringOption((option) => option
    .setName('url')
    .setNameLocalizations({ 'zh-CN': '网址' })
    .setDescription('Address of the news page (https://…)')
    .setDescriptionLocalizations({ 'zh-CN': '新闻网页的地址（https://…）' })
    .setMaxLength(2000))
    .addAttachmentOption((option) => option
    .setName('file')
    .setNameLocalizations({ 'zh-CN': '文件' })
    .setDescription('A saved page (.html) or an article (.txt: title line, then the text)')
    .setDescriptionLocalizations({ 'zh-CN': '保存的网页（.html）或文章（.txt：第一行标题，然后正文）' }));
/** Everything here is ephemeral: the admin sees what happened, the channel is not disturbed. */
export async function execute(interaction, ctx) {
    const language = localeLanguage(interaction.locale);
    const words = labels(language);
    const target = libraryToChange(interaction, ctx, needsManageServer);
    if (!target.ok)
        return void (await interaction.reply(textPayload(target.message(language), MessageFlags.Ephemeral)));
    const url = interaction.options.getString('url')?.trim();
    const file = interaction.options.getAttachment('file');
    if (!url === !file)
        return void (await interaction.reply(textPayload(words.loadNeedsOne, MessageFlags.Ephemeral)));
    // Fetching a page can take seconds: acknowledge first.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    try {
        const from = file ? { upload: { url: file.url, name: file.name, size: file.size } } : { url: url };
        const { article, added } = await target.library.loadFrom(target.guild, interaction.user.id, from);
        const title = oneLine(article.title);
        await interaction.editReply(textPayload(added ? words.loaded(title, article.paragraphs) : words.alreadyLoaded(title)));
        ctx.logger.info({ guild: target.guild, user: interaction.user.id, article: article.id, added }, 'article loaded');
    }
    catch (error) {
        const message = userFacingLoadError(error);
        if (message === undefined)
            throw error;
        ctx.logger.info({ guild: target.guild, user: interaction.user.id, refused: message }, 'load refused');
        await interaction.editReply(textPayload(words.loadRefused(message)));
    }
}
//# sourceMappingURL=load.js.map