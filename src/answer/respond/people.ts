import { romanizeName } from '../../language/pinyin.js';
import type { PersonMention } from '../facts/types.js';
import { glossChinese } from '../gloss.js';
import type { Knowledge } from '../knowledge.js';
import type { Fact, Language } from '../types.js';
import { pick, type AskContext } from '../draft.js';
import { asWritten } from '../../language/fold.js';

/**
 * A person as a fact: name in the article's characters, and for an English reader the name's pinyin
 * and an English gloss of the post. A Chinese reply carries neither: romanizing loads pinyin-pro
 * (some 70 ms, pinyin.ts), which a process asked only in Chinese never needs.
 */
// Facts are the same for every question about a person: glossing and romanising once is enough.
const factCache = { zh: new WeakMap<PersonMention, Fact>(), en: new WeakMap<PersonMention, Fact>() };

export function personFact(person: PersonMention, knowledge: Knowledge, language: Language): Fact {
  const cache = factCache[language];
  const known = cache.get(person);
  if (known) return known;
  const fact: Fact = {
    kind: 'person',
    text: person.name,
    paragraph: person.paragraph,
    detail: person.post,
    group: person.group,
    ...(language === 'en' ? { gloss: romanizeName(person.name), detailGloss: glossChinese(person.post, knowledge.lexicon) } : {}),
  };
  cache.set(person, fact);
  return fact;
}

/** One mention per name: the one with the most specific post (an office before 领导/同志). */
export function distinctPeople(people: readonly PersonMention[], generic: ReadonlySet<string>): PersonMention[] {
  const best = new Map<string, PersonMention>();
  for (const person of people) {
    const known = best.get(person.name);
    const specific = (p: PersonMention) => ![...generic].some((g) => p.post.endsWith(g));
    if (!known || (!specific(known) && specific(person))) best.set(person.name, person);
  }
  return [...best.values()];
}

/**
 * A place the question names that no one's post belongs to ("any Hangzhou officials?", "the party
 * secretary of Hangzhou", where the article writes 杭州 only inside 苏杭): as the question wrote it,
 * when the question names no place someone is from. A question asking about people of that place
 * is asking about someone the article does not name.
 */
export function placeNoOneIsFrom(context: AskContext): string | undefined {
  const { facts, understood } = context;
  if (understood.places.length > 0) return undefined;
  const known = new Set(facts.people.map((p) => p.name));
  const other = understood.concepts.find((c) => c.place && !c.cue && !c.alternatives.some((a) => known.has(a.word)));
  return other && asWritten(other.label, understood.question.raw);
}

/** The refusal for a question about people of a place the article names no one from. */
export function noOneFrom(place: string, language: 'zh' | 'en'): string {
  return pick(language, `文章没有提到来自“${place}”的人员。`, `The article names no one from “${place}”.`);
}
