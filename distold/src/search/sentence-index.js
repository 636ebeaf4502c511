import MiniSearch from 'minisearch';
import { cutForSearch } from '../language/segmenter.js';
import { containsText, indexTerms } from './tokenize.js';
import { articleSentences } from './article-sentences.js';
/**
 * Terms as MiniSearch stores them: each non-ASCII character as `~` and four hex digits. Its radix
 * tree scans a node's children one by one on every insert, which is fine for 26 letters and slow for
 * the thousands of Han characters that start Chinese terms (the root alone has one child per
 * character); hex keeps every node to at most 17 children. The encoding keeps prefixes, so prefix
 * search and autocomplete work unchanged, and it is decoded for display.
 */
const encoded = new Map();
export function encodeTerm(term) {
    let out = encoded.get(term);
    if (out !== undefined)
        return out;
    out = '';
    for (let i = 0; i < term.length; i++) {
        const code = term.charCodeAt(i);
        out += code < 128 ? term.charAt(i) : `~${code.toString(16).padStart(4, '0')}`;
    }
    // The same bigrams recur in every sentence; a bounded memo spares rebuilding their strings.
    if (encoded.size > 500_000)
        encoded.clear();
    encoded.set(term, out);
    return out;
}
export function decodeTerm(encoded) {
    return encoded.replace(/~([0-9a-f]{4})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
}
/** A query term found in more than this share of sentences is noise when rarer terms are there. */
const COMMON_SHARE = 0.02;
/** Below this many sentences holding it, no term counts as common. */
const COMMON_FLOOR = 500;
/** Rarest query terms always kept, however common. */
const KEEP_RAREST = 4;
/**
 * Every sentence of every article in one MiniSearch index, built once at start. Sentences rather
 * than paragraphs: a news paragraph holds many facts, and a short cited sentence is the answer.
 */
export class SentenceIndex {
    docs = [];
    byPlace = new Map();
    byArticle = new Map();
    /** Sentences each term occurs in: rarity for ranking, and pruning of common query terms. */
    frequency = new Map();
    search;
    /**
     * `onWords` receives jieba's search-mode cut of every sentence, so the text is cut only once.
     * With `saved` (what `save` gave for the same articles) nothing is cut: MiniSearch loads its JSON.
     */
    constructor(articles, onWords, saved) {
        const countTerms = (text) => {
            const segmented = cutForSearch(text);
            onWords?.(segmented);
            const terms = indexTerms(text, segmented);
            for (const term of new Set(terms))
                this.frequency.set(term, (this.frequency.get(term) ?? 0) + 1);
            return terms;
        };
        const options = {
            fields: ['text'],
            storeFields: [],
            tokenize: countTerms,
            // Terms come out of the tokenizer final (lower-cased, stopwords removed); only their storage form changes.
            processTerm: encodeTerm,
            searchOptions: {
                tokenize: (query) => query.split(' '),
                processTerm: encodeTerm,
                // Sentences are short and alike in length; a weak length norm stops one-clause sentences winning on length alone.
                bm25: { k: 1.2, b: 0.5, d: 0.5 },
            },
        };
        this.search = saved ? MiniSearch.loadJSON(saved.miniSearch, options) : new MiniSearch(options);
        for (const article of articles) {
            const first = this.docs.length;
            const own = articleSentences(article).map((place, i) => ({ id: first + i, articleId: article.id, ...place }));
            for (const doc of own)
                this.byPlace.set(`${doc.articleId}:${doc.paragraph}:${doc.sentence}`, doc);
            this.docs.push(...own);
            this.byArticle.set(article.id, own);
        }
        if (saved)
            for (const [term, n] of saved.frequency)
                this.frequency.set(term, n);
        else
            this.search.addAll(this.docs);
    }
    /** MiniSearch's own serialisation of the index (reload with `MiniSearch.loadJSON` and `indexOptions`). */
    toJSON() {
        return this.search.toJSON();
    }
    /** What a snapshot keeps to give the same index back without cutting a sentence. */
    save() {
        return { miniSearch: JSON.stringify(this.search), frequency: [...this.frequency] };
    }
    get size() {
        return this.docs.length;
    }
    get units() {
        return this.docs.length;
    }
    /** The sentence at a place in an article, as the index holds it. */
    docAt(articleId, paragraph, sentence) {
        return this.byPlace.get(`${articleId}:${paragraph}:${sentence}`);
    }
    /** One article's sentences, in order. */
    docsOf(articleId) {
        return this.byArticle.get(articleId) ?? [];
    }
    /** How many sentences hold the term (0 for a term never indexed). */
    documentFrequency(term) {
        return this.frequency.get(term) ?? 0;
    }
    /**
     * Whether any sentence contains the text as written. Candidates come from the index (sentences
     * holding all its bigrams), so the check costs the same whatever the size of the corpus.
     */
    contains(text) {
        return containsText(text, (term) => this.documentFrequency(term), (terms) => this.search.search(terms.join(' '), { combineWith: 'AND' }).map((r) => this.docs[r.id]));
    }
    /**
     * Sentences matching any of the terms, best first; `weights` boost terms as the question values
     * them. Terms in more than 2% of sentences (and over 500) are dropped while rarer ones remain: on a large corpus
     * they would make every query walk most of the index for almost no ranking signal.
     */
    find(terms, options = {}) {
        const weights = new Map();
        for (const { term, weight } of terms)
            weights.set(term, Math.max(weights.get(term) ?? 0, weight));
        const known = [...weights.keys()].filter((t) => this.documentFrequency(t) > 0);
        if (known.length === 0)
            return [];
        const byRarity = known.sort((a, b) => this.documentFrequency(a) - this.documentFrequency(b));
        // Only a large index has terms common enough to cost more than they tell.
        const common = Math.max(COMMON_FLOOR, this.docs.length * COMMON_SHARE);
        const kept = byRarity.filter((t, i) => i < KEEP_RAREST || this.documentFrequency(t) <= common);
        const { articleId, limit = 50 } = options;
        const boosts = new Map([...weights].map(([term, weight]) => [encodeTerm(term), weight]));
        const results = this.search.search(kept.join(' '), {
            boostTerm: (term) => boosts.get(term) ?? 1,
            filter: articleId ? (result) => this.docs[result.id]?.articleId === articleId : undefined,
        });
        return results.slice(0, limit).map((result) => ({
            doc: this.docs[result.id],
            score: result.score,
            matched: result.terms.map(decodeTerm),
        }));
    }
    /** Index terms starting with the prefix, most frequent first (autocomplete). */
    completions(prefix, limit = 25) {
        if (!prefix)
            return [];
        return this.search
            .autoSuggest(prefix, { prefix: true, fuzzy: false, combineWith: 'AND' })
            .slice(0, limit)
            .map((s) => decodeTerm(s.suggestion).replace(/ /g, ''));
    }
}
//# sourceMappingURL=sentence-index.js.map