import type { Knowledge } from '../answer/knowledge.js';
import type { Answer } from '../answer/types.js';
import { englishWords, isEnglishStopword, stem } from '../language/english.js';
import { tagWords } from '../language/segmenter.js';
import type { Group, ListedItem } from './types.js';

/** Endings of Chinese nouns for people (飞行员, 记者, 乘客, 网民, 医师, 工人, 家属): who 他们 can be. */
const PEOPLE_NOUN = /(?:员|者|人|民|师|官|士|众|工|客|手|属|友|生)$/u;
/** Endings of organisations and sides (公司, 集团, 政府, 法院 …), and jieba's own tag for them. */
const ORGANISATION = /(?:公司|集团|政府|委员会|法院|检察院|银行|大学|航空|协会|部|局|厅|院|社|队|方)$/u;
/** An asking word inside the modifier of a noun (哪家医院的护士): the answer fills it. */
const ASKS_WHICH = /(?:哪|什么|何)/u;

/**
 * The group 他们/they stands for after an exchange: the people the answer listed, else the people
 * the question named, else the people it asked about by a noun (护士, "the nurses") — with the
 * answer in front when the question asked whose they were (哪家医院的护士 → 某某医院的护士)
 * — else the organisation or side the answer or the question named.
 */
export function groupOf(answer: Answer, asked: string, named: readonly string[], items: readonly ListedItem[], knowledge: Knowledge): Group | undefined {
  const listed = items.filter((i) => i.kind === 'person').map((i) => i.text);
  if (listed.length >= 2) return { kind: 'people', members: listed.slice(0, 6) };
  if (named.length >= 2) return { kind: 'people', members: named.slice(0, 6) };
  const noun = peopleNoun(asked, answer.direct) ?? englishPeopleNoun(asked, knowledge);
  if (noun) return { kind: 'thing', members: [noun] };
  const organisation = organisationIn(answer.direct) ?? organisationIn(asked);
  return organisation ? { kind: 'thing', members: [organisation] } : undefined;
}

/** A noun for people or a side (辩护人, 公诉方, 护士, 医院): who acts in a question. */
export function isActor(word: string, tag: string): boolean {
  return word.length >= 2 && /^n(?!r|s)/u.test(tag) && (PEOPLE_NOUN.test(word) || ORGANISATION.test(word));
}

/**
 * The actors a question names, in order: nouns for people or a side, with a one-character suffix
 * jieba cut off put back (公诉/方 → 公诉方, 当事/人 → 当事人).
 */
export function actorsIn(text: string): string[] {
  const words = tagWords(text);
  const actors: string[] = [];
  words.forEach(({ word, tag }, i) => {
    const next = words[i + 1];
    if (next && /^[方人者员]$/u.test(next.word) && /^\p{Script=Han}{2,}$/u.test(word)) actors.push(word + next.word);
    else if (isActor(word, tag)) actors.push(word);
  });
  return actors;
}

function peopleNoun(asked: string, direct: string): string | undefined {
  const words = tagWords(asked);
  const at = words.findIndex(({ word, tag }) => word.length >= 2 && /^n(?!r|s)/u.test(tag) && PEOPLE_NOUN.test(word));
  if (at < 0) return undefined;
  const noun = words[at]!.word;
  const modifier = words.slice(0, at).map((w) => w.word).join('');
  // 哪家医院的护士: the short answer says whose (a long one is a sentence, not a name).
  const whose = /的$/u.test(modifier) && ASKS_WHICH.test(modifier) && direct && [...direct].length <= 12;
  return whose ? `${direct}的${noun}` : noun;
}

/** "the nurses", "visitors": a plural English noun of the question the dictionary maps to a Chinese word for people. */
function englishPeopleNoun(asked: string, knowledge: Knowledge): string | undefined {
  if (!/[A-Za-z]/u.test(asked)) return undefined;
  for (const word of englishWords(asked)) {
    if (word.length < 4 || !/[^s]s$/u.test(word) || isEnglishStopword(word)) continue;
    const people = knowledge.vocabulary.byEnglish(stem(word)).some((t) => PEOPLE_NOUN.test(t.word));
    if (people) return `the ${word}`;
  }
  return undefined;
}

function organisationIn(text: string): string | undefined {
  if (!text || [...text].length > 16) return undefined;
  return tagWords(text).find(({ word, tag }) => word.length >= 2 && (tag === 'nt' || (/^n/u.test(tag) && ORGANISATION.test(word))))?.word;
}
