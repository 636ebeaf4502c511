import MiniSearch from 'minisearch';
import type { Article } from '../src/article/index.js';
import { encodeTerm, SentenceIndex } from '../src/search/sentence-index.js';
import { indexTerms } from '../src/search/tokenize.js';
import { spread, timed, type Spread } from './stats.js';

export interface Serialized {
  /** Building wenda's sentence index (MiniSearch over every sentence) from parsed articles. */
  indexBuildMs: Spread;
  /** `MiniSearch.loadJSON` of the same index serialized with `JSON.stringify`. */
  loadJsonMs: Spread;
  /** Length of `JSON.stringify(index)`, in characters. */
  jsonChars: number;
}

/**
 * SentenceIndex keeps its MiniSearch private and has no toJSON; the bench reads the field at run
 * time rather than edit src/ (proposed instead: a `toJSON`/`fromJSON` pair on SentenceIndex).
 */
function miniSearchOf(index: SentenceIndex): MiniSearch {
  const search = (index as unknown as { search?: unknown }).search;
  if (!(search instanceof MiniSearch)) throw new Error('bench: SentenceIndex no longer holds a MiniSearch in `search`');
  return search;
}

/** The options loadJSON needs to rebuild wenda's index: the same fields and tokenizer as SentenceIndex. */
const LOAD_OPTIONS = { fields: ['text'], storeFields: [], tokenize: (text: string) => indexTerms(text), processTerm: encodeTerm };

/** Serialized index load time against building it, over the same articles. */
export function measureSerialized(articles: readonly Article[], runs: number): Serialized {
  const builds: number[] = [];
  let index: SentenceIndex | undefined;
  for (let i = 0; i < runs; i++) {
    const built = timed(() => new SentenceIndex(articles));
    builds.push(built.ms);
    index = built.value;
  }
  const json = JSON.stringify(miniSearchOf(index ?? new SentenceIndex(articles)));
  index = undefined;
  const loads: number[] = [];
  for (let i = 0; i < runs; i++) loads.push(timed(() => MiniSearch.loadJSON(json, LOAD_OPTIONS)).ms);
  return { indexBuildMs: spread(builds), loadJsonMs: spread(loads), jsonChars: json.length };
}
