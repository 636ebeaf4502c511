import { cutForSearch } from '../language/segmenter.js';
import { ArticlePostings } from './article-postings.js';
import { articleSentences } from './article-sentences.js';
import { containsText, indexTerms } from './tokenize.js';
/**
 * A large library's index in two tiers: per term, the articles that hold it (`ArticlePostings`),
 * which chooses a few candidate articles; then those articles' own sentences, scored by the reader
 * as in a small library. Document frequencies count articles.
 */
export class TieredIndex {
    postings;
    byArticle = new Map();
    size;
    constructor(articles, postings) {
        this.postings = postings;
        let id = 0;
        for (const article of articles) {
            this.byArticle.set(article.id, articleSentences(article).map((s) => ({ id: id++, articleId: article.id, ...s })));
        }
        this.size = id;
    }
    /** Cuts every sentence once (`onWords` gets jieba's search-mode cut, as `SentenceIndex` gives it) and builds the postings. */
    static build(articles, onWords) {
        const postings = ArticlePostings.build(articles.map((article) => ({
            id: article.id,
            terms: articleSentences(article).flatMap(({ text }) => {
                const segmented = cutForSearch(text);
                onWords?.(segmented);
                return indexTerms(text, segmented);
            }),
        })));
        return new TieredIndex(articles, postings);
    }
    get units() {
        return this.postings.size;
    }
    docAt(articleId, paragraph, sentence) {
        return this.docsOf(articleId).find((d) => d.paragraph === paragraph && d.sentence === sentence);
    }
    docsOf(articleId) {
        return this.byArticle.get(articleId) ?? [];
    }
    documentFrequency(term) {
        return this.postings.documentFrequency(term);
    }
    /** The articles most likely to hold the answer, by BM25 over whole articles, best first. */
    candidates(terms, limit) {
        return this.postings.rank(terms, limit).map((r) => r.id);
    }
    /** Whether any sentence contains the text as written: the articles holding its rarest terms, then their sentences read. */
    contains(text) {
        return containsText(text, (term) => this.documentFrequency(term), (terms) => this.postings.articlesWithAll(terms).flatMap((id) => this.docsOf(id)));
    }
    completions(prefix, limit = 25) {
        return this.postings.startingWith(prefix.toLowerCase(), limit);
    }
}
//# sourceMappingURL=tiered-index.js.map