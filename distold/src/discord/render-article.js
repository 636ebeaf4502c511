import { labels } from './labels.js';
import { paginate, PAGE_BUDGET } from './pages.js';
import { escapeMarkdown, splitFormatted } from './text.js';
const COLOR_ARTICLE = 0x10b981;
/** /article without a number: title, date, byline and how many paragraphs there are. Pure. */
export function articleInfoPages(article, language) {
    const words = labels(language);
    const lines = [
        article.subtitle ? `*${escapeMarkdown(article.subtitle)}*\n` : '',
        article.date ? `**${words.date}:** ${escapeMarkdown(article.date)}` : '',
        article.byline && article.byline.length > 0 ? `**${words.byline}:** ${escapeMarkdown(article.byline.join(' '))}` : '',
        `**${words.paragraphs}:** ${article.paragraphs.length}`,
    ].filter(Boolean);
    const blocks = lines.map((text) => ({ text }));
    return paginate({ language, title: escapeMarkdown(article.title), blocks, footer: article.id, color: COLOR_ARTICLE });
}
/** /article n: that paragraph in the article's words, paged if it is long. Pure. */
export function paragraphPages(article, n, language, budget = PAGE_BUDGET) {
    const paragraph = article.paragraphs.find((p) => p.n === n);
    const text = paragraph?.text ?? '';
    const cut = splitFormatted(text, escapeMarkdown, Math.max(100, Math.floor(budget / 3)));
    const blocks = cut.map((t, i) => (i === 0 ? { text: t } : { text: t, continues: '' }));
    const title = `${labels(language).paragraph(n)} — ${escapeMarkdown(article.title)}`;
    return paginate({ language, title, blocks, footer: `¶${n}/${article.paragraphs.length}`, color: COLOR_ARTICLE }, budget);
}
//# sourceMappingURL=render-article.js.map