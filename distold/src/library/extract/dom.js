// linkedom rather than jsdom: Readability needs only a DOM tree to walk, not layout, scripts or a
// browser environment, and linkedom builds one on htmlparser2 (which cheerio already brings) in a
// fraction of jsdom's time and install size.
import { parseHTML } from 'linkedom';
const BODY_TAG = /<body[\s>]/i;
const HEAD_END = /<\/head\s*>/i;
/**
 * A browser makes a `<body>` when a page leaves the tag out (HTML allows that); linkedom does not,
 * and puts the content where Readability never looks. So a page without one gets one: after
 * `</head>` when there is a head, else around everything.
 */
function withBody(html) {
    if (BODY_TAG.test(html))
        return html;
    const headEnd = HEAD_END.exec(html);
    if (headEnd === null)
        return `<html><body>${html}</body></html>`;
    const cut = headEnd.index + headEnd[0].length;
    return `${html.slice(0, cut)}<body>${html.slice(cut)}</body>`;
}
/** Parses a whole page into a DOM that Readability can read and rewrite. */
export function parsePage(html) {
    const { document } = parseHTML(withBody(html));
    return document;
}
//# sourceMappingURL=dom.js.map