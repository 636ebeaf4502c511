import { paragraphsToHtml } from './article-file.js';
import { readArticleBody } from './body.js';
import { parsePage } from './dom.js';
import { requireArticleText } from './enough-text.js';
import { readPageFacts } from './page-facts.js';
import { requireReadableSize } from './page-size.js';
import { findPublishedDate } from './published-date.js';
import { chooseTitle } from './title.js';
import { ExtractionError } from './types.js';
/**
 * Reads the article out of a whole news page (menus, ads, comments and footer included): its
 * headline, date, byline, site name and body paragraphs. `url` only names the page in errors.
 * Simplified and traditional pages are read alike, and the text keeps the page's own characters.
 *
 * Throws ExtractionError: 'too-complex' for a page that would take Readability too long (see
 * `page-size.ts`), 'no-article' when too little body text is left to be an article (see
 * `enough-text.ts`), 'no-title' when nothing on the page can serve as its headline.
 */
export function extractArticle(html, url) {
    const document = parsePage(html);
    requireReadableSize(document, url);
    // Before Readability: it rewrites the document it reads.
    const facts = readPageFacts(document);
    const body = readArticleBody(document);
    requireArticleText(body.paragraphs, url);
    const declaredSite = facts.meta.get('og:site_name') ?? body.siteName;
    const chosen = chooseTitle({
        ogTitle: facts.meta.get('og:title'),
        headings: facts.headings,
        documentTitle: facts.documentTitle,
        readabilityTitle: body.title,
        siteName: declaredSite,
    });
    if (chosen === undefined) {
        const where = url ?? 'the page';
        throw new ExtractionError('no-title', `No headline found on ${where}: no og:title, <h1> or <title>.`, url);
    }
    const page = {
        title: chosen.title,
        html: paragraphsToHtml(body.paragraphs),
        text: body.paragraphs.join('\n'),
        paragraphs: body.paragraphs.length,
    };
    const date = findPublishedDate({
        facts,
        readabilityDate: body.publishedTime,
        title: chosen.title,
        paragraphs: body.paragraphs,
    });
    if (date !== undefined)
        page.date = date;
    if (body.byline !== undefined)
        page.byline = body.byline;
    const siteName = declaredSite ?? chosen.site;
    if (siteName !== undefined)
        page.siteName = siteName;
    return page;
}
//# sourceMappingURL=extract.js.map