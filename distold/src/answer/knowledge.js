import { nameRuns } from '../language/name-runs.js';
import { transliteratedNames } from '../language/transliterated.js';
import { lexiconFor, loadLexicon } from '../language/cedict.js';
import { englishKnownWords } from '../language/english-known.js';
import { synonymsOf } from '../language/wordnet.js';
import { addWords } from '../language/segmenter.js';
import { buildVocabulary, dictionaryNgrams } from '../language/vocabulary.js';
import { SentenceIndex } from '../search/sentence-index.js';
import { TieredIndex } from '../search/tiered-index.js';
import { extractFacts } from './facts/extract.js';
/**
 * Past this many sentences (about 300 news articles) the index is tiered, articles first. MiniSearch
 * over every sentence grows with every posting: at 1,000 real articles the engine's heap was 163 MB
 * with it and 63 MB tiered, at 10,000 435 MB for the index alone. What was measured against it: the
 * right article, all 1,256 public-set articles loaded, training folds 94.0 / 92.8% (CMRC / DRCD) with
 * every sentence in MiniSearch and 94.0 / 93.3% tiered; held-out fold 94.7 / 93.5% and 94.7 / 91.6%.
 */
const TIERED_FROM_SENTENCES = 5_000;
function sentenceCount(articles) {
    return articles.reduce((n, a) => n + 1 + a.paragraphs.reduce((m, p) => m + p.sentences.length, 0), 0);
}
export function articleText(article) {
    return [article.title, article.subtitle ?? '', ...article.paragraphs.map((p) => p.text)].join('\n');
}
/** Names first, so every later cut (index, vocabulary, questions) keeps them whole. */
function teachNames(facts) {
    addWords([...facts.values()].flatMap((f) => f.people.map((p) => p.name)), 'nr');
    addWords([...facts.values()].flatMap((f) => f.visits.map((v) => v.text)), 'nt');
}
export function buildKnowledge(articles, options = {}) {
    return knowledgeFrom(analyseArticles(articles, options));
}
/** Everything slow: facts, every sentence cut, the index. */
export function analyseArticles(articles, options = {}) {
    const lexicon = lexiconFor(articles.map(articleText), options.keepLexicon);
    const facts = new Map();
    for (const article of articles)
        facts.set(article.id, extractFacts(article));
    teachNames(facts);
    const words = new Set();
    const characters = new Set();
    for (const article of articles) {
        const text = articleText(article);
        for (const w of dictionaryNgrams(text, lexicon))
            words.add(w);
        // Foreign names whole (jieba cuts them at the dot): "Gerry Soejatman" finds 格里·苏加特曼 by its sound.
        for (const name of transliteratedNames(text))
            words.add(name);
        for (const c of text.match(/\p{Script=Han}/gu) ?? [])
            characters.add(c);
    }
    // The index cuts every sentence in search mode (which holds the precise cut's words too): its
    // words are the vocabulary's, so the text is cut once.
    const started = performance.now();
    const onWords = (segmented) => {
        for (const w of segmented)
            words.add(w);
        // Unknown names, cut apart, still reach the vocabulary whole: "Zhang Mingyuan" finds 张明远 by its pinyin.
        for (const name of nameRuns(segmented))
            words.add(name);
    };
    const kind = options.index ?? 'auto';
    const tiered = kind === 'tiered' || (kind === 'auto' && sentenceCount(articles) > TIERED_FROM_SENTENCES);
    const index = tiered ? TieredIndex.build(articles, onWords) : new SentenceIndex(articles, onWords);
    return { articles, facts, words, characters, index, indexBuildMs: performance.now() - started };
}
/** The knowledge from its parts, built now or read from a snapshot: the quick rest. */
export function knowledgeFrom(parts, options = {}) {
    const { articles, facts, index, characters, indexBuildMs } = parts;
    teachNames(facts);
    const lexicon = lexiconFor(articles.map(articleText), options.keepLexicon);
    const people = [...facts.values()].flatMap((f) => f.people);
    // People with a post, and anyone quoted (a foreign name, or a name with no post before it).
    const names = new Set([...people.map((p) => p.name), ...[...facts.values()].flatMap((f) => f.statements.map((s) => s.speaker))]);
    // Their names are words too, however jieba cut them: "Zhang Ming" finds 张明 by its pinyin.
    const vocabulary = buildVocabulary([...parts.words, ...names], lexicon);
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
//# sourceMappingURL=knowledge.js.map