import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { localeLanguage } from '../src/discord/labels.js';
import { helpPages } from '../src/discord/render-help.js';
import { firstPage } from '../src/discord/respond.js';
export const data = new SlashCommandBuilder()
    .setName('help')
    .setNameLocalizations({ 'zh-CN': '帮助' })
    .setDescription('What I can answer and how to ask')
    .setDescriptionLocalizations({ 'zh-CN': '我能回答什么，以及怎么提问' });
/** Shown only to the one who asked: help is for them, not the channel. */
export async function execute(interaction, ctx) {
    const language = localeLanguage(interaction.locale);
    const titles = ctx.library ? ctx.library.titles(interaction.guildId) : (await ctx.prepareEngine(interaction.guildId))().articles.map((a) => a.title);
    const payload = firstPage(helpPages(ctx.commands, language, titles), ctx);
    await interaction.reply({ ...payload, flags: MessageFlags.Ephemeral });
}
//# sourceMappingURL=help.js.map