/** One sentence of an article as the index holds it. */
export interface SentenceDoc {
  id: number;
  articleId: string;
  /** Paragraph number (¶n), from 1. */
  paragraph: number;
  /** Position of the sentence in its paragraph, from 0. */
  sentence: number;
  text: string;
}

/** A query term and how much it counts (English-mapped and subject terms weigh differently). */
export interface WeightedTerm {
  term: string;
  weight: number;
}

export interface SentenceHit {
  doc: SentenceDoc;
  /** BM25 score from MiniSearch, with the query's term weights. */
  score: number;
  /** Query terms found in the sentence. */
  matched: string[];
}
