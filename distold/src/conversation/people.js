import { namesInQuestion } from '../answer/reader/names.js';
import { prepareArticle } from '../answer/reader/prepare.js';
import { foldText } from '../language/fold.js';
import { tagWords } from '../language/segmenter.js';
import { surnameLength } from '../language/surnames.js';
import { transliteratedNames } from '../language/transliterated.js';
/** The article as the engine analysed it (one script), which the name finders read. */
export function analysedArticle(knowledge, articleId) {
    return knowledge.articles.find((a) => a.id === articleId);
}
const articlePeople = new WeakMap();
/** Every word of two characters or more jieba tags as a person's name anywhere in the article. */
function peopleOfArticle(article) {
    let people = articlePeople.get(article);
    if (!people) {
        people = new Set(prepareArticle(article).sentences.flatMap((s) => s.tokens.filter((t) => t.tag.startsWith('nr') && t.word.length >= 2 && /^\p{Script=Han}+$/u.test(t.word)).map((t) => t.word)));
        articlePeople.set(article, people);
    }
    return people;
}
/**
 * Whether a short text on its own ("李华", the X of "X呢？") is a person's name the article writes:
 * a surname and one or two characters, written in the article. jieba cuts many names apart, so a
 * name is read from its shape here rather than from the cut.
 */
export function looksLikeName(text, article) {
    const surname = surnameLength(text);
    const rest = text.length - surname;
    return surname > 0 && rest >= 1 && rest <= 2 && /^\p{Script=Han}+$/u.test(text) && prepareArticle(article).text.includes(text);
}
/**
 * The people of the article a text names, in the order it names them, in the article's spelling:
 * foreign names written with a middle dot, the names the fact extractors found (with a post),
 * jieba's person names the article also writes, and names written in Latin letters, found by their pinyin (Zhang San → 张三).
 */
export function peopleNamed(text, article, knowledge) {
    const folded = foldText(text);
    const prepared = prepareArticle(article);
    const found = [];
    const add = (name, at) => {
        if (!found.some((f) => f.name === name))
            found.push({ name, at });
    };
    // A foreign name (玛丽·居里) before its parts, which jieba may also tag as names.
    for (const name of transliteratedNames(folded))
        if (prepared.text.includes(name))
            add(name, folded.indexOf(name));
    for (const name of [...knowledge.names, ...peopleOfArticle(article)]) {
        const at = folded.indexOf(name);
        if (at >= 0)
            add(name, at);
    }
    let offset = 0;
    for (const { word, tag } of tagWords(folded)) {
        const at = folded.indexOf(word, offset);
        if (at >= 0)
            offset = at + word.length;
        if (tag.startsWith('nr') && word.length >= 2 && /^\p{Script=Han}+$/u.test(word) && prepared.text.includes(word))
            add(word, at);
    }
    // Latin names have no position in the Chinese sense; they follow in the order written.
    // Pinyin also spells places (Hunan → 湖南): only what has a name's shape, or a known name, is a person.
    for (const name of namesInQuestion(folded, prepared))
        if (knowledge.names.has(name) || surnameLength(name) > 0)
            add(name, folded.length + found.length);
    return found.sort((a, b) => a.at - b.at).map((f) => f.name).filter((name) => !found.some((o) => o.name !== name && o.name.includes(name)));
}
//# sourceMappingURL=people.js.map