import type { Article } from '../article/types.js';
import { cutForSearch } from '../language/segmenter.js';
import { ArticlePostings } from './article-postings.js';
import { articleSentences } from './article-sentences.js';
import { containsText, indexTerms } from './tokenize.js';
import type { PassageIndex, SentenceDoc, WeightedTerm } from './types.js';

/**
 * A large library's index in two tiers: per term, the articles that hold it (`ArticlePostings`),
 * which chooses a few candidate articles; then those articles' own sentences, scored by the reader
 * as in a small library. Document frequencies count articles.
 */
export class TieredIndex implements PassageIndex {
  private readonly byArticle = new Map<string, SentenceDoc[]>();
  readonly size: number;

  constructor(
    articles: readonly Article[],
    readonly postings: ArticlePostings,
  ) {
    let id = 0;
    for (const article of articles) {
      this.byArticle.set(article.id, articleSentences(article).map((s) => ({ id: id++, articleId: article.id, ...s })));
    }
    this.size = id;
  }

  /** Cuts every sentence once (`onWords` gets jieba's search-mode cut, as `SentenceIndex` gives it) and builds the postings. */
  static build(articles: readonly Article[], onWords?: (words: readonly string[]) => void): TieredIndex {
    const postings = ArticlePostings.build(
      articles.map((article) => ({
        id: article.id,
        terms: articleSentences(article).flatMap(({ text }) => {
          const segmented = cutForSearch(text);
          onWords?.(segmented);
          return indexTerms(text, segmented);
        }),
      })),
    );
    return new TieredIndex(articles, postings);
  }

  get units(): number {
    return this.postings.size;
  }

  docAt(articleId: string, paragraph: number, sentence: number): SentenceDoc | undefined {
    return this.docsOf(articleId).find((d) => d.paragraph === paragraph && d.sentence === sentence);
  }

  docsOf(articleId: string): readonly SentenceDoc[] {
    return this.byArticle.get(articleId) ?? [];
  }

  documentFrequency(term: string): number {
    return this.postings.documentFrequency(term);
  }

  /** The articles most likely to hold the answer, by BM25 over whole articles, best first. */
  candidates(terms: readonly WeightedTerm[], limit: number): string[] {
    return this.postings.rank(terms, limit).map((r) => r.id);
  }

  /** Whether any sentence contains the text as written: the articles holding its rarest terms, then their sentences read. */
  contains(text: string): boolean {
    return containsText(
      text,
      (term) => this.documentFrequency(term),
      (terms) => this.postings.articlesWithAll(terms).flatMap((id) => this.docsOf(id)),
    );
  }

  completions(prefix: string, limit = 25): string[] {
    return this.postings.startingWith(prefix.toLowerCase(), limit);
  }
}
