import { normalizeText } from '../../article/whitespace.js';
/**
 * Navigation, asides, footers and the page-wide header hold the site's logo, menus and other
 * stories' times; an `<article>`'s own `<header>` holds its headline and date, so it counts.
 */
function isPageChrome(element) {
    if (element.closest('nav, aside, footer') !== null)
        return true;
    const header = element.closest('header');
    return header !== null && header.closest('article') === null;
}
function readMeta(document) {
    const meta = new Map();
    for (const tag of document.querySelectorAll('meta')) {
        const key = tag.getAttribute('property') ?? tag.getAttribute('name') ?? tag.getAttribute('itemprop');
        const content = normalizeText(tag.getAttribute('content') ?? '');
        if (key === null || content === '')
            continue;
        const name = key.trim().toLowerCase();
        if (!meta.has(name))
            meta.set(name, content);
    }
    return meta;
}
function textOf(element) {
    return normalizeText(element?.textContent ?? '');
}
export function readPageFacts(document) {
    const headings = [];
    for (const h1 of document.querySelectorAll('h1')) {
        const text = textOf(h1);
        if (text !== '' && !isPageChrome(h1))
            headings.push(text);
    }
    const times = [];
    for (const time of document.querySelectorAll('time[datetime]')) {
        const datetime = time.getAttribute('datetime')?.trim() ?? '';
        if (datetime !== '' && !isPageChrome(time))
            times.push(datetime);
    }
    return {
        meta: readMeta(document),
        documentTitle: textOf(document.querySelector('title')),
        headings,
        times,
        text: textOf(document.body),
    };
}
//# sourceMappingURL=page-facts.js.map