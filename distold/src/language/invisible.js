/**
 * Invisible characters: they take no space and show nothing, yet they can split a word
 * (`谁\u200b参加`), hide a mention (`@\u200beveryone`) or reorder what a reader sees (a
 * right-to-left override). The one list of them: the question normaliser and the article reader
 * remove it before matching, Discord's escaping before showing, the guards before counting.
 *
 * A character-class body rather than a RegExp, so a caller with a deliberate extra (Discord's
 * escaping also drops control characters) builds its pattern from this definition.
 */
export const INVISIBLE_CLASS = String.raw `\u00AD` + // soft hyphen
    String.raw `\u061C` + // Arabic letter mark, a bidi control
    String.raw `\u115F\u1160` + // Hangul choseong and jungseong fillers: letters that show nothing
    String.raw `\u180E` + // Mongolian vowel separator, zero-width since Unicode 6.3
    String.raw `\u200B-\u200F` + // zero-width space, non-joiner and joiner; left-to-right and right-to-left marks
    String.raw `\u202A-\u202E` + // bidi embeddings and overrides
    String.raw `\u2060-\u206F` + // word joiner, invisible operators, bidi isolates, deprecated format controls
    String.raw `\uFEFF` + // byte-order mark, once the zero-width no-break space
    String.raw `\uFFF9-\uFFFB`; // interlinear annotation marks
/** C0 and C1 control characters (Unicode's Cc), tab and line breaks included. */
export const CONTROL_CLASS = String.raw `\u0000-\u001F\u007F-\u009F`;
const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`, 'gu');
/** `text` without its invisible characters. */
export function removeInvisible(text) {
    return text.replace(INVISIBLE, '');
}
//# sourceMappingURL=invisible.js.map