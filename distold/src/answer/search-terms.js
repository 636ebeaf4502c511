import { loadLexicon } from '../language/cedict.js';
import { dictionaryVocabulary } from '../language/dictionary-vocabulary.js';
import { englishKnownWords } from '../language/english-known.js';
import { isEnglishStopword } from '../language/english.js';
import { normalizeQuestion } from '../language/normalize.js';
import { synonymsOf } from '../language/wordnet.js';
import { indexTerms } from '../search/tokenize.js';
import { questionConcepts } from './concepts.js';
let dictionary;
/**
 * The question read against the dictionary, there being no articles yet: only its English words
 * need it. What the articles would say of them (`found`, the characters they use) is left unknown;
 * the engine reads the question again, against the articles fetched, before answering.
 */
function dictionaryContext() {
    dictionary ??= {
        vocabulary: dictionaryVocabulary(loadLexicon),
        occurs: () => false,
        characters: new Set(),
        englishKnown: englishKnownWords(loadLexicon),
        synonyms: (word) => synonymsOf(word),
    };
    return dictionary;
}
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
/**
 * Reads ahead what the first English question would otherwise wait for (the dictionary, its index
 * from English, the tables of English words and of synonyms: 1.5 s and more, measured once here),
 * one step per turn of the event loop and the index in slices, so that a process starting (the bot
 * logging in) and its first questions are not held up by it. For a process that asks a database
 * for each question's articles (src/library/open-library.ts); the result is the same whenever it
 * runs, or if it never does.
 */
export async function warmSearchTerms() {
    await nextTurn();
    const context = dictionaryContext();
    await context.vocabulary.warm();
    await nextTurn();
    context.englishKnown('news');
    await nextTurn();
    context.synonyms?.('news');
}
/**
 * An English word's likeliest senses searched for it: across the whole dictionary a common word
 * has dozens (two → 三三两两, 三心二意…), which would only add noise and cost to the query.
 */
const SENSES_PER_WORD = 3;
/**
 * The terms a question is searched under before any article is at hand (to ask a database which
 * articles to fetch): its own words and bigrams, as the passage index holds an article's
 * (tokenize.ts), and for an English word the dictionary's likeliest Chinese words for it.
 */
export function searchTerms(question) {
    const text = normalizeQuestion(question);
    const weights = new Map();
    const add = (term, weight) => weights.set(term, Math.max(weights.get(term) ?? 0, weight));
    for (const term of indexTerms(text))
        if (!/^[a-z]+$/.test(term) || !isEnglishStopword(term))
            add(term, 1);
    if (/[A-Za-z]{2,}/.test(text)) {
        for (const concept of questionConcepts(text, dictionaryContext())) {
            if (concept.cue || !/[a-z]/i.test(concept.label))
                continue;
            const senses = concept.alternatives.filter((a) => /\p{Script=Han}/u.test(a.word)).sort((a, b) => b.weight - a.weight).slice(0, SENSES_PER_WORD);
            for (const sense of senses)
                for (const term of indexTerms(sense.word))
                    add(term, concept.weight * sense.weight);
        }
    }
    return [...weights].map(([term, weight]) => ({ term, weight }));
}
//# sourceMappingURL=search-terms.js.map