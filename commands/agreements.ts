import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../src/discord/context.js';
import { answerIntent } from '../src/discord/respond.js';

export const data = new SlashCommandBuilder()
  .setName('agreements')
  .setNameLocalizations({ 'zh-CN': '协议' })
  .setDescription('Which agreements were signed')
  .setDescriptionLocalizations({ 'zh-CN': '签署了哪些协议' });

/** The same answer as asking the question, in the reader's Discord language. */
export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  await answerIntent(interaction, ctx, 'agreements');
}
