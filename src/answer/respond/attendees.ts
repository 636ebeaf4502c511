import { passagesOf, pick, type AskContext, type Draft } from '../draft.js';
import { personFact } from './people.js';

/** English for the verbs that close a list of people. */
const GROUP_EN: Record<string, string> = {
  座谈: 'held talks', 会谈: 'held talks', 会见: 'met', 出席: 'attended', 参加: 'also attended', 陪同: 'accompanied',
  列席: 'sat in', 见证: 'witnessed', 主持: 'presided', 与会: 'attended', 参会: 'attended', 发言: 'spoke',
  参观: 'visited', 考察: 'visited', 调研: 'visited',
};

export function groupLabel(group: string | undefined, language: 'zh' | 'en'): string {
  if (!group) return pick(language, '提及', 'named');
  return language === 'zh' ? group : (GROUP_EN[group] ?? group);
}

/**
 * Everyone the article names as taking part, grouped by what they took part in (the talks, or
 * also present), each with post and citation. A place in the question keeps that side's people.
 */
export function respondAttendees(context: AskContext): Draft | undefined {
  const { facts, understood, language, knowledge, article } = context;
  let people = facts.people.filter((p) => p.group);
  if (people.length === 0) people = facts.people;
  if (people.length === 0) return undefined;
  // A place the question names that no one's post belongs to ("any Tianjin officials?"): nobody from there is named.
  const known = new Set(facts.people.map((p) => p.name));
  const otherPlace = understood.concepts.find(
    (c) => c.salient && !c.cue && !/\d/u.test(c.label) && !c.alternatives.some((a) => known.has(a.word)),
  );
  if (understood.places.length === 0 && otherPlace) {
    return {
      headline: pick(language, `文章没有提到来自“${otherPlace.label}”的人员。`, `The article names no one from “${otherPlace.label}”.`),
      direct: '',
      facts: [],
      passages: [],
      abstained: true,
    };
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
      `The article names ${names.length} people (${breakdown.join(', ')})`,
    ),
    direct: names.join('、'),
    facts: people.map((p) => personFact(p, knowledge)),
    passages: passagesOf(article, people),
  };
}
