import { cutByline } from './byline.js';
import { findDateline } from './dateline.js';
import { readHtml } from './html.js';
import { splitSentences } from './sentences.js';
import { cutTrailingLabel, readLabelLine } from './trailers.js';
import { ArticleError } from './types.js';
import { normalizeText } from './whitespace.js';
const ORIGINAL_TITLE = /^原标题\s*[:：]\s*/;
/** A first line that opens with a tag is the page itself, not a headline. */
const MARKUP_START = /^\s*</;
/** Seed files put the headline on the first line and the page's HTML after it. */
function splitTitleLine(raw) {
    const text = raw.replace(/^\uFEFF/, '');
    const newline = text.indexOf('\n');
    const first = newline === -1 ? text : text.slice(0, newline);
    if (MARKUP_START.test(first))
        return { titleLine: '', body: text };
    return { titleLine: first, body: newline === -1 ? '' : text.slice(newline + 1) };
}
/** The headline as plain text; a title line may carry entities (`&quot;`) like the rest of the page. */
function titleText(line) {
    return /[<&]/.test(line) ? readHtml(line).blocks.join(' ') : normalizeText(line);
}
/** Separates credits, source lines and the 原标题 line from what the article says. */
function takeFurniture(blocks, title) {
    const body = { blocks: [] };
    for (const block of blocks) {
        const label = readLabelLine(block);
        if (label) {
            if (label.editor !== undefined)
                body.editor ??= label.editor;
            continue;
        }
        // A page repeats its headline (<h1>) above the body; saying it twice is not a paragraph.
        if (body.blocks.length === 0 && block === title)
            continue;
        body.blocks.push(block);
    }
    const first = body.blocks[0];
    if (first !== undefined && ORIGINAL_TITLE.test(first)) {
        const subtitle = first.replace(ORIGINAL_TITLE, '').trim();
        if (subtitle !== '')
            body.subtitle = subtitle;
        body.blocks.shift();
    }
    takeTrailers(body);
    return body;
}
/** Credits stuck to the end of the last paragraph, in any order: `…参加。(甲 乙)（责任编辑：丙）`. */
function takeTrailers(body) {
    for (;;) {
        const last = body.blocks.length - 1;
        const text = body.blocks[last];
        if (text === undefined)
            return;
        const label = cutTrailingLabel(text);
        const byline = label || body.byline ? undefined : cutByline(text);
        const rest = label?.text ?? byline?.text;
        if (rest === undefined)
            return;
        if (label?.editor !== undefined)
            body.editor ??= label.editor;
        if (byline)
            body.byline = byline.names;
        if (rest === '')
            body.blocks.pop();
        else
            body.blocks[last] = rest;
    }
}
function toParagraph(text, index) {
    return { n: index + 1, text, sentences: splitSentences(text) };
}
/**
 * Turns a seed file's text (headline line, then HTML) into an Article. Throws ArticleError naming
 * `file` (or the id) when there is no headline or no body paragraph left after cleaning.
 */
export function parseArticle(raw, id, file) {
    const where = file ?? id;
    const { titleLine, body } = splitTitleLine(raw);
    const page = readHtml(body);
    const title = titleText(titleLine) || page.heading || '';
    if (title === '') {
        throw new ArticleError(where, 'missing title line (the first line should be the headline)');
    }
    const { blocks, subtitle, editor, byline } = takeFurniture(page.blocks, title);
    if (blocks.length === 0)
        throw new ArticleError(where, 'no paragraphs found after removing markup');
    const article = { id, title, paragraphs: blocks.map(toParagraph) };
    if (file !== undefined)
        article.file = file;
    if (subtitle !== undefined)
        article.subtitle = subtitle;
    const date = findDateline(blocks);
    if (date !== undefined)
        article.date = date;
    if (byline !== undefined)
        article.byline = byline;
    if (editor !== undefined)
        article.editor = editor;
    return article;
}
//# sourceMappingURL=parse.js.map