/**
 * Making text safe to show in Discord Markdown, and cutting it where a reader expects a cut.
 * Everything echoed — the user's question and the article's own text alike — goes through
 * `escapeMarkdown`, because either could hold `*`, `_`, `<@id>` or `@everyone`.
 */
import { cutSentences } from '../article/sentences.js';
import { INVISIBLE_CLASS } from '../language/invisible.js';
/**
 * Characters that format anywhere in a line. `<` is escaped so `<@id>`, `<@&role>`, `<#channel>`,
 * `<t:…>` and `<:emoji:id>` show as text instead of rendering; `[` so no masked link can form.
 * Escaping stays minimal: wherever Markdown is not rendered, every backslash would show.
 */
const MARKDOWN = /[\\*_~`|<[\]]/g;
/**
 * What escaping removes: the invisible characters, which can hide or reorder text, and here also
 * NUL, DEL and the other C0 controls, which shown text has no use for and which can hide text as
 * well. Tab, line feed and carriage return stay: they lay the text out, and `oneLine` collapses
 * them where a line would format.
 */
const HIDDEN = new RegExp(`[${INVISIBLE_CLASS}\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]`, 'gu');
/** Escape Markdown and neutralise mentions so `text` shows exactly as written and pings nobody. */
export function escapeMarkdown(text) {
    return text
        .replace(HIDDEN, '')
        .replace(MARKDOWN, (c) => `\\${c}`)
        // Headings, quotes, lists and "-#" subtext only start a line.
        .replace(/^(\s*)([#>+-])/gm, '$1\\$2')
        .replace(/^(\s*\d+)\./gm, '$1\\.')
        // A zero-width space after @ keeps @everyone/@here from ever being a mention, even if a
        // payload's allowedMentions were somehow lost.
        .replace(/@(everyone|here)/gi, '@\u200b$1');
}
/** Text collapsed to one line: newlines in an echoed question must not start headings or quotes. */
export function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}
/**
 * `text` cut into sentences where a page may break, each keeping its trailing space so that joining
 * them gives `text` back: the article's splitter, with `.` ending a sentence too, because an
 * answer's English (headlines, glosses) ends sentences with it, and a cut wrong there only moves a
 * page break.
 */
export function proseSentences(text) {
    return cutSentences(text, { asciiStops: '.!?' });
}
/** At most `max` UTF-16 units of `text`, never splitting a surrogate pair. */
export function cutCodePoints(text, max) {
    if (text.length <= max)
        return text;
    let end = max;
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end -= 1;
    return text.slice(0, end);
}
/** Shorten a one-line label (titles, button labels, echoes) with an ellipsis. */
export function ellipsis(text, max) {
    return text.length <= max ? text : `${cutCodePoints(text, max - 1)}…`;
}
/**
 * `raw` turned into Markdown by `format`, in pieces of at most `max` characters each, cut
 * between sentences; a sentence longer than `max` on its own is cut where it must be.
 */
export function splitFormatted(raw, format, max) {
    const pieces = [];
    // Formatted lengths add up sentence by sentence (escaping is per character), so packing is
    // linear; a piece the estimate got wrong (a term spanning two sentences) is packed exactly.
    const flush = (sentences) => {
        const out = format(sentences.join(''));
        if (out.length <= max)
            pieces.push(out);
        else
            pieces.push(...packExactly(sentences, format, max));
    };
    let current = [];
    let estimate = 0;
    for (const sentence of proseSentences(raw)) {
        const length = format(sentence).length;
        if (estimate + length <= max) {
            current.push(sentence);
            estimate += length;
            continue;
        }
        if (current.length > 0)
            flush(current);
        current = [];
        estimate = 0;
        if (length <= max) {
            current = [sentence];
            estimate = length;
        }
        else
            pieces.push(...hardCut(sentence, format, max));
    }
    if (current.length > 0)
        flush(current);
    return pieces.map((p) => p.trim()).filter((p) => p.length > 0);
}
function packExactly(sentences, format, max) {
    const pieces = [];
    let current = '';
    for (const sentence of sentences) {
        if (format(current + sentence).length <= max)
            current += sentence;
        else {
            if (current)
                pieces.push(format(current));
            current = '';
            if (format(sentence).length <= max)
                current = sentence;
            else
                pieces.push(...hardCut(sentence, format, max));
        }
    }
    if (current)
        pieces.push(format(current));
    return pieces;
}
/** Last resort for a "sentence" with no end mark longer than a page (e.g. 10,000 characters typed). */
function hardCut(raw, format, max) {
    const pieces = [];
    let rest = raw;
    while (rest.length > 0) {
        let size = Math.min(rest.length, max);
        let piece = cutCodePoints(rest, size);
        while (format(piece).length > max && size > 1) {
            size = Math.max(1, Math.floor(size / 2));
            piece = cutCodePoints(rest, size) || rest.slice(0, 2);
        }
        pieces.push(format(piece));
        rest = rest.slice(piece.length);
    }
    return pieces;
}
/**
 * `raw` escaped, with every occurrence of `terms` in bold. Longer terms win over the shorter
 * ones they contain; matching happens on the raw text so escapes never break a term.
 */
export function boldTerms(raw, terms) {
    const wanted = [...new Set(terms.filter((t) => t.trim().length > 0))].sort((a, b) => b.length - a.length);
    if (wanted.length === 0)
        return escapeMarkdown(raw);
    const marked = new Array(raw.length).fill(false);
    for (const term of wanted) {
        for (let at = raw.indexOf(term); at !== -1; at = raw.indexOf(term, at + term.length)) {
            if (marked.slice(at, at + term.length).some(Boolean))
                continue;
            marked.fill(true, at, at + term.length);
        }
    }
    let out = '';
    let i = 0;
    while (i < raw.length) {
        let j = i;
        while (j < raw.length && marked[j] === marked[i])
            j++;
        const piece = escapeMarkdown(raw.slice(i, j));
        out += marked[i] && piece.trim() ? `**${piece}**` : piece;
        i = j;
    }
    return out;
}
//# sourceMappingURL=text.js.map