import { MessageFlags, type ButtonInteraction } from 'discord.js';
import type { BotContext } from './context.js';
import { labels, localeLanguage } from './labels.js';
import { parseMoreId, renderPage } from './pages.js';
import { textPayload } from './payload.js';

/**
 * "More" and "Back": the message is updated in place to the requested page, so one click is
 * one callback and nothing is ever sent twice. An expired key gets a short private note.
 */
export async function handleButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const target = parseMoreId(interaction.customId);
  const paged = target ? ctx.pages.get(target.key) : undefined;
  if (!target || !paged) {
    await interaction.reply(textPayload(labels(localeLanguage(interaction.locale)).expired, MessageFlags.Ephemeral));
    return;
  }
  await interaction.update(renderPage(paged, target.page, target.key));
}
