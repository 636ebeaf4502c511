import { MessageFlags, PermissionFlagsBits, SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { articleChoices, articleOption } from '../src/discord/article-choice.js';
import type { BotContext } from '../src/discord/context.js';
import { labels, localeLanguage } from '../src/discord/labels.js';
import { textPayload } from '../src/discord/payload.js';
import { needsManageChannels } from '../src/discord/permissions.js';

export const data = new SlashCommandBuilder()
  .setName('use')
  .setNameLocalizations({ 'zh-CN': '使用文章' })
  .setDescription("Set this channel's default article (leave empty to pick the best each time)")
  .setDescriptionLocalizations({ 'zh-CN': '设置本频道默认的文章（留空则每次自动选择）' })
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageChannels)
  .setContexts(0)
  .addStringOption((option) => articleOption(option).setDescription('The article questions here are about').setDescriptionLocalizations({ 'zh-CN': '本频道的问题针对的文章' }));

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const language = localeLanguage(interaction.locale);
  const words = labels(language);
  const reply = (text: string) => interaction.reply(textPayload(text, MessageFlags.Ephemeral));
  const allowed = needsManageChannels(interaction);
  if (!allowed.ok) return void (await reply(allowed.message(language)));
  if (!ctx.library || !interaction.guildId) return void (await reply(words.loadingDisabled));
  const id = interaction.options.getString('article')?.trim();
  if (!id) {
    await ctx.library.use(interaction.guildId, interaction.channelId, undefined);
    return void (await reply(words.useCleared));
  }
  const entry = (await ctx.library.list(interaction.guildId)).find((e) => e.id === id);
  if (!entry) return void (await reply(words.noSuchArticle));
  await ctx.library.use(interaction.guildId, interaction.channelId, id);
  await reply(words.useSet(entry.title));
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  await interaction.respond(await articleChoices(interaction, ctx));
}
