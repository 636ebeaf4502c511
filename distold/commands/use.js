import { MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { articleChoices, articleOption } from '../src/discord/article-choice.js';
import { labels, localeLanguage } from '../src/discord/labels.js';
import { textPayload } from '../src/discord/payload.js';
import { libraryToChange, needsManageChannels } from '../src/discord/permissions.js';
export const data = new SlashCommandBuilder()
    .setName('use')
    .setNameLocalizations({ 'zh-CN': '使用文章' })
    .setDescription("Set this channel's default article (leave empty to pick the best each time)")
    .setDescriptionLocalizations({ 'zh-CN': '设置本频道默认的文章（留空则每次自动选择）' })
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageChannels)
    .setContexts(0)
    .addStringOption((option) => articleOption(option).setDescription('The article questions here are about').setDescriptionLocalizations({ 'zh-CN': '本频道的问题针对的文章' }));
export async function execute(interaction, ctx) {
    const language = localeLanguage(interaction.locale);
    const words = labels(language);
    const reply = (text) => interaction.reply(textPayload(text, MessageFlags.Ephemeral));
    const target = libraryToChange(interaction, ctx, needsManageChannels);
    if (!target.ok)
        return void (await reply(target.message(language)));
    const id = interaction.options.getString('article')?.trim();
    if (!id) {
        await target.library.use(target.guild, interaction.channelId, undefined);
        return void (await reply(words.useCleared));
    }
    const entry = await target.library.entry(target.guild, id);
    if (!entry)
        return void (await reply(words.noSuchArticle));
    await target.library.use(target.guild, interaction.channelId, id);
    await reply(words.useSet(entry.title));
}
export async function autocomplete(interaction, ctx) {
    await interaction.respond(await articleChoices(interaction, ctx));
}
//# sourceMappingURL=use.js.map