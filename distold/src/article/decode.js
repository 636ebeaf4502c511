import { ArticleError } from './types.js';
/** How far into a page to look for `<meta charset>`; browsers look at the first 1024 bytes, pages with long heads need more. */
const META_SNIFF_BYTES = 4096;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;
/** Share of control characters or undecodable bytes above which a file is not text. */
const MAX_GARBAGE_SHARE = 0.02;
/** C0 controls other than tab, line feed, form feed and carriage return, plus the replacement character. */
const GARBAGE = /[\u0000-\u0008\u000B\u000E-\u001F\u007F\uFFFD]/g;
/** The charset a page declares for itself, when TextDecoder knows it. */
export function declaredCharset(bytes) {
    const head = Buffer.from(bytes.subarray(0, META_SNIFF_BYTES)).toString('latin1');
    const label = META_CHARSET.exec(head)?.[1];
    if (label === undefined)
        return undefined;
    try {
        return new TextDecoder(label).encoding;
    }
    catch {
        return undefined;
    }
}
function startsWith(bytes, prefix) {
    return prefix.every((byte, i) => bytes[i] === byte);
}
export function decodeUtf8Strict(bytes) {
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return undefined;
    }
}
/**
 * Bytes to text for a Chinese news page. UTF-16 and UTF-8 byte-order marks win; otherwise bytes
 * that are valid UTF-8 are UTF-8 — even under a `<meta charset=gbk>`, because saved pages keep
 * their original meta after being re-encoded, while GBK text almost never happens to be valid
 * UTF-8. Anything else is decoded with the page's declared charset, or GB18030 (a superset of GBK
 * and GB2312) when it declares none. Throws ArticleError for binary data.
 */
export function decodeArticleBytes(bytes, file) {
    let text;
    if (startsWith(bytes, [0xff, 0xfe])) {
        text = new TextDecoder('utf-16le').decode(bytes);
    }
    else if (startsWith(bytes, [0xfe, 0xff])) {
        text = new TextDecoder('utf-16be').decode(bytes);
    }
    else {
        if (bytes.includes(0))
            throw new ArticleError(file, 'binary file, not text (it contains NUL bytes)');
        text = decodeUtf8Strict(bytes) ?? new TextDecoder(declaredCharset(bytes) ?? 'gb18030').decode(bytes);
    }
    const garbage = text.match(GARBAGE)?.length ?? 0;
    if (garbage > text.length * MAX_GARBAGE_SHARE) {
        throw new ArticleError(file, 'binary file, not text (mostly control characters or undecodable bytes)');
    }
    return text.replace(/^\uFEFF/, '');
}
//# sourceMappingURL=decode.js.map