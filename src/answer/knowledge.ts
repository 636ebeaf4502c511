import { nameRuns } from '../language/name-runs.js';
import { transliteratedNames, undottedNames } from '../language/transliterated.js';
import type { Article } from '../article/types.js';
import { lexiconFor, loadLexicon, type Lexicon } from '../language/cedict.js';
import { englishKnownWords } from '../language/english-known.js';
import { synonymsOf } from '../language/wordnet.js';
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
  /** English synonyms of a word (WordNet), for a word the dictionary maps to nothing the articles write. */
  synonyms: (word: string) => string[];
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
 * Past this many sentences (about 300 news articles) the index is tiered, articles first. MiniSearch
 * over every sentence grows with every posting: at 1,000 real articles the engine's heap was 163 MB
 * with it and 63 MB tiered, at 10,000 435 MB for the index alone. What was measured against it: the
 * right article, all 1,256 public-set articles loaded, training folds 94.0 / 92.8% (CMRC / DRCD) with
 * every sentence in MiniSearch and 94.0 / 93.3% tiered; held-out fold 94.7 / 93.5% and 94.7 / 91.6%.
 */
const TIERED_FROM_SENTENCES = 5_000;

function sentenceCount(articles: readonly Article[]): number {
  return articles.reduce((n, a) => n + 1 + a.paragraphs.reduce((m, p) => m + p.sentences.length, 0), 0);
}

export function articleText(article: Article): string {
  return [article.title, article.subtitle ?? '', ...article.paragraphs.map((p) => p.text)].join('\n');
}

/** Which index to build: chosen by size, or (to measure one against the other) forced. */
export type IndexKind = 'auto' | 'sentences' | 'tiered';

/**
 * What building the knowledge costs time for — the facts, the article words, the index — which
 * a snapshot keeps on disk so that a restart does not compute it again (snapshot.ts).
 */
export interface KnowledgeParts {
  /** The articles in one script (written.ts). */
  articles: readonly Article[];
  facts: ReadonlyMap<string, ArticleFacts>;
  /** Dictionary words and jieba's words of the articles: the vocabulary's source. */
  words: ReadonlySet<string>;
  characters: ReadonlySet<string>;
  index: SentenceIndex | TieredIndex;
  indexBuildMs: number;
}

/** Names first, so every later cut (index, vocabulary, questions) keeps them whole. */
function teachNames(facts: ReadonlyMap<string, ArticleFacts>): void {
  addWords([...facts.values()].flatMap((f) => [...f.people.map((p) => p.name), ...f.titled]), 'nr');
  addWords([...facts.values()].flatMap((f) => f.visits.map((v) => v.text)), 'nt');
}

export function buildKnowledge(articles: readonly Article[], options: { index?: IndexKind } = {}): Knowledge {
  return knowledgeFrom(analyseArticles(articles, options));
}

/** How knowledge is built: which index, and whether the articles' part of the dictionary is kept on disk (`lexiconFor`). */
export interface AnalyseOptions {
  index?: IndexKind;
  /** Default true; false for an article set that may never come again (one question's candidates). */
  keepLexicon?: boolean;
}

/** Everything slow: facts, every sentence cut, the index. */
export function analyseArticles(articles: readonly Article[], options: AnalyseOptions = {}): KnowledgeParts {
  const lexicon = lexiconFor(articles.map(articleText), options.keepLexicon);
  const facts = new Map<string, ArticleFacts>();
  for (const article of articles) facts.set(article.id, extractFacts(article));
  teachNames(facts);

  const words = new Set<string>();
  const characters = new Set<string>();
  for (const article of articles) {
    const text = articleText(article);
    for (const w of dictionaryNgrams(text, lexicon)) words.add(w);
    // Foreign names whole (jieba cuts them at the dot): "Harry Soemadi" finds 哈里·苏马迪 by its sound.
    for (const name of transliteratedNames(text)) words.add(name);
    // …and those written without a dot (a country, a city, a surname alone), which jieba cuts apart.
    for (const name of undottedNames(text)) words.add(name);
    for (const c of text.match(/\p{Script=Han}/gu) ?? []) characters.add(c);
  }
  // The index cuts every sentence in search mode (which holds the precise cut's words too): its
  // words are the vocabulary's, so the text is cut once.
  const started = performance.now();
  const onWords = (segmented: readonly string[]) => {
    for (const w of segmented) words.add(w);
    // Unknown names, cut apart, still reach the vocabulary whole: "Zhang Mingyuan" finds 张明远 by its pinyin.
    for (const name of nameRuns(segmented)) words.add(name);
  };
  const kind = options.index ?? 'auto';
  const tiered = kind === 'tiered' || (kind === 'auto' && sentenceCount(articles) > TIERED_FROM_SENTENCES);
  const index = tiered ? TieredIndex.build(articles, onWords) : new SentenceIndex(articles, onWords);
  return { articles, facts, words, characters, index, indexBuildMs: performance.now() - started };
}

/** The knowledge from its parts, built now or read from a snapshot: the quick rest. */
export function knowledgeFrom(parts: KnowledgeParts, options: Pick<AnalyseOptions, 'keepLexicon'> = {}): Knowledge {
  const { articles, facts, index, characters, indexBuildMs } = parts;
  teachNames(facts);
  const lexicon = lexiconFor(articles.map(articleText), options.keepLexicon);
  const people = [...facts.values()].flatMap((f) => f.people);
  // People with a post or a title after the name (某某教授), and anyone quoted (a foreign name, or a name with no post before it).
  const names = new Set([...people.map((p) => p.name), ...[...facts.values()].flatMap((f) => [...f.titled, ...f.statements.map((s) => s.speaker)])]);
  // Their names are words too, however jieba cut them: "Zhang Ming" finds 张明 by its pinyin.
  const vocabulary = buildVocabulary([...parts.words, ...names], lexicon, () => articles.map(articleText));
  return {
    articles,
    facts,
    index,
    vocabulary,
    lexicon,
    englishKnown: englishKnownWords(loadLexicon),
    synonyms: (word) => synonymsOf(word),
    // Most words a question shares with the articles are words of their vocabulary: a set lookup.
    occurs: (text) => vocabulary.has(text) || index.contains(text),
    characters,
    indexBuildMs,
    names,
    sides: new Set(people.flatMap((p) => p.sides)),
  };
}
