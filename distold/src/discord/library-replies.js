import { textPayload } from './payload.js';
import { libraryPages } from './render-library.js';
import { firstPage } from './respond.js';
import { labels } from './labels.js';
/** /articles: the library's first page, or, in a bot with one fixed engine, its articles. */
export async function renderLibrary(ctx, guild, language) {
    const entries = ctx.library
        ? await ctx.library.list(guild)
        : (await ctx.prepareEngine(guild))().articles.map((a) => ({ id: a.id, title: a.title, date: a.date, paragraphs: a.paragraphs.length, seed: true }));
    if (entries.length === 0)
        return textPayload(labels(language).noArticle);
    return firstPage(libraryPages(entries, language, ctx.pageBudget), ctx);
}
//# sourceMappingURL=library-replies.js.map