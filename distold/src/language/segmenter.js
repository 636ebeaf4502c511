import nodejieba from 'nodejieba';
import { dictionaryFiles } from './jieba-dict.js';
/**
 * jieba, loaded once per process. Loading its dictionary is the slowest step of start-up
 * (about a second), so it happens on first use, not at import.
 */
let loaded = false;
/** Words taught at load, with the tag they were taught with. */
const inserted = new Map();
function ensureLoaded() {
    if (loaded)
        return;
    nodejieba.load(dictionaryFiles());
    loaded = true;
}
const ASCII_WORD = /^[A-Za-z0-9]+$/;
/**
 * nodejieba's cut and search-mode cut return Latin letters and digits one character at a time
 * (GDP → G/D/P, 2019 → 2/0/1/9, 6.8 → 6/./8), where its tagger keeps them whole: put each run of
 * letters and digits (with a decimal point between digits) back together, so that a number or an
 * acronym is one word to the index and to the questions, not a handful of characters found everywhere.
 */
export function joinAsciiRuns(tokens) {
    const out = [];
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        const last = out[out.length - 1];
        if (last !== undefined && ASCII_WORD.test(token) && (ASCII_WORD.test(last) || /^\d+(?:\.\d+)*\.$/.test(last))) {
            out[out.length - 1] = last + token;
        }
        else if (token === '.' && last !== undefined && /^\d+(?:\.\d+)*$/.test(last) && /^\d/.test(tokens[i + 1] ?? '')) {
            out[out.length - 1] = last + token;
        }
        else {
            out.push(token);
        }
    }
    return out;
}
/** Precise-mode cut: the words a reader would see. */
export function cutWords(text) {
    ensureLoaded();
    return joinAsciiRuns(nodejieba.cut(text));
}
/** Search-mode cut: long words also yield their dictionary sub-words (张江科学城 → 张江, 科学城). */
export function cutForSearch(text) {
    ensureLoaded();
    return joinAsciiRuns(nodejieba.cutForSearch(text));
}
export function tagWords(text) {
    ensureLoaded();
    // nodejieba tags a taught word x whatever tag it was given: put the taught tag back (a name stays nr).
    return nodejieba.tag(text).map((t) => (t.tag === 'x' && inserted.has(t.word) ? { word: t.word, tag: inserted.get(t.word) } : t));
}
/**
 * Keeps an entity found in an article whole from now on. jieba cuts an unknown name whole in one
 * sentence and character by character in a list of names; teaching it the name makes both agree.
 */
export function addWords(words, tag = 'nz') {
    ensureLoaded();
    for (const word of words) {
        if (word.length < 2 || inserted.has(word))
            continue;
        nodejieba.insertWord(word, tag);
        inserted.set(word, tag);
    }
}
//# sourceMappingURL=segmenter.js.map