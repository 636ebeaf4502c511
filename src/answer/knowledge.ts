import type { Article } from '../article/types.js';
import { lexiconFor, loadLexicon, type Lexicon } from '../language/cedict.js';
import { englishKnownWords } from '../language/english-known.js';
import { addWords } from '../language/segmenter.js';
import { buildVocabulary, dictionaryNgrams, type Vocabulary } from '../language/vocabulary.js';
import { SentenceIndex } from '../search/sentence-index.js';
import { TieredIndex } from '../search/tiered-index.js';
import { extractFacts } from './facts/extract.js';
import type { ArticleFacts } from './facts/types.js';

/** What the engine knows, built once at start from the articles. */
export interface Knowledge {
  articles: readonly Article[];
  facts: ReadonlyMap<string, ArticleFacts>;
  index: SentenceIndex | TieredIndex;
  vocabulary: Vocabulary;
  lexicon: Lexicon;
  englishKnown: (word: string) => 'proper' | 'common' | undefined;
  /** Whether the articles contain the text as written (found through the index, at any corpus size). */
  occurs: (text: string) => boolean;
  /** Every Han character the articles use. */
  characters: ReadonlySet<string>;
  /** How long building the sentence index took, in ms (for logs and the benchmark). */
  indexBuildMs: number;
  /** Every person's name, and every place a post belongs to, across the articles. */
  names: ReadonlySet<string>;
  sides: ReadonlySet<string>;
}

/**
 * Past this many sentences (about a thousand news articles) the index is tiered, articles first:
 * MiniSearch over every sentence grows to hundreds of MB and walks long postings on every question.
 */
const TIERED_FROM_SENTENCES = 20_000;

function sentenceCount(articles: readonly Article[]): number {
  return articles.reduce((n, a) => n + 1 + a.paragraphs.reduce((m, p) => m + p.sentences.length, 0), 0);
}

export function articleText(article: Article): string {
  return [article.title, article.subtitle ?? '', ...article.paragraphs.map((p) => p.text)].join('\n');
}

/** Which index to build: chosen by size, or (to measure one against the other) forced. */
export type IndexKind = 'auto' | 'sentences' | 'tiered';

export function buildKnowledge(articles: readonly Article[], options: { index?: IndexKind } = {}): Knowledge {
  const lexicon = lexiconFor(articles.map(articleText));
  const facts = new Map<string, ArticleFacts>();
  for (const article of articles) facts.set(article.id, extractFacts(article));
  // Names first, so every later cut (index, vocabulary, questions) keeps them whole.
  addWords([...facts.values()].flatMap((f) => f.people.map((p) => p.name)), 'nr');
  addWords([...facts.values()].flatMap((f) => f.visits.map((v) => v.text)), 'nt');

  const words = new Set<string>();
  const characters = new Set<string>();
  for (const article of articles) {
    const text = articleText(article);
    for (const w of dictionaryNgrams(text, lexicon)) words.add(w);
    for (const c of text.match(/\p{Script=Han}/gu) ?? []) characters.add(c);
  }
  const people = [...facts.values()].flatMap((f) => f.people);
  // The index cuts every sentence in search mode (which holds the precise cut's words too): its
  // words are the vocabulary's, so the text is cut once.
  const started = performance.now();
  const onWords = (segmented: readonly string[]) => {
    for (const w of segmented) words.add(w);
  };
  const kind = options.index ?? 'auto';
  const tiered = kind === 'tiered' || (kind === 'auto' && sentenceCount(articles) > TIERED_FROM_SENTENCES);
  const index = tiered ? TieredIndex.build(articles, onWords) : new SentenceIndex(articles, onWords);
  const indexBuildMs = performance.now() - started;
  const vocabulary = buildVocabulary(words, lexicon);
  return {
    articles,
    facts,
    index,
    vocabulary,
    lexicon,
    englishKnown: englishKnownWords(loadLexicon),
    // Most words a question shares with the articles are words of their vocabulary: a set lookup.
    occurs: (text) => vocabulary.has(text) || index.contains(text),
    characters,
    indexBuildMs,
    names: new Set(people.map((p) => p.name)),
    sides: new Set(people.flatMap((p) => p.sides)),
  };
}
