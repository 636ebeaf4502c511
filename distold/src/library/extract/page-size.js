import { ExtractionError } from './types.js';
const TEXT_NODE = 3;
/** Readability drops these before it reads anything, so their text costs it nothing. */
const DROPPED_FIRST = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT']);
// Readability reads the text of every candidate element and of its ancestors, so its work grows
// with each piece of text times the depth it sits at; on linkedom, nested `<div>`s cost more than
// that. Measured: a 28 KB page of 5,000 nested `<div>`s took over ten minutes, and 370 KB of text
// under 100 nested `<div>`s 13 seconds, while an ordinary page, even one with 2 MB of comments,
// reads in under a second. Extraction runs on the bot's only thread, so such a page is refused
// before Readability sees it. Within both limits the worst measured was 2.5 seconds: 250 nested
// `<div>`s around 20,000 characters.
/**
 * Page templates nest a few dozen elements deep; an old page's unclosed `<span>` or `<font>` adds a
 * level for each paragraph, so the limit leaves room for that. Past it a page is broken beyond
 * reading, or built to stall a reader.
 */
export const MAX_NESTING = 256;
/**
 * The sum of each text's length times its depth. Measured: a news page with 370 KB of article text
 * comes to 1.6 million, one with 2 MB of comments to 3.4 million, the test fixtures to about 5,000.
 */
export const MAX_TEXT_DEPTH = 5_000_000;
/** Walks the body without recursion, so a page nested thousands deep cannot overflow the stack. */
export function measurePage(document) {
    const root = document.body;
    const size = { nesting: 0, textDepth: 0 };
    let node = root?.firstChild ?? null;
    let depth = 1;
    while (node !== null && root !== null) {
        size.nesting = Math.max(size.nesting, depth);
        if (node.nodeType === TEXT_NODE)
            size.textDepth += (node.textContent?.length ?? 0) * depth;
        const child = DROPPED_FIRST.has(node.nodeName.toUpperCase()) ? null : node.firstChild;
        if (child !== null) {
            node = child;
            depth += 1;
            continue;
        }
        while (node !== null && node !== root && node.nextSibling === null) {
            node = node.parentNode;
            depth -= 1;
        }
        node = node === null || node === root ? null : node.nextSibling;
    }
    return size;
}
/** Throws ExtractionError 'too-complex' for a page that would stall the reader (see above). */
export function requireReadableSize(document, url) {
    const { nesting, textDepth } = measurePage(document);
    if (nesting <= MAX_NESTING && textDepth <= MAX_TEXT_DEPTH)
        return;
    const where = url ?? 'the page';
    const why = nesting > MAX_NESTING
        ? `its markup nests ${nesting} levels deep (at most ${MAX_NESTING})`
        : `it holds too much text too deeply nested (${textDepth} character-levels, at most ${MAX_TEXT_DEPTH})`;
    throw new ExtractionError('too-complex', `Cannot read ${where}: ${why}.`, url);
}
//# sourceMappingURL=page-size.js.map