import { MessageFlags } from 'discord.js';
import { parseActionId } from './answer-actions.js';
import { memberKey, threadKey } from './conversations.js';
import { prepareAnswer, rememberMessage } from './converse-reply.js';
import { handleVote } from './feedback.js';
import { labels, localeLanguage } from './labels.js';
import { LIMITS } from './limits.js';
import { isOwnThread } from './mention.js';
import { parseMoreId, renderPage } from './pages.js';
import { noMentions, textPayload } from './payload.js';
import { ellipsis, escapeMarkdown } from './text.js';
/**
 * Every button wenda puts under a message. "More"/"Back" update the message in place. A suggested
 * question is asked as the member who pressed it, in their conversation, about the article its id
 * names — if this server can read it. "¶ Source" shows the cited paragraphs in full, privately.
 * 👍/👎 store the member's vote (a hash of their id) on the answer (feedback.ts). A "More" whose
 * pages are gone (a restart, a day later) says so privately.
 */
export async function handleButton(interaction, ctx) {
    const words = labels(localeLanguage(interaction.locale));
    const privately = (text) => interaction.reply(textPayload(text, MessageFlags.Ephemeral));
    const more = parseMoreId(interaction.customId);
    if (more) {
        const paged = ctx.pages.get(more.key);
        if (!paged)
            return void (await privately(words.expired));
        return void (await interaction.update(renderPage(paged, more.page, more.key)));
    }
    const action = parseActionId(interaction.customId);
    if (!action)
        return void (await privately(words.expired));
    const guild = interaction.guildId;
    // Whether the server the button was pressed in can read the article (its own, or a shared seed).
    if (action.kind === 'feedback')
        return handleVote(interaction, ctx, action, (articleId) => ctx.canRead(guild, articleId));
    if (!ctx.canRead(guild, action.articleId))
        return void (await privately(words.noSuchArticle));
    if (action.kind === 'source')
        return void (await interaction.reply(await sourcePayload(ctx, guild, action.articleId, action.paragraphs, words.sourceTitle)));
    const allowed = ctx.cooldown.take(interaction.user.id);
    if (!allowed.ok)
        return void (await privately(allowed.message(localeLanguage(interaction.locale))));
    const key = isOwnThread(interaction.channel, interaction.client.user.id) ? threadKey(interaction.channelId) : memberKey(interaction.user.id, interaction.channelId);
    const answer = await prepareAnswer(ctx, { key, typed: action.question, guild, articleId: action.articleId });
    await interaction.deferReply(ctx.settings.of(guild).askVisibility === 'ephemeral' ? { flags: MessageFlags.Ephemeral } : {});
    const { payload, answerId } = answer();
    const sent = await interaction.editReply(payload);
    rememberMessage(ctx, sent.id, answerId);
}
/** The cited paragraphs in full, as the article's file writes them, privately. */
async function sourcePayload(ctx, guild, articleId, paragraphs, title) {
    const article = (await ctx.prepareEngine(guild, { chosen: articleId }))().articles.find((a) => a.id === articleId);
    const texts = paragraphs.flatMap((n) => {
        const paragraph = article?.paragraphs.find((p) => p.n === n);
        return paragraph ? [`**¶${n}** ${escapeMarkdown(paragraph.text)}`] : [];
    });
    const description = ellipsis(texts.join('\n\n') || '\u200b', LIMITS.embedDescription);
    const footer = article ? ellipsis(`${article.title}${article.date ? ` · ${article.date}` : ''}`, 300) : undefined;
    return {
        embeds: [{ title, description, color: 0x3b82f6, ...(footer ? { footer: { text: footer } } : {}) }],
        components: [],
        allowedMentions: noMentions(),
        flags: MessageFlags.Ephemeral,
    };
}
//# sourceMappingURL=buttons.js.map