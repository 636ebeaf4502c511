// cheerio/slim parses with htmlparser2: forgiving with the fragments news sites serve, and a third
// of the full build's import time (which also loads parse5 and an HTTP client).
import { load } from 'cheerio/slim';
import { normalizeText } from './whitespace.js';
/** Elements that start and end a paragraph of their own. */
const BLOCK_TAGS = new Set([
    'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
    'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3',
    'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
    'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
/** Elements whose content is never article text. */
const SKIPPED_TAGS = new Set([
    'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'iframe', 'object',
    'embed', 'svg', 'canvas', 'select', 'textarea', 'button', 'audio', 'video',
]);
/** Many CMSs lay paragraphs out as `<span style="display:block">`; those break like a `<div>`. */
const DISPLAY_BLOCK = /(?:^|;)\s*display\s*:\s*(?:block|flex|grid|list-item|table)\b/i;
/** Text without tags: each non-empty line is a paragraph, as in a plain-text article. */
const HAS_MARKUP = /<\/?[a-zA-Z][^>]*>|<!--/;
/**
 * Cuts HTML into paragraphs. Every block element and every `<br>` ends the paragraph being
 * collected; inline markup (`<a>`, `<strong>`, `<span>`) only contributes its text. Because text
 * belongs to whichever paragraph is open when it is reached, nested blocks (div>p, div>span>p)
 * yield each piece of text exactly once.
 */
export function readHtml(html) {
    const source = HAS_MARKUP.test(html) ? html : html.replace(/\r?\n/g, '<br>');
    const $ = load(source);
    const blocks = [];
    let open = [];
    const close = () => {
        const text = normalizeText(open.join(''));
        if (text !== '')
            blocks.push(text);
        open = [];
    };
    const walk = (node) => {
        if (node.type === 'text') {
            open.push(node.data ?? '');
            return;
        }
        if (node.type !== 'tag' && node.type !== 'root')
            return; // comments, CDATA, doctype
        const name = node.name?.toLowerCase() ?? '';
        if (SKIPPED_TAGS.has(name))
            return;
        if (name === 'br') {
            close();
            return;
        }
        const isBlock = BLOCK_TAGS.has(name) || DISPLAY_BLOCK.test(node.attribs?.['style'] ?? '');
        if (isBlock)
            close();
        for (const child of node.children ?? [])
            walk(child);
        if (isBlock)
            close();
    };
    const root = $.root().get(0);
    if (root)
        walk(root);
    close();
    const heading = normalizeText($('h1').first().text()) || normalizeText($('title').first().text());
    return heading === '' ? { blocks } : { blocks, heading };
}
//# sourceMappingURL=html.js.map