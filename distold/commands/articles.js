import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { localeLanguage } from '../src/discord/labels.js';
import { renderLibrary } from '../src/discord/library-replies.js';
export const data = new SlashCommandBuilder()
    .setName('articles')
    .setNameLocalizations({ 'zh-CN': '文章列表' })
    .setDescription("This server's articles: title, date, who loaded them")
    .setDescriptionLocalizations({ 'zh-CN': '本服务器的文章：标题、日期、载入者' });
/** Only to the one who asked: a list is for choosing, not for the channel. */
export async function execute(interaction, ctx) {
    const payload = await renderLibrary(ctx, interaction.guildId, localeLanguage(interaction.locale));
    await interaction.reply({ ...payload, flags: MessageFlags.Ephemeral });
}
//# sourceMappingURL=articles.js.map