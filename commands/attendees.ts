import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../src/discord/context.js';
import { answerIntent } from '../src/discord/respond.js';

export const data = new SlashCommandBuilder()
  .setName('attendees')
  .setNameLocalizations({ 'zh-CN': '出席者' })
  .setDescription('Who took part, with their posts')
  .setDescriptionLocalizations({ 'zh-CN': '谁参加了，以及他们的职务' });

/** The same answer as asking the question, in the reader's Discord language. */
export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  await answerIntent(interaction, ctx, 'attendees');
}
