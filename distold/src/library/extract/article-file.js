const HTML_SPECIAL = /[&<>"]/g;
const ENTITY = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/**
 * Text as HTML that reads back as the same text. Both the title line and the paragraphs need it:
 * `parseArticle` reads a title line holding `<` or `&` as HTML, so a raw `<` would start a tag there.
 */
function escapeHtml(text) {
    return text.replace(HTML_SPECIAL, (char) => ENTITY[char] ?? char);
}
/** One `<p>` per paragraph, one per line: the body of an article file, markup of our own only. */
export function paragraphsToHtml(paragraphs) {
    return paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n');
}
/**
 * wenda's article file: the headline on the first line, then the body's HTML, which
 * `parseArticle` (src/article) reads as it reads the seed articles. Line breaks in the title
 * become spaces, since the first line break ends it. The date, byline and site name are not
 * written: the file holds what the article says, and whoever stores it keeps those beside it.
 */
export function toArticleFile(page) {
    const title = escapeHtml(page.title.replace(/\s+/g, ' ').trim());
    return `${title}\n${page.html}\n`;
}
//# sourceMappingURL=article-file.js.map