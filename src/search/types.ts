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

/**
 * What the answer side asks of an index, whichever kind: the sentences of an article, how rare a
 * term is, and whether a text occurs anywhere. `SentenceIndex` (every sentence in MiniSearch) serves
 * a few hundred articles; `TieredIndex` (articles first, then the sentences of a few) serves more.
 */
export interface PassageIndex {
  /** Sentences indexed. */
  readonly size: number;
  /** What `documentFrequency` counts in: sentences, or articles for the tiered index. */
  readonly units: number;
  docAt(articleId: string, paragraph: number, sentence: number): SentenceDoc | undefined;
  docsOf(articleId: string): readonly SentenceDoc[];
  documentFrequency(term: string): number;
  contains(text: string): boolean;
  completions(prefix: string, limit?: number): string[];
}
