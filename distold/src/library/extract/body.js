// Readability is the reader view of Firefox: years of scoring rules for telling an article's body
// from the menus, ads, comments and link lists around it, kept up by Mozilla.
import { Readability } from '@mozilla/readability';
import { readHtml } from '../../article/html.js';
import { normalizeText } from '../../article/whitespace.js';
/**
 * Readability keeps its first, strictest reading of a page only when it holds this many
 * characters; below that it reads again with its cleaning relaxed and keeps the longest reading,
 * which is the one with the most menus and comments in it. Its default, 500, suits English: a
 * Chinese character says roughly what three English letters do, and a 300-character news item is
 * common (with the default, the 220-character test page came back with its related links, ad and
 * comments). So the threshold sits near the least text we accept as an article (`enough-text.ts`).
 */
const READABILITY_CHAR_THRESHOLD = 100;
/**
 * Elements in Readability's output that are not paragraphs of the article: headings (the headline
 * is the file's first line), figures and their captions (the file has no images to caption), lists
 * (what survives of them is link lists: 相关新闻, 上一篇/下一篇) and page furniture. Tables stay:
 * older CMSs lay the whole body out in table cells.
 */
const NOT_PARAGRAPHS = 'h1, h2, h3, h4, h5, h6, figure, figcaption, ul, ol, dl, nav, aside, header, footer, form';
/** A paragraph whose text is mostly link text is a link line (分享到 微信 微博, 点击查看), not prose. */
const MAX_LINK_SHARE = 0.5;
function visibleLength(text) {
    return (text ?? '').replace(/\s+/g, '').length;
}
function linkShare(paragraph) {
    const total = visibleLength(paragraph.textContent);
    if (total === 0)
        return 0;
    let linked = 0;
    for (const link of paragraph.querySelectorAll('a'))
        linked += visibleLength(link.textContent);
    return linked / total;
}
function removeNonParagraphs(content) {
    for (const element of [...content.querySelectorAll(NOT_PARAGRAPHS)])
        element.remove();
    for (const paragraph of [...content.querySelectorAll('p')]) {
        if (linkShare(paragraph) > MAX_LINK_SHARE)
            paragraph.remove();
    }
}
/** A metadata value as plain one-line text, or undefined when Readability found none. */
function present(value) {
    const text = normalizeText(value ?? '');
    return text === '' ? undefined : text;
}
/**
 * The article's paragraphs, as Readability finds the body and the project's own HTML reader cuts
 * it: the same reader `parseArticle` uses, so the file written from these paragraphs reads back as
 * the same paragraphs (`<br>`-separated lines included). Readability rewrites `document`.
 */
export function readArticleBody(document) {
    const reader = new Readability(document, {
        charThreshold: READABILITY_CHAR_THRESHOLD,
        // The element itself rather than its HTML string, so it can be cleaned in place first.
        serializer: (node) => node,
    });
    const result = reader.parse();
    const content = result?.content;
    if (result === null || content === null || content === undefined)
        return { paragraphs: [] };
    removeNonParagraphs(content);
    return {
        paragraphs: readHtml(content.innerHTML).blocks,
        title: present(result.title),
        byline: present(result.byline),
        siteName: present(result.siteName),
        publishedTime: present(result.publishedTime),
    };
}
//# sourceMappingURL=body.js.map