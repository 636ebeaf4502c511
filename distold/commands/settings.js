import { MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { labels, localeLanguage } from '../src/discord/labels.js';
import { textPayload } from '../src/discord/payload.js';
import { needsManageServer } from '../src/discord/permissions.js';
export const data = new SlashCommandBuilder()
    .setName('settings')
    .setNameLocalizations({ 'zh-CN': '设置' })
    .setDescription("This server's answer language, threads and /ask visibility (Manage Server)")
    .setDescriptionLocalizations({ 'zh-CN': '本服务器的回答语言、话题串和 /ask 可见范围（管理服务器）' })
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(0)
    .addStringOption((o) => o
    .setName('language')
    .setNameLocalizations({ 'zh-CN': '语言' })
    .setDescription('Answer in the question’s language, or always in one')
    .setDescriptionLocalizations({ 'zh-CN': '用提问的语言回答，或总用一种语言' })
    .addChoices({ name: 'auto', value: 'auto' }, { name: '中文', value: 'zh' }, { name: 'English', value: 'en' }))
    .addBooleanOption((o) => o
    .setName('threads')
    .setNameLocalizations({ 'zh-CN': '话题串' })
    .setDescription('Answer a mention in a new thread named after the question')
    .setDescriptionLocalizations({ 'zh-CN': '在以问题命名的新话题串中回答@我的提问' }))
    .addStringOption((o) => o
    .setName('ask_answers')
    .setNameLocalizations({ 'zh-CN': '提问回答' })
    .setDescription('/ask answers seen by everyone, or only by the asker')
    .setDescriptionLocalizations({ 'zh-CN': '/ask 的回答所有人可见，或仅提问者可见' })
    .addChoices({ name: 'public', value: 'public' }, { name: 'ephemeral', value: 'ephemeral' }));
/** With no option, shows the settings; with options, changes them (Manage Server, checked again here). */
export async function execute(interaction, ctx) {
    const language = localeLanguage(interaction.locale);
    const words = labels(language);
    const allowed = needsManageServer(interaction);
    if (!allowed.ok || !interaction.guildId) {
        await interaction.reply(textPayload(allowed.ok ? words.serverOnly : allowed.message(language), MessageFlags.Ephemeral));
        return;
    }
    const changes = {
        language: (interaction.options.getString('language') ?? undefined),
        threads: interaction.options.getBoolean('threads') ?? undefined,
        askVisibility: (interaction.options.getString('ask_answers') ?? undefined),
    };
    const changed = Object.values(changes).some((v) => v !== undefined);
    const now = changed ? ctx.settings.change(interaction.guildId, changes) : ctx.settings.of(interaction.guildId);
    await interaction.reply(textPayload(`**${words.settingsTitle}**\n${words.settingsLine(now.language, now.threads, now.askVisibility)}`, MessageFlags.Ephemeral));
}
//# sourceMappingURL=settings.js.map