const isStringArray = (value) => Array.isArray(value) && value.every((s) => typeof s === 'string');
function isParagraph(value) {
    const p = value;
    return typeof p === 'object' && p !== null && typeof p.n === 'number' && Number.isInteger(p.n) && typeof p.text === 'string' && isStringArray(p.sentences);
}
/**
 * A value read back from storage as an Article when it has that shape (a title, paragraphs of
 * sentences), else undefined: stored JSON is trusted only once checked.
 */
export function asArticle(parsed) {
    const a = parsed;
    if (typeof a !== 'object' || a === null || typeof a.title !== 'string')
        return undefined;
    if (!Array.isArray(a.paragraphs) || !a.paragraphs.every(isParagraph))
        return undefined;
    if (a.subtitle !== undefined && typeof a.subtitle !== 'string')
        return undefined;
    return a;
}
//# sourceMappingURL=shape.js.map