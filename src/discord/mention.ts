import { ChannelType, PermissionFlagsBits, ThreadAutoArchiveDuration, type Channel, type Message } from 'discord.js';
import type { BotContext } from './context.js';
import { memberKey, threadKey } from './conversations.js';
import { exchangeOfMessage, prepareAnswer, rememberMessage } from './converse-reply.js';
import { describeFailure } from './failure.js';
import { checkQuestion, firstRefusal } from './guards.js';
import { bilingual } from './labels.js';
import { LIMITS } from './limits.js';
import { noMentions, textPayload, type Payload } from './payload.js';
import { ellipsis, oneLine } from './text.js';

/** The question in a message: the bot's own `<@id>` / `<@!id>` mentions removed. */
export function questionFromMessage(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').trim();
}

/** Whether a message is meant for the bot: a DM, or a channel message that mentions it. Bots never are. */
export function isForBot(message: Pick<Message, 'author' | 'guildId' | 'mentions'>, botId: string): boolean {
  if (message.author.bot) return false;
  return message.guildId === null || message.mentions.users.has(botId);
}

/** A thread wenda opened: everyone there talks to wenda, no mention needed. */
export function isOwnThread(channel: Channel | null, botId: string): boolean {
  return Boolean(channel?.isThread() && channel.ownerId === botId);
}

/** Whether wenda may open a thread on this message: a plain text channel, and Create Public Threads there. */
function canOpenThread(message: Message): boolean {
  const me = message.guild?.members.me;
  if (message.channel.type !== ChannelType.GuildText || !me) return false;
  return message.channel.permissionsFor(me)?.has([PermissionFlagsBits.CreatePublicThreads, PermissionFlagsBits.SendMessagesInThreads]) ?? false;
}

/**
 * Messages for wenda: "@bot question" in a channel, any DM, a reply that pings one of its answers,
 * and any message in a thread it opened. Each is answered in its conversation (the thread's, else
 * the member's in that channel), so a follow-up with 他 or "what about Shanghai?" is read against the
 * last answer; a reply to an older answer continues from that one. With the server's threads
 * setting on, a mention in a text channel opens a thread named after the question and is answered
 * there; without the permission to, it is answered in the channel, and nothing is said about threads.
 * A message has no locale, so the bot's own short notes here are in both languages.
 */
export function createMentionHandler(ctx: BotContext) {
  return async function onMessage(message: Message): Promise<void> {
    const botId = message.client.user.id;
    const inThread = !message.author.bot && message.guildId !== null && isOwnThread(message.channel, botId);
    if (!isForBot(message, botId) && !inThread) return;
    const send = (payload: Payload) => message.reply({ ...payload, allowedMentions: noMentions() });
    try {
      const question = questionFromMessage(message.content, botId);
      if (checkQuestion(question, Number.POSITIVE_INFINITY).ok === false) {
        // In its own thread an empty message is a sticker or an image (or text wenda cannot read without Message Content): not a question.
        if (!message.mentions.users.has(botId) && inThread) return;
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
      const repliedTo = message.reference?.messageId && message.mentions.repliedUser?.id === botId ? message.reference.messageId : undefined;
      const ownKey = memberKey(message.author.id, message.channelId);
      const continues = exchangeOfMessage(ctx, repliedTo);
      if (!inThread && message.guildId && ctx.settings.of(message.guildId).threads && canOpenThread(message)) {
        const thread = await message
          .startThread({ name: ellipsis(oneLine(question), LIMITS.threadName) || 'wenda', autoArchiveDuration: ThreadAutoArchiveDuration.OneHour })
          .catch((error: unknown) => void ctx.logger.warn({ err: error }, 'could not open a thread; answering in the channel'));
        if (thread) {
          const previous = continues ?? ctx.conversations.exchanges.get(ownKey);
          const { payload, answerId } = (await prepareAnswer(ctx, { key: threadKey(thread.id), typed: question, guild: message.guildId, articleId, continues: previous }))();
          const sent = await thread.send({ ...payload, allowedMentions: noMentions() });
          rememberMessage(ctx, sent.id, answerId);
          return;
        }
      }
      const key = inThread ? threadKey(message.channelId) : ownKey;
      const { payload, answerId } = (await prepareAnswer(ctx, { key, typed: question, guild: message.guildId, articleId, continues }))();
      const sent = await send(payload);
      rememberMessage(ctx, sent.id, answerId);
    } catch (error) {
      const failure = describeFailure(error);
      ctx.logger[failure.level]({ err: error, user: message.author.id }, 'mention failed');
      await send(textPayload(bilingual(failure.say))).catch((e: unknown) =>
        ctx.logger.warn({ err: e }, 'could not report the failure'),
      );
    }
  };
}
