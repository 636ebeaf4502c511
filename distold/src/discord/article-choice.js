import { labels } from './labels.js';
import { LIMITS } from './limits.js';
import { ellipsis } from './text.js';
/** The `article:` option of /ask, the intent commands, /remove and /use: an article id, chosen by title through autocomplete. */
export function articleOption(option, required = false) {
    return option
        .setName('article')
        .setNameLocalizations({ 'zh-CN': '文章' })
        .setDescription('Which article (start typing its title); default: the best one')
        .setDescriptionLocalizations({ 'zh-CN': '哪篇文章（输入标题选择）；默认自动选择最合适的' })
        .setRequired(required)
        .setMaxLength(64)
        .setAutocomplete(true);
}
/**
 * The article a question is about: the one named by the `article:` option, else the channel's
 * default (/use), else none (the engine picks the article that answers best). An id the server's
 * library does not hold — typed by hand, removed since, or another server's — is refused.
 */
export async function chosenArticle(ctx, guild, channel, typed) {
    if (typed) {
        const id = typed.trim();
        if (!ctx.canRead(guild, id))
            return { ok: false, message: (l) => labels(l).noSuchArticle };
        return { ok: true, articleId: id };
    }
    return { ok: true, articleId: ctx.library ? await ctx.library.channelDefault(guild, channel) : undefined };
}
/** Autocomplete for `article:`: the server's articles and the seeds whose title holds what was typed. */
export async function articleChoices(interaction, ctx) {
    const typed = interaction.options.getFocused().trim().toLowerCase();
    const entries = ctx.library
        ? await ctx.library.list(interaction.guildId)
        : (await ctx.prepareEngine(interaction.guildId))().articles.map((a) => ({ id: a.id, title: a.title, date: a.date }));
    return entries
        .filter((e) => !typed || e.title.toLowerCase().includes(typed) || e.id.startsWith(typed))
        .slice(0, LIMITS.autocompleteChoices)
        .map((e) => ({ name: ellipsis(`${e.title}${e.date ? ` · ${e.date}` : ''}`, LIMITS.choiceValue), value: e.id }));
}
//# sourceMappingURL=article-choice.js.map