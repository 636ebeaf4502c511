import { loadLexicon } from '../language/cedict.js';
import { dictionaryVocabulary } from '../language/dictionary-vocabulary.js';
import { englishKnownWords } from '../language/english-known.js';
import { normalizeQuestion } from '../language/normalize.js';
import { synonymsOf } from '../language/wordnet.js';
import type { WeightedTerm } from '../search/types.js';
import { questionConcepts, type ConceptContext } from './concepts.js';
import { queryTerms } from './retrieve.js';

let dictionary: ConceptContext | undefined;

/**
 * The question read against the dictionary, there being no articles yet. Only the words a concept
 * stands for make search terms, so what the articles would say of them (`found`, single characters
 * they use) is left unknown: a single character makes no term (the index holds bigrams and longer
 * words), and the engine reads the question again, against the articles fetched, before answering.
 */
function dictionaryContext(): ConceptContext {
  dictionary ??= {
    vocabulary: dictionaryVocabulary(loadLexicon),
    occurs: () => false,
    characters: new Set(),
    englishKnown: englishKnownWords(loadLexicon),
    synonyms: (word) => synonymsOf(word),
  };
  return dictionary;
}

/**
 * The terms a question is searched under before any article is at hand (to ask a database which
 * articles to fetch): its concepts, weighted as the engine's own search weighs them
 * (`rankSentences`), an English word standing for the dictionary's Chinese words for it.
 */
export function searchTerms(question: string): WeightedTerm[] {
  return queryTerms(questionConcepts(normalizeQuestion(question), dictionaryContext()));
}
