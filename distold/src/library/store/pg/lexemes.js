/**
 * Text-search values written as literals of PostgreSQL's own input syntax and sent as parameters,
 * never spliced into SQL. A quoted lexeme is taken as written (no parser, no dictionary, no locale):
 * the terms are the bot's, cut by jieba. Inside quotes, quotes and backslashes are doubled.
 */
const quote = (lexeme) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
/** PostgreSQL refuses a lexeme of 2 KB or more; such a "term" (a run of Latin with no break) is no search term. */
const MAX_LEXEME_BYTES = 2000;
/** Positions above this are stored as this (PostgreSQL's limit). */
const MAX_POSITION = 16_383;
/**
 * Half of a character outside the BMP: `hanBigrams` cuts by UTF-16 unit, so a rare character
 * (𫚭) yields bigrams holding half of it beside a neighbour, which PostgreSQL's JSON and UTF-8
 * refuse. Such a term is left out here; the rare character itself (its two halves) still is a term.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;
export const isLexeme = (term) => term.length > 0 && Buffer.byteLength(term, 'utf8') < MAX_LEXEME_BYTES && !LONE_SURROGATE.test(term);
/** A tsvector literal of the terms in order: each lexeme with its positions (1-based), so repeats count. */
export function tsvectorLiteral(terms) {
    const positions = new Map();
    terms.forEach((term, i) => {
        if (!isLexeme(term))
            return;
        let list = positions.get(term);
        if (!list)
            positions.set(term, (list = []));
        list.push(Math.min(i + 1, MAX_POSITION));
    });
    return [...positions].map(([lexeme, at]) => `${quote(lexeme)}:${[...new Set(at)].join(',')}`).join(' ');
}
/** A tsquery matching any of the terms; empty when none is a lexeme. */
export function anyOfQuery(terms) {
    return [...new Set(terms.filter(isLexeme))].map(quote).join(' | ');
}
//# sourceMappingURL=lexemes.js.map