import { indexTerms } from '../search/tokenize.js';
import { TieredIndex } from '../search/tiered-index.js';
/** The terms a question's concepts are searched under, each weighing what its concept and alternative weigh. */
export function queryTerms(concepts) {
    const terms = [];
    for (const concept of concepts) {
        for (const alternative of concept.alternatives) {
            for (const term of indexTerms(alternative.word))
                terms.push({ term, weight: concept.weight * alternative.weight });
        }
    }
    return terms;
}
/**
 * How well a sentence holds a concept, 0–1: its best alternative found (relative to the concept's
 * best alternative), halved where the word only occurs inside a longer article word (出口 inside
 * 进出口 is not "exports").
 */
export function conceptIn(concept, text, knowledge) {
    const top = Math.max(...concept.alternatives.map((a) => a.weight));
    let best;
    for (const { word, weight } of concept.alternatives) {
        let at = text.indexOf(word);
        let strength = 0;
        while (at >= 0 && strength < 1) {
            const end = at + word.length;
            const inside = (at > 0 && knowledge.vocabulary.has(text.slice(at - 1, end))) ||
                (end < text.length && knowledge.vocabulary.has(text.slice(at, end + 1)));
            strength = Math.max(strength, inside ? 0.5 : 1);
            at = text.indexOf(word, at + 1);
        }
        const score = (strength * weight) / top;
        if (score > (best?.strength ?? 0))
            best = { word, strength: score };
    }
    return best;
}
/**
 * Articles whose sentences are read when a tiered index chooses among many. Set on the public sets'
 * training folds (a third of their questions, all 1,256 articles loaded): the right article 94.0% /
 * 93.3% (CMRC / DRCD) with 10, 94.0 / 92.1 with 20, 92.8 / 93.8 with 5; every sentence in MiniSearch 94.0 / 92.8.
 */
const CANDIDATE_ARTICLES = 10;
/**
 * Rarity-weighted match of the question in each sentence, 0–1 relative to the best of the pool:
 * the tie-breaker where scoring a pool through MiniSearch would walk a large index.
 */
function localRelevance(knowledge, concepts, pool) {
    const { index } = knowledge;
    const rarity = (word) => {
        const grams = indexTerms(word);
        const df = Math.min(...grams.map((g) => index.documentFrequency(g)), index.units);
        return Math.log(1 + index.units / (1 + df));
    };
    const weights = concepts.map((c) => new Map(c.alternatives.map((a) => [a.word, c.weight * a.weight * rarity(a.word)])));
    const raw = new Map();
    let best = 0;
    for (const doc of pool) {
        let score = 0;
        for (const alternatives of weights) {
            let top = 0;
            for (const [word, weight] of alternatives)
                if (weight > top && doc.text.includes(word))
                    top = weight;
            score += top;
        }
        raw.set(doc.id, score);
        best = Math.max(best, score);
    }
    for (const [id, score] of raw)
        raw.set(id, best > 0 ? score / best : 0);
    return raw;
}
/**
 * Sentences best first. Coverage (does the sentence hold what was asked?) leads; BM25 breaks ties
 * and rewards rare words. Coverage is also what abstention is judged on: it means the same on any
 * article, where raw BM25 does not. Within one article (or a speaker's statements) only that
 * article's sentences are scored, so the cost of an answer does not grow with the corpus.
 */
export function rankSentences(knowledge, concepts, options = {}) {
    const counted = concepts.filter((c) => !options.ignore?.has(c.label));
    const content = counted.filter((c) => !c.cue);
    const scoring = content.length > 0 ? content : counted;
    const total = scoring.reduce((n, c) => n + c.weight, 0);
    const { index } = knowledge;
    const scoped = options.within ?? (options.articleId ? index.docsOf(options.articleId) : undefined);
    let pool;
    let relevance;
    if (index instanceof TieredIndex) {
        // Articles first, then their sentences: only a few articles' sentences are ever scored.
        pool = scoped ?? index.candidates(queryTerms(counted), CANDIDATE_ARTICLES).flatMap((id) => index.docsOf(id));
        relevance = localRelevance(knowledge, counted, pool);
    }
    else {
        const hits = index.find(queryTerms(counted), { articleId: options.articleId, limit: scoped ? 10_000 : 60 });
        const best = hits[0]?.score ?? 1;
        relevance = new Map(hits.map((h) => [h.doc.id, h.score / best]));
        pool = options.within ?? hits.map((h) => h.doc);
    }
    const ranked = pool.map((doc) => {
        const matched = new Set();
        let covered = 0;
        for (const concept of counted) {
            const found = conceptIn(concept, doc.text, knowledge);
            if (!found)
                continue;
            matched.add(found.word);
            if (scoring.includes(concept))
                covered += concept.weight * found.strength;
        }
        const coverage = total > 0 ? covered / total : 0;
        const rel = relevance.get(doc.id) ?? 0;
        return { doc, coverage, relevance: rel, score: coverage + 0.2 * rel, matched: [...matched] };
    });
    return ranked.sort((a, b) => b.score - a.score || a.doc.id - b.doc.id);
}
/**
 * Articles by how well their best three sentences cover the question together, best first, so one
 * stray sentence elsewhere does not outweigh an article that answers in several places.
 */
export function rankArticles(knowledge, concepts) {
    const totals = new Map();
    for (const ranked of rankSentences(knowledge, concepts)) {
        const scores = totals.get(ranked.doc.articleId) ?? [];
        if (scores.length < 3)
            scores.push(ranked.score);
        totals.set(ranked.doc.articleId, scores);
    }
    return [...totals]
        .map(([id, scores]) => ({ id, score: scores.reduce((n, s) => n + s, 0) }))
        .sort((a, b) => b.score - a.score);
}
//# sourceMappingURL=retrieve.js.map