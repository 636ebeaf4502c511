import { passagesOf, pick, refusal, type AskContext, type Draft } from '../draft.js';
import { noOneFrom, personFact, placeNoOneIsFrom } from './people.js';
import { peopleByPost } from './role.js';

/** English for the verbs that close a list of people. */
const GROUP_EN: Record<string, string> = {
  座谈: 'held talks', 会谈: 'held talks', 会见: 'met', 出席: 'attended', 参加: 'also attended', 陪同: 'accompanied',
  列席: 'sat in', 见证: 'witnessed', 主持: 'presided', 与会: 'attended', 参会: 'attended', 发言: 'spoke',
  参观: 'visited', 考察: 'visited', 调研: 'visited',
};

const MEETING_EN: Record<string, string> = { 会见: 'the meeting', 会谈: 'the talks', 座谈: 'the talks', 座谈会: 'the talks', 会议: 'the meeting' };

export function groupLabel(group: string | undefined, language: 'zh' | 'en'): string {
  if (!group) return pick(language, '提及', 'named');
  if (language === 'zh') return group;
  const verb = group.slice(0, 2);
  const meeting = MEETING_EN[group.slice(2)];
  return meeting ? `${(GROUP_EN[verb] ?? verb).replace(/^also /, '')} ${meeting}` : (GROUP_EN[group] ?? group);
}

/** Groups that were in the meeting itself (座谈, 会见, 参加会见…), as against also present. */
export const MEETING_GROUP = /座谈|会谈|会见|会议/u;
const ASKS_MEETING = /座谈|会谈|会见|会议|会上|\btalks\b|\bmeeting\b|\bdiscussions?\b|\bmet\b|\bconference\b|\bsymposium\b/iu;

/** The people a question asks about: those of the meeting when it names the meeting, else everyone listed. */
export function askedPeople(context: AskContext) {
  const listed = context.facts.people.filter((p) => p.group);
  const people = listed.length > 0 ? listed : context.facts.people;
  const question = context.understood.question.text;
  if (ASKS_MEETING.test(`${question} ${context.understood.question.terms.join(' ')}`)) {
    const meeting = people.filter((p) => MEETING_GROUP.test(p.group ?? ''));
    if (meeting.length > 0) return meeting;
  }
  // A group's own verb in the question (谁陪同考察) picks that group.
  const named = people.filter((p) => p.group && question.includes(p.group.slice(0, 2)));
  return named.length > 0 && named.length < people.length ? named : people;
}

/** A question asking who one person is, or what they are called. */
const ONE_ASKED = /是谁|谁是|叫什么|名字|\bwho (?:is|was)\b|\bname\b|\bcalled\b/iu;
/** A question asking for a list of people. */
const LIST_ASKED = /哪些|都有|包括|\b(?:every|all|list|including)\b/iu;

/**
 * Everyone the article names as taking part, grouped by what they took part in (the talks, or
 * also present), each with post and citation. A place in the question keeps that side's people.
 */
export function respondAttendees(context: AskContext): Draft | undefined {
  const { facts, understood, language, knowledge, article } = context;
  let people = askedPeople(context);
  if (people.length === 0) return undefined;
  // A place the question names that no one's post belongs to: nobody from there is named, when the
  // article lists who took part. An article listing no one (a biography asked 某国足球的“三大名将”是哪些人？)
  // is read for the answer instead.
  const place = placeNoOneIsFrom(context);
  if (place !== undefined) {
    if (!facts.people.some((p) => p.group)) return undefined;
    return refusal(noOneFrom(place, language));
  }
  // One post's holder asked for by name (参加活动的某市政府秘书长叫什么): those holding it, of the
  // people taking part. Not a list asked for, even one naming a post (…including the deputy mayors).
  if (ONE_ASKED.test(understood.question.text) && !LIST_ASKED.test(understood.question.text)) {
    const holders = peopleByPost(context).people.map((p) => p.name);
    const holding = people.filter((p) => holders.includes(p.name));
    if (holding.length > 0) people = holding;
  }
  if (understood.places.length > 0) {
    const onSide = (sides: readonly string[]) => sides.some((s) => understood.places.includes(s));
    const only = people.filter((p) => p.sides.length === 1 && onSide(p.sides));
    people = only.length > 0 ? only : people.filter((p) => onSide(p.sides));
    if (people.length === 0) return undefined;
  }
  const groups = new Map<string, number>();
  for (const person of people) groups.set(person.group ?? '', (groups.get(person.group ?? '') ?? 0) + 1);
  const names = [...new Set(people.map((p) => p.name))];
  const breakdown = [...groups].map(([group, n]) =>
    language === 'zh' ? `${groupLabel(group, 'zh')}${n}人` : `${n} ${groupLabel(group, 'en')}`,
  );
  return {
    headline: pick(
      language,
      `文章列出${names.length}位人员（${breakdown.join('，')}）`,
      `The article names ${names.length} ${names.length === 1 ? 'person' : 'people'} (${breakdown.join(', ')})`,
    ),
    direct: names.join('、'),
    facts: people.map((p) => personFact(p, knowledge, language)),
    passages: passagesOf(article, people),
  };
}
