import { Converter } from 'opencc-js/t2cn';
/** Chinese punctuation in the full-width block that keeps its form: the article's own separators. */
const KEPT = new Set(['，', '：', '；', '！', '？', '（', '）', '＂', '＇', '［', '］', '｛', '｝', '～']);
let converter;
/** OpenCC's traditional → simplified (Taiwan → mainland), built on first use: the one converter of the project. */
export function toSimplified(text) {
    converter ??= Converter({ from: 'tw', to: 'cn' });
    return converter(text);
}
function simplify(text) {
    const whole = toSimplified(text);
    // OpenCC converts phrases; a phrase that changed length would break the offsets, so fall back to characters.
    if (whole.length === text.length)
        return whole;
    let out = '';
    for (const ch of text) {
        const one = toSimplified(ch);
        out += one.length === ch.length ? one : ch;
    }
    return out;
}
function foldChar(ch) {
    const code = ch.codePointAt(0);
    if (code === 0x3000)
        return ' ';
    if (code >= 0xff01 && code <= 0xff5e)
        return KEPT.has(ch) ? ch : String.fromCharCode(code - 0xfee0);
    if ((code >= 0x2160 && code <= 0x217f) || (code >= 0x2460 && code <= 0x24ff))
        return ch.normalize('NFKC');
    return ch;
}
/** Folds `text` and keeps where every folded character came from. */
export function foldWithOrigin(text) {
    let out = '';
    const origin = [];
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        const folded = foldChar(ch);
        out += folded;
        for (let k = 0; k < folded.length; k++)
            origin.push(i);
    }
    const simplified = /\p{Script=Han}/u.test(out) ? simplify(out) : out;
    return { text: simplified, origin: Int32Array.from(origin) };
}
export function foldText(text) {
    return foldWithOrigin(text).text;
}
/** The original text behind the folded span [start, end). */
export function originalSpan(original, folded, start, end) {
    if (end <= start)
        return '';
    const from = folded.origin[start] ?? 0;
    const to = (folded.origin[end - 1] ?? original.length - 1) + 1;
    return original.slice(from, to);
}
//# sourceMappingURL=fold.js.map