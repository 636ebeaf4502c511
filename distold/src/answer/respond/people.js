import { romanizeName } from '../../language/pinyin.js';
import { glossChinese } from '../gloss.js';
/** A person as a fact: name in the article's characters, pinyin and an English gloss of the post for English readers. */
// Facts are the same for every question about a person: glossing and romanising once is enough.
const factCache = new WeakMap();
export function personFact(person, knowledge) {
    const known = factCache.get(person);
    if (known)
        return known;
    const fact = {
        kind: 'person',
        text: person.name,
        paragraph: person.paragraph,
        detail: person.post,
        group: person.group,
        gloss: romanizeName(person.name),
        detailGloss: glossChinese(person.post, knowledge.lexicon),
    };
    factCache.set(person, fact);
    return fact;
}
/** One mention per name: the one with the most specific post (an office before 领导/同志). */
export function distinctPeople(people, generic) {
    const best = new Map();
    for (const person of people) {
        const known = best.get(person.name);
        const specific = (p) => ![...generic].some((g) => p.post.endsWith(g));
        if (!known || (!specific(known) && specific(person)))
            best.set(person.name, person);
    }
    return [...best.values()];
}
//# sourceMappingURL=people.js.map