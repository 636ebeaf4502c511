/** Full-width marks that always end a sentence. */
const FULL_STOPS = new Set(['。', '！', '？', '；']);
/** Closing quotes and brackets belong to the sentence they close: `他说：“来了。”` is one sentence. */
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '〉', '】', '〗', '］', ']']);
/** Straight quotes do not say whether they open or close; they close only when one is left open. */
const STRAIGHT_QUOTES = new Set(['"', "'"]);
/** How far a title's closing 》 is looked for: an unclosed 《 must not swallow the paragraph. */
const TITLE_REACH = 40;
/**
 * A stop inside a 《》 title is part of the title (《卡拉OK.LIVE！‧台北‧我》): the 《 before it is
 * still open and its 》 follows soon.
 */
function insideTitle(chars, start, at) {
    let open = 0;
    for (let k = start; k < at; k++) {
        if (chars[k] === '《')
            open += 1;
        else if (chars[k] === '》' && open > 0)
            open -= 1;
    }
    if (open === 0)
        return false;
    for (let k = at + 1; k < Math.min(chars.length, at + TITLE_REACH); k++) {
        if (chars[k] === '》')
            return true;
        if (chars[k] === '《' || chars[k] === '\n')
            return false;
    }
    return false;
}
function hasOpenStraightQuote(text, quote) {
    return text.split(quote).length % 2 === 0;
}
/**
 * Cuts `text` into sentences at 。！？； (and at the ASCII stops before a space or the end),
 * keeping any run of stops (`？！`), the closing quotes/brackets after them and the whitespace that
 * follows on the sentence they end. Joined back together the pieces give `text`.
 */
export function cutSentences(text, options = {}) {
    const asciiStops = new Set(options.asciiStops ?? '!?;');
    const isStop = (ch) => ch !== undefined && (FULL_STOPS.has(ch) || asciiStops.has(ch));
    const chars = Array.from(text);
    const sentences = [];
    let start = 0;
    let i = 0;
    while (i < chars.length) {
        if (!isStop(chars[i]) || insideTitle(chars, start, i)) {
            i += 1;
            continue;
        }
        let end = i + 1;
        while (isStop(chars[end]))
            end += 1;
        for (;;) {
            const next = chars[end];
            if (next === undefined)
                break;
            if (CLOSERS.has(next)) {
                end += 1;
            }
            else if (STRAIGHT_QUOTES.has(next) && hasOpenStraightQuote(chars.slice(start, end).join(''), next)) {
                end += 1;
            }
            else {
                break;
            }
        }
        const onlyAsciiStops = chars.slice(i, end).every((c) => !FULL_STOPS.has(c));
        const after = chars[end];
        if (onlyAsciiStops && after !== undefined && !/\s/.test(after)) {
            i = end;
            continue;
        }
        while (/\s/.test(chars[end] ?? ''))
            end += 1;
        sentences.push(chars.slice(start, end).join(''));
        start = end;
        i = end;
    }
    if (start < chars.length)
        sentences.push(chars.slice(start).join(''));
    return sentences;
}
/**
 * A paragraph's sentences, cut as `cutSentences` does, trimmed and never empty; text without stops
 * is a single sentence. Joined back together they give the paragraph minus any whitespace that sat
 * between sentences.
 */
export function splitSentences(text) {
    return cutSentences(text)
        .map((sentence) => sentence.trim())
        .filter((sentence) => sentence !== '');
}
//# sourceMappingURL=sentences.js.map