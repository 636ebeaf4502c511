/** A query term in more than this share of sentences is noise when rarer terms are there (as in the embedded SentenceIndex). */
export const COMMON_SHARE = 0.02;
/** Rarest query terms always kept, however common. */
export const KEEP_RAREST = 4;
/**
 * The terms worth searching: the common ones dropped while rarer ones remain. Each common term
 * would make the database read a large share of all sentences (every server's: the GIN index is
 * over the whole table) for little information. `share` is the share of sentences holding a term
 * as PostgreSQL's statistics estimate it (`most_common_elems`); a term missing there is rarer than
 * every term listed.
 */
export function searchedTerms(terms, share) {
    const of = (t) => share.get(t.term) ?? 0;
    const distinct = [...new Set(terms.map((t) => t.term))];
    const rarest = new Set(distinct.sort((a, b) => (share.get(a) ?? 0) - (share.get(b) ?? 0)).slice(0, KEEP_RAREST));
    return terms.filter((t) => rarest.has(t.term) || of(t) <= COMMON_SHARE);
}
//# sourceMappingURL=common-terms.js.map