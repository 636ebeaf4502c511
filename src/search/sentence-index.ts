import MiniSearch from 'minisearch';
import type { Article } from '../article/types.js';
import { indexTerms } from './tokenize.js';
import type { SentenceDoc, SentenceHit, WeightedTerm } from './types.js';

/**
 * Every sentence of every article in one MiniSearch index, built once at start. Sentences rather
 * than paragraphs: a news paragraph holds many facts, and a short cited sentence is the answer.
 */
export class SentenceIndex {
  readonly docs: SentenceDoc[] = [];
  private readonly byPlace = new Map<string, SentenceDoc>();
  private readonly search: MiniSearch<SentenceDoc>;

  constructor(articles: readonly Article[]) {
    this.search = new MiniSearch<SentenceDoc>({
      fields: ['text'],
      storeFields: [],
      tokenize: indexTerms,
      // Terms come out of the tokenizer final: lower-cased, stopwords removed.
      processTerm: (term) => term,
      searchOptions: {
        tokenize: (query) => query.split(' '),
        processTerm: (term) => term,
        // Sentences are short and alike in length; a weak length norm stops one-clause sentences winning on length alone.
        bm25: { k: 1.2, b: 0.5, d: 0.5 },
      },
    });
    for (const article of articles) {
      for (const paragraph of article.paragraphs) {
        paragraph.sentences.forEach((text, sentence) => {
          this.docs.push({ id: this.docs.length, articleId: article.id, paragraph: paragraph.n, sentence, text });
        });
      }
    }
    for (const doc of this.docs) this.byPlace.set(`${doc.articleId}:${doc.paragraph}:${doc.sentence}`, doc);
    this.search.addAll(this.docs);
  }

  /** The sentence at a place in an article, as the index holds it. */
  docAt(articleId: string, paragraph: number, sentence: number): SentenceDoc | undefined {
    return this.byPlace.get(`${articleId}:${paragraph}:${sentence}`);
  }

  /** Sentences matching any of the terms, best first; `weights` boost terms as the question values them. */
  find(terms: readonly WeightedTerm[], options: { articleId?: string; limit?: number } = {}): SentenceHit[] {
    const weights = new Map<string, number>();
    for (const { term, weight } of terms) weights.set(term, Math.max(weights.get(term) ?? 0, weight));
    if (weights.size === 0) return [];
    const { articleId, limit = 50 } = options;
    const results = this.search.search([...weights.keys()].join(' '), {
      boostTerm: (term) => weights.get(term) ?? 1,
      filter: articleId ? (result) => this.docs[result.id as number]?.articleId === articleId : undefined,
    });
    return results.slice(0, limit).map((result) => ({
      doc: this.docs[result.id as number]!,
      score: result.score,
      matched: result.terms,
    }));
  }

  /** Index terms starting with the prefix, most frequent first (autocomplete). */
  completions(prefix: string, limit = 25): string[] {
    if (!prefix) return [];
    return this.search
      .autoSuggest(prefix, { prefix: true, fuzzy: false, combineWith: 'AND' })
      .slice(0, limit)
      .map((s) => s.suggestion);
  }
}
