import { hanNgrams, MAX_WORD } from './cedict.js';
import { senseWords, stem } from './english.js';
import { pinyinKey } from './pinyin.js';
import { isAllHan } from './script.js';
import { hanSkeleton, latinSkeleton, skeletonsAlike } from './sound-skeleton.js';
import { NAME_DOT } from './transliterated.js';
/** Han n-grams of the text that the dictionary knows, e.g. 国际机场 even where jieba cut 国际/机场. */
export function dictionaryNgrams(text, lexicon) {
    const found = [];
    for (const gram of hanNgrams(text, 2, MAX_WORD))
        if (lexicon.has(gram))
            found.push(gram);
    return found;
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
/** Prepositions a verb takes after it in one written word: 生于, 来自, 用于, 毕业于. */
const TRAILING_PREPOSITIONS = /^(.+?)([于自在向给到])$/u;
/** The senses of a word's verb, when the word is that verb and a trailing preposition the dictionary lacks as a whole. */
function verbBeforePreposition(word, lexicon) {
    const match = TRAILING_PREPOSITIONS.exec(word);
    const senses = match ? lexicon.get(match[1]) : undefined;
    return senses ? { senses } : undefined;
}
/**
 * Makes a word reachable from its dictionary senses: from each English stem of a short sense (with
 * how surely: 1 when the sense is that word alone), and from a sense of several words as a phrase.
 */
export function indexSenses(word, lexicon, english, phrases) {
    const own = lexicon.get(word);
    // A verb with a preposition after it that the dictionary lacks (生于, 毕业于) means what the verb means.
    const verb = own ? undefined : verbBeforePreposition(word, lexicon);
    const senses = own ?? verb?.senses ?? [];
    const scale = own ? 1 : 0.5;
    const seen = new Set();
    for (const sense of senses.slice(0, 6)) {
        const stems = senseWords(sense).map(stem);
        if (stems.length === 0 || stems.length > 4)
            continue;
        if (stems.length > 1)
            push(phrases, stems.join(' '), word);
        for (const s of stems) {
            if (seen.has(s))
                continue;
            seen.add(s);
            push(english, s, { word, weight: scale / stems.length });
        }
    }
}
export function buildVocabulary(words, lexicon) {
    const known = new Set();
    const pinyin = new Map();
    const english = new Map();
    const phrases = new Map();
    const foreign = [];
    // Their sound skeletons, made on the first English question that needs them, then kept.
    let sounds;
    for (const word of words) {
        if (NAME_DOT.test(word) && !known.has(word)) {
            known.add(word);
            foreign.push(word);
            continue;
        }
        if (known.has(word) || !isAllHan(word) || word.length < 2)
            continue;
        known.add(word);
        push(pinyin, pinyinKey(word), word);
        indexSenses(word, lexicon, english, phrases);
    }
    return {
        has: (word) => known.has(word),
        byPinyin: (key) => pinyin.get(key) ?? [],
        byEnglish: (s) => english.get(s) ?? [],
        byPhrase: (s) => phrases.get(s) ?? [],
        // Few foreign names per article: compared one by one, and only for a capitalised name pinyin cannot spell.
        bySound: (latin) => {
            sounds ??= foreign.map((name) => ({ name, whole: hanSkeleton(name), family: hanSkeleton(name.split(NAME_DOT).at(-1)) }));
            const heard = latinSkeleton(latin);
            const single = !/\s/u.test(latin.trim());
            return sounds.filter((s) => skeletonsAlike(heard, s.whole) || (single && skeletonsAlike(heard, s.family))).map((s) => s.name);
        },
    };
}
//# sourceMappingURL=vocabulary.js.map