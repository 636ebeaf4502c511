const PAGE_TYPES = ['text/html', 'text/plain'];
/** A Content-Type header split into its media type and charset; undefined when absent or blank. */
export function parseContentType(header) {
    const [type = '', ...parameters] = (header ?? '').split(';');
    const mediaType = type.trim().toLowerCase();
    if (mediaType === '')
        return undefined;
    const charset = parameters
        .map((parameter) => /^\s*charset\s*=\s*"?([^";\s]+)/i.exec(parameter)?.[1])
        .find((label) => label !== undefined);
    return charset === undefined ? { mediaType } : { mediaType, charset };
}
/** The page type of a declared media type, or undefined for anything an article cannot be read from. */
export function pageType(mediaType) {
    return PAGE_TYPES.find((type) => type === mediaType);
}
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const WHITESPACE = new Set([0x09, 0x0a, 0x0c, 0x0d, 0x20]);
/**
 * The page type of a body sent without a Content-Type: HTML when its first character after a
 * byte-order mark and whitespace is `<`, as browsers sniff it; otherwise undefined, because an
 * untyped body that is not markup is more likely a download than an article.
 */
export function sniffPageType(body) {
    let i = UTF8_BOM.every((byte, j) => body[j] === byte) ? UTF8_BOM.length : 0;
    while (i < body.length && WHITESPACE.has(body[i] ?? 0))
        i += 1;
    return body[i] === 0x3c ? 'text/html' : undefined;
}
//# sourceMappingURL=content-type.js.map