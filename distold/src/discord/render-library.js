import { labels } from './labels.js';
import { paginate, PAGE_BUDGET } from './pages.js';
import { escapeMarkdown, oneLine } from './text.js';
const COLOR_LIBRARY = 0x8b5cf6;
/** A Discord timestamp: each reader sees it in their own time zone and language. */
function when(iso) {
    const ms = Date.parse(iso);
    return Number.isFinite(ms) ? `<t:${Math.floor(ms / 1000)}:R>` : escapeMarkdown(iso);
}
/**
 * /articles: the server's own articles (title, date, paragraphs, who loaded it and when), then
 * the shared ones. A member is shown as a mention, which an embed renders as a name and never pings. Pure.
 */
export function libraryPages(entries, language, budget = PAGE_BUDGET) {
    const words = labels(language);
    const blocks = entries.map((e, i) => {
        const facts = [e.date ? escapeMarkdown(e.date) : '', `${e.paragraphs}¶`, e.source ? words.loadedBy(`<@${e.source.loadedBy}>`, when(e.source.loadedAt)) : words.shared];
        return { text: `**${i + 1}. ${escapeMarkdown(oneLine(e.title))}**\n${facts.filter(Boolean).join(' · ')} · \`${e.id}\`` };
    });
    return paginate({ language, title: words.articlesTitle, blocks, footer: `${entries.length}`, color: COLOR_LIBRARY }, budget);
}
//# sourceMappingURL=render-library.js.map