/** BM25 over whole articles: news articles differ in length far more than sentences do. */
const K1 = 1.2;
const B = 0.75;
/** Term frequencies are kept in 16 bits: a term said more often than this in one article counts as this. */
const MAX_COUNT = 0xffff;
/** Written at the head of the serialized form; a different layout is refused rather than misread. */
const FORMAT = 'wenda-article-postings/1';
/**
 * For every term, the articles that hold it and how often: the corpus tier of a large library,
 * which chooses the few articles worth reading sentence by sentence. Typed arrays rather than a
 * search library's maps: measured on 10,000 real articles, MiniSearch over every sentence held
 * 5.6 million postings in 435 MB of heap and took 4 s to load from its JSON; the same postings per
 * article fit in a few tens of MB and load from a file at once.
 */
export class ArticlePostings {
    ids;
    slots;
    terms;
    offsets;
    articles;
    counts;
    lengths;
    constructor(
    /** Article number → id. */
    ids, 
    /** Term → its slot; the slot's postings are `articles[offsets[slot] .. offsets[slot + 1]]`. */
    slots, terms, offsets, articles, counts, 
    /** Terms per article, for BM25's length norm. */
    lengths) {
        this.ids = ids;
        this.slots = slots;
        this.terms = terms;
        this.offsets = offsets;
        this.articles = articles;
        this.counts = counts;
        this.lengths = lengths;
        let total = 0;
        for (const length of lengths)
            total += length;
        this.averageLength = total / lengths.length || 1;
    }
    /** The mean of `lengths`, fixed once built. */
    averageLength;
    static build(entries) {
        const ids = [];
        const lengths = [];
        const byTerm = new Map();
        for (const { id, terms } of entries) {
            const number = ids.length;
            ids.push(id);
            const counts = new Map();
            let length = 0;
            for (const term of terms) {
                counts.set(term, (counts.get(term) ?? 0) + 1);
                length++;
            }
            lengths.push(length);
            for (const [term, count] of counts) {
                let list = byTerm.get(term);
                if (!list)
                    byTerm.set(term, (list = []));
                list.push(number, Math.min(count, MAX_COUNT));
            }
        }
        const terms = [...byTerm.keys()];
        const offsets = new Uint32Array(terms.length + 1);
        let total = 0;
        terms.forEach((term, slot) => {
            offsets[slot] = total;
            total += byTerm.get(term).length / 2;
        });
        offsets[terms.length] = total;
        const articles = new Uint32Array(total);
        const counts = new Uint16Array(total);
        terms.forEach((term, slot) => {
            const list = byTerm.get(term);
            // Each list is in article order already: articles were numbered as they came.
            for (let i = 0, at = offsets[slot]; i < list.length; i += 2, at++) {
                articles[at] = list[i];
                counts[at] = list[i + 1];
            }
            byTerm.delete(term);
        });
        return new ArticlePostings(ids, new Map(terms.map((t, i) => [t, i])), terms, offsets, articles, counts, Uint32Array.from(lengths));
    }
    /** Articles indexed. */
    get size() {
        return this.ids.length;
    }
    /** How many articles hold the term. */
    documentFrequency(term) {
        const slot = this.slots.get(term);
        return slot === undefined ? 0 : this.offsets[slot + 1] - this.offsets[slot];
    }
    /** Article numbers holding the term, ascending. */
    postings(term) {
        const slot = this.slots.get(term);
        return slot === undefined ? new Uint32Array(0) : this.articles.subarray(this.offsets[slot], this.offsets[slot + 1]);
    }
    /** Ids of the articles that hold every one of the terms. */
    articlesWithAll(terms) {
        if (terms.length === 0)
            return [];
        const lists = terms.map((t) => this.postings(t)).sort((a, b) => a.length - b.length);
        let kept = [...lists[0]];
        for (const list of lists.slice(1)) {
            if (kept.length === 0)
                break;
            const set = new Set();
            for (const n of list)
                set.add(n);
            kept = kept.filter((n) => set.has(n));
        }
        return kept.map((n) => this.ids[n]);
    }
    /** Articles by BM25 over the weighted terms, best first, at most `limit`. */
    rank(terms, limit) {
        const weights = new Map();
        for (const { term, weight } of terms)
            weights.set(term, Math.max(weights.get(term) ?? 0, weight));
        const n = this.ids.length;
        if (n === 0 || weights.size === 0)
            return [];
        const average = this.averageLength;
        const scores = new Float64Array(n);
        const touched = [];
        for (const [term, weight] of weights) {
            const slot = this.slots.get(term);
            if (slot === undefined)
                continue;
            const start = this.offsets[slot];
            const end = this.offsets[slot + 1];
            const df = end - start;
            const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
            for (let at = start; at < end; at++) {
                const article = this.articles[at];
                const tf = this.counts[at];
                const norm = K1 * (1 - B + (B * this.lengths[article]) / average);
                if (scores[article] === 0)
                    touched.push(article);
                scores[article] += weight * idf * ((tf * (K1 + 1)) / (tf + norm));
            }
        }
        return touched
            .sort((a, b) => scores[b] - scores[a] || a - b)
            .slice(0, limit)
            .map((article) => ({ id: this.ids[article], score: scores[article] }));
    }
    /** Terms starting with the prefix, those in most articles first (autocomplete). */
    startingWith(prefix, limit) {
        if (!prefix)
            return [];
        return this.terms
            .filter((t) => t.startsWith(prefix))
            .sort((a, b) => this.documentFrequency(b) - this.documentFrequency(a) || a.localeCompare(b))
            .slice(0, limit);
    }
    /**
     * One buffer: a JSON head (format, ids, terms) then the typed arrays, each at a multiple of
     * 4 bytes so they are read back without copying element by element.
     */
    toBuffer() {
        const head = Buffer.from(JSON.stringify({ format: FORMAT, ids: this.ids, terms: this.terms }), 'utf8');
        const headLength = Math.ceil(head.length / 4) * 4;
        const parts = [this.offsets, this.articles, this.lengths, this.counts];
        const size = 8 + headLength + parts.reduce((n, p) => n + Math.ceil(p.byteLength / 4) * 4, 0);
        const out = Buffer.alloc(size);
        out.writeUInt32LE(headLength, 0);
        out.writeUInt32LE(head.length, 4);
        head.copy(out, 8);
        let at = 8 + headLength;
        for (const part of parts) {
            Buffer.from(part.buffer, part.byteOffset, part.byteLength).copy(out, at);
            at += Math.ceil(part.byteLength / 4) * 4;
        }
        return out;
    }
    /** Reads what `toBuffer` wrote; throws on anything else (a truncated or foreign file). */
    static fromBuffer(buffer) {
        const fail = (why) => {
            throw new Error(`not an article postings file: ${why}`);
        };
        if (buffer.length < 8)
            fail('too short');
        const headLength = buffer.readUInt32LE(0);
        const headBytes = buffer.readUInt32LE(4);
        if (headBytes > headLength || 8 + headLength > buffer.length)
            fail('bad head');
        let head;
        try {
            head = JSON.parse(buffer.toString('utf8', 8, 8 + headBytes));
        }
        catch {
            return fail('bad head');
        }
        if (head.format !== FORMAT || !Array.isArray(head.ids) || !Array.isArray(head.terms))
            return fail('unknown format');
        const ids = head.ids;
        const terms = head.terms;
        // Copied into an aligned buffer of its own, so the arrays can view it whatever the file buffer's offset.
        const body = new Uint8Array(buffer.subarray(8 + headLength)).buffer;
        let at = 0;
        const take = (make, length, bytes) => {
            if (at + length * bytes > body.byteLength)
                fail('truncated');
            const array = make(body, at, length);
            at += Math.ceil((length * bytes) / 4) * 4;
            return array;
        };
        const offsets = take((b, o, l) => new Uint32Array(b, o, l), terms.length + 1, 4);
        const total = offsets[terms.length];
        const articles = take((b, o, l) => new Uint32Array(b, o, l), total, 4);
        const lengths = take((b, o, l) => new Uint32Array(b, o, l), ids.length, 4);
        const counts = take((b, o, l) => new Uint16Array(b, o, l), total, 2);
        return new ArticlePostings(ids, new Map(terms.map((t, i) => [t, i])), terms, offsets, articles, counts, lengths);
    }
}
//# sourceMappingURL=article-postings.js.map