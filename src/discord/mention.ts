import type { Message } from 'discord.js';
import type { BotContext } from './context.js';
import { checkQuestion, firstRefusal } from './guards.js';
import { bilingual } from './labels.js';
import { noMentions, textPayload, type Payload } from './payload.js';
import { askTyped } from './question-text.js';
import { answerPayload } from './respond.js';

/** The question in a message: the bot's own `<@id>` / `<@!id>` mentions removed. */
export function questionFromMessage(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').trim();
}

/** Whether a message is meant for the bot: a DM, or a channel message that mentions it. Bots never are. */
export function isForBot(message: Pick<Message, 'author' | 'guildId' | 'mentions'>, botId: string): boolean {
  if (message.author.bot) return false;
  return message.guildId === null || message.mentions.users.has(botId);
}

/**
 * "@bot question" in a channel, or any DM: the same answer as /ask, as a reply to the message.
 * A message has no locale, so the bot's own short notes here are in both languages.
 */
export function createMentionHandler(ctx: BotContext) {
  return async function onMessage(message: Message): Promise<void> {
    const botId = message.client.user.id;
    if (!isForBot(message, botId)) return;
    const send = (payload: Payload) => message.reply({ ...payload, allowedMentions: noMentions() });
    try {
      const question = questionFromMessage(message.content, botId);
      if (checkQuestion(question, Number.POSITIVE_INFINITY).ok === false) {
        await send(textPayload(bilingual((l) => l.bareMention)));
        return;
      }
      const allowed = firstRefusal(
        () => checkQuestion(question, ctx.maxQuestionLength),
        () => ctx.cooldown.take(message.author.id),
      );
      if (!allowed.ok) {
        await send(textPayload(`${allowed.message('en')} / ${allowed.message('zh')}`));
        return;
      }
      // A mention has no article option: the channel's default (/use), else the article that answers best.
      const articleId = ctx.library ? await ctx.library.channelDefault(message.guildId, message.channelId) : undefined;
      await send(answerPayload(askTyped(ctx.engineFor(message.guildId), question, articleId), ctx, true));
    } catch (error) {
      ctx.logger.error({ err: error, user: message.author.id }, 'mention failed');
      await send(textPayload(bilingual((l) => l.failed))).catch((e: unknown) =>
        ctx.logger.warn({ err: e }, 'could not report the failure'),
      );
    }
  };
}
