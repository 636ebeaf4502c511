import { removeInvisible } from '../language/invisible.js';
/**
 * Characters a reader sees as text in CJK writing: Han, kana, hangul, CJK and full-width punctuation.
 * A line break in the HTML source between two of these is a wrap, not a word gap, so it must vanish
 * instead of turning into a space (CSS Text 3 does the same for East Asian wide characters).
 */
const WIDE = String.raw `\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF\u2018-\u201F\u2026\u2014`;
/** Space characters beyond ASCII that news sites use for indentation: NBSP, ideographic space, thin spaces. */
const WIDE_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** `&nbsp;` that survived as text because the page escaped its own entities. */
const LITERAL_NBSP = /&(?:amp;)?nbsp;?/gi;
const WRAP_BETWEEN_WIDE = new RegExp(`(?<=[${WIDE}])[ \\t\\f]*[\\r\\n][\\s]*(?=[${WIDE}])`, 'gu');
/**
 * Plain text of a paragraph as a reader sees it: indentation, &nbsp; and invisible characters gone, runs of spaces
 * collapsed to one, line wraps between CJK characters removed. Spaces the author typed between
 * words (e.g. in a headline `甲 乙`) are kept as a single space.
 */
export function normalizeText(raw) {
    return removeInvisible(raw.replace(LITERAL_NBSP, ' '))
        .replace(WRAP_BETWEEN_WIDE, '')
        .replace(WIDE_SPACE, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}
//# sourceMappingURL=whitespace.js.map