import { declaredCharset, decodeUtf8Strict } from '../../article/decode.js';
const BYTE_ORDER_MARKS = [
    { bytes: [0xef, 0xbb, 0xbf], charset: 'utf-8' },
    { bytes: [0xfe, 0xff], charset: 'utf-16be' },
    { bytes: [0xff, 0xfe], charset: 'utf-16le' },
];
/** TextDecoder's name for a charset label (`GB2312` → `gbk`), or undefined when it knows no such label. */
function knownCharset(label) {
    if (label === undefined)
        return undefined;
    try {
        return new TextDecoder(label).encoding;
    }
    catch {
        return undefined;
    }
}
function byteOrderMark(bytes) {
    return BYTE_ORDER_MARKS.find((mark) => mark.bytes.every((byte, i) => bytes[i] === byte))?.charset;
}
/**
 * A `<meta charset>` or `http-equiv` declaration, found by the article reader's own rule. A meta
 * naming UTF-16 is ignored, as browsers do: a declaration readable as ASCII cannot be in UTF-16.
 */
function metaCharset(bytes) {
    const charset = declaredCharset(bytes);
    return charset?.startsWith('utf-16') ? undefined : charset;
}
/**
 * A fetched body as text. The order is the browser's, not the file reader's: a byte-order mark,
 * then the Content-Type charset, then the page's meta, and only for an undeclared page UTF-8 when
 * the bytes are valid UTF-8, else GB18030 (a superset of GBK and GB2312, the usual Chinese legacy
 * encodings). Saved files trust valid UTF-8 over their meta because re-saving keeps a stale meta;
 * a server's declaration describes the bytes it sends. Undecodable bytes become U+FFFD.
 */
export function decodePageBytes(bytes, headerCharset) {
    const declared = byteOrderMark(bytes) ?? knownCharset(headerCharset) ?? metaCharset(bytes);
    if (declared !== undefined)
        return { text: new TextDecoder(declared).decode(bytes), charset: declared };
    const utf8 = decodeUtf8Strict(bytes);
    if (utf8 !== undefined)
        return { text: utf8, charset: 'utf-8' };
    return { text: new TextDecoder('gb18030').decode(bytes), charset: 'gb18030' };
}
//# sourceMappingURL=decode-page.js.map