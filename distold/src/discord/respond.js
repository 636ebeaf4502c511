import { MessageFlags } from 'discord.js';
import { intentQuestion } from '../answer/create-engine.js';
import { chosenArticle } from './article-choice.js';
import { firstRefusal } from './guards.js';
import { localeLanguage } from './labels.js';
import { LIMITS } from './limits.js';
import { renderPage } from './pages.js';
import { textPayload } from './payload.js';
import { answerPages } from './render.js';
/** The first page of `paged`, with its rest kept in the page store when there is a rest. */
export function firstPage(paged, ctx) {
    const key = paged.embeds.length > 1 ? ctx.pages.put(paged) : undefined;
    return renderPage(paged, 0, key);
}
/** An answer ready to send: rendered, paged, with "More" wired to the page store. */
export function answerPayload(answer, ctx, echoQuestion) {
    return firstPage(answerPages(answer, { echoQuestion, budget: ctx.pageBudget }), ctx);
}
/** Tell only the user who asked (a refusal, an error): ephemeral, plain text. */
export async function replyPrivately(interaction, text) {
    await interaction.reply(textPayload(text, MessageFlags.Ephemeral));
}
/**
 * Answer an interaction with work that needs the engine. Guards run first and refuse
 * ephemerally. Then `prepare` gathers what the answer needs from the library (with PostgreSQL,
 * the question's articles, from the database): a library out of reach is then said privately, as
 * for /load, before anything is shown. Then the reply is deferred before the engine runs: the
 * engine is synchronous CPU work, and under a burst queued work can take longer than Discord's
 * 3-second window, so the acknowledgement goes out first and the answer follows as an edit.
 */
export async function answerInteraction(interaction, ctx, language, guard, prepare, options = {}) {
    const allowed = guard();
    if (!allowed.ok) {
        await replyPrivately(interaction, allowed.message(language));
        return undefined;
    }
    const work = await prepare();
    await interaction.deferReply(options.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    return interaction.editReply(work());
}
/** The fixed-question commands (/attendees, /agreements, …): the engine's answer for `intent` in the reader's locale. */
export async function answerIntent(interaction, ctx, intent) {
    const language = localeLanguage(interaction.locale);
    const chosen = await chosenArticle(ctx, interaction.guildId, interaction.channelId, interaction.options.getString('article'));
    await answerInteraction(interaction, ctx, language, () => firstRefusal(() => chosen, () => ctx.cooldown.take(interaction.user.id)), async () => {
        const articleId = chosen.ok ? chosen.articleId : undefined;
        const engine = await ctx.prepareEngine(interaction.guildId, { question: intentQuestion(intent, language), chosen: articleId });
        return () => answerPayload(engine().answerIntent(intent, language, { articleId }), ctx, false);
    });
}
/** Autocomplete choices Discord accepts: 1–100 characters, distinct, at most 25. */
export function suggestionChoices(suggestions) {
    const usable = suggestions.map((s) => s.trim()).filter((s) => s.length > 0 && s.length <= LIMITS.choiceValue);
    return [...new Set(usable)].slice(0, LIMITS.autocompleteChoices).map((s) => ({ name: s, value: s }));
}
//# sourceMappingURL=respond.js.map