import { tagWords } from '../../language/segmenter.js';
import { PEOPLE_MEASURES } from '../reader/answer-types.js';
import { figureInUnits } from '../reader/asked-form.js';
import { romanizeWord } from '../../language/pinyin.js';
import { passagesOf, pick, type AskContext, type Draft } from '../draft.js';
import { askedPeople } from './attendees.js';
import type { ListedItem } from '../facts/types.js';
import { glossChinese } from '../gloss.js';
import type { Fact, FactKind } from '../types.js';

function itemFact(item: ListedItem, kind: FactKind, context: AskContext): Fact {
  // A document's title glossed word by word reads as nonsense; places and companies gloss well.
  const gloss = kind === 'agreement' ? undefined : (glossChinese(item.text, context.knowledge.lexicon) ?? romanizeWord(item.text));
  return { kind, text: item.text, paragraph: item.paragraph, detail: item.verb, gloss };
}

/** Items the question names (腾讯 → 腾讯公司; "companies" → …公司), when it narrows the list without emptying it. */
function narrow(items: ListedItem[], context: AskContext): ListedItem[] {
  const question = context.understood.question.text.toLowerCase();
  // "在上海考察了哪些地方" / "visit in Shanghai": a place said with 在 or "in" is where, not which.
  const locative = (label: string) => new RegExp(`(?:在|于)${label}|\\bin ${label}\\b`, 'u').test(question);
  const words = context.understood.concepts
    .filter((c) => !c.cue && !locative(c.label.toLowerCase()))
    .flatMap((c) => c.alternatives.map((a) => a.word));
  const named = items.filter((item) => words.some((w) => w.length >= 2 && item.text.includes(w)));
  return named.length > 0 && named.length < items.length ? named : items;
}

export function respondAgreements(context: AskContext): Draft | undefined {
  const items = context.facts.agreements;
  if (items.length === 0) return undefined;
  const { language, article } = context;
  return {
    headline: pick(language, `签署了${items.length}项协议`, `${items.length === 1 ? 'One agreement was' : `${items.length} agreements were`} signed`),
    direct: items.map((i) => i.text).join('；'),
    facts: items.map((i) => itemFact(i, 'agreement', context)),
    passages: passagesOf(article, items),
  };
}

export function respondVisits(context: AskContext): Draft | undefined {
  const all = context.facts.visits;
  if (all.length === 0) return undefined;
  const items = narrow(all, context);
  const { language, article } = context;
  const yesNo = /吗|^(?:did|do|does|was|were|has|have|is)\b/iu.test(context.understood.question.text) && items.length < all.length;
  const list = items.map((i) => i.text).join('、');
  const headline = yesNo
    ? pick(language, `是的，考察了${list}`, `Yes — they visited ${list}`)
    : pick(language, `考察/参观了${items.length}处`, `${items.length} place${items.length === 1 ? '' : 's'} visited`);
  return { headline, direct: list, facts: items.map((i) => itemFact(i, 'place', context)), passages: passagesOf(article, items) };
}

/**
 * What a count question counts: the words right after the count word (几人, 多少项, how many
 * sites); the rest of the question (…陪同考察) only says where. Empty when it has no count word.
 */
function countedWords(question: string): string {
  return /(?:几|多少|how many|number of)\s*(\S{1,12})/u.exec(question)?.[1] ?? '';
}

/** English words for the people an article names taking part; each rule below adds its own Chinese. */
const PEOPLE_EN = 'people|persons?|officials?|leaders?|participants?';
/** Counted words that count people: 几人, 多少位, how many officials. */
const PEOPLE_COUNTED = new RegExp(`^(?:个?人|位|名|${PEOPLE_EN})`, 'u');
/** What the people the article names taking part are called as a whole: a count of these is a count of them. */
const TAKING_PART = new RegExp(`^(?:人|人员|领导|官员|嘉宾|代表|负责人|同志|干部|${PEOPLE_EN}|attendees?)(?![a-z])`, 'u');
/** A question about people at all (有多少人, how many officials attended). */
const ASKS_PEOPLE = new RegExp(`人|领导|官员|\\battend|\\b(?:${PEOPLE_EN})\\b`, 'iu');

/** 多少名志愿者, 几位学生: a measure word, then a noun naming some other group of people. */
function countsAGroup(counted: string): boolean {
  const noun = counted.replace(/^(?:个|位|名)/u, '').replace(/[？?。.!！，,\s].*$/u, '');
  if (!/^\p{Script=Han}{2,}/u.test(noun)) return false;
  return !TAKING_PART.test(noun) && !/^(?:参加|出席|参会|到场|来|去|在场)/u.test(noun);
}

/** Which list a "how many" question counts, from its wording; undefined when it counts something else. */
export function countedList(context: AskContext): { kind: FactKind; items: ListedItem[] } | undefined {
  const question = context.understood.question.text.toLowerCase();
  const counted = countedWords(question);
  if (PEOPLE_COUNTED.test(counted)) return undefined;
  const namesList = /协议|备忘录|合同|agreement|deal|contract|memorand|考察|参观|地方|处|site|place|stop|compan|企业|单位/u.test(counted);
  // "How many medical workers did he visit?" counts workers, not the places visited: a counted noun
  // that names no list leaves the count to the reader. ("How many were signed?" counts no noun.)
  if (counted && !namesList && !/^(?:did|do|does|were|was|are|is|have|has|had|will|can|of)\b/u.test(counted)) return undefined;
  const text = namesList ? counted : question;
  if (/协议|备忘录|合同|agreement|deal|contract|memorand/u.test(text)) return { kind: 'agreement', items: context.facts.agreements };
  if (/考察|参观|调研|走访|地方|\bvisit|\btour|\bsites?\b|\bplaces?\b|\bstops?\b/u.test(text)) return { kind: 'place', items: context.facts.visits };
  return undefined;
}

/** Verbs of taking part or being there: the people counted after them are those the article lists. */
export const TAKING_PART_VERB = /^(?:参加|出席|参会|与会|到场|在场|陪同|会见|会谈|座谈|列席|见证|参与|考察|参观|调研|访问|出访|有|是|来|去|来自|包括|共有)$/u;
/** The same in English, one of which a question counting those taking part says. */
const TAKING_PART_EN = /\b(?:attend\w*|present|took part|take part|participat\w*|join\w*|accompan\w*|met|meet\w*|talks|delegation|there)\b/iu;

/** Whether the question counts the people of another act than taking part (受伤, injured, 获救). */
function countsAnAct(question: string): boolean {
  if (/[a-z]{3,}/iu.test(question) && !/\p{Script=Han}/u.test(question)) return !TAKING_PART_EN.test(question);
  return tagWords(question).some(({ word, tag }) => /^v(?!n)/u.test(tag) && !TAKING_PART_VERB.test(word) && !/^(?:多少|几)/u.test(word));
}

/** A figure of people, in any measure word news counts them in: 36名, 1.8万名, 1500余人, 十余位. */
const PEOPLE_FIGURE = figureInUnits(PEOPLE_MEASURES);

/** Whether a sentence writing a figure of people also writes a word of the question (参赛 of 一共有多少人参赛). */
function writesPeopleFigure(context: AskContext): boolean {
  const words = context.understood.concepts
    .filter((c) => !c.cue)
    .flatMap((c) => c.alternatives.map((a) => a.word))
    .filter((w) => w.length >= 2 && !/^(?:一共|总共|共有|多少|人数|人员|people|persons?)$/iu.test(w));
  if (words.length === 0) return false;
  return context.article.paragraphs.some((p) => p.sentences.some((s) => PEOPLE_FIGURE.test(s) && words.some((w) => s.includes(w))));
}

/** "How many people attended": the distinct names the article lists as taking part. */
function respondPeopleCount(context: AskContext): Draft | undefined {
  const { language, article } = context;
  const question = context.understood.question.text;
  if (!ASKS_PEOPLE.test(question)) return undefined;
  // 辩护人建议缓刑几年 names a person but counts years: only a count of people is answered here.
  const counted = countedWords(question.toLowerCase());
  if (counted && !PEOPLE_COUNTED.test(counted) && !ASKS_PEOPLE.test(counted)) return undefined;
  // 多少名志愿者 counts a group of its own: the people the article names taking part (officials,
  // speakers) are not it, and the reader looks for the figure instead.
  if (countsAGroup(counted)) return undefined;
  // 有多少人受伤, "how many people were hurt": a count of those something befell, not of those taking part.
  if (countsAnAct(question)) return undefined;
  // 一共有多少人参赛 where the article writes 1.8万名选手参赛: the figure beside the question's own
  // words is the count; the names it lists are only those it happens to mention.
  if (writesPeopleFigure(context)) return undefined;
  const people = askedPeople(context);
  const names = [...new Set(people.map((p) => p.name))];
  if (names.length === 0) return undefined;
  return {
    headline: pick(language, `文章列出${names.length}人`, `${names.length} people are named as taking part`),
    direct: `${names.length}：${names.join('、')}`,
    facts: [],
    passages: passagesOf(article, people),
  };
}

export function respondListCount(context: AskContext): Draft | undefined {
  const counted = countedList(context);
  if (!counted) return respondPeopleCount(context);
  if (!counted || counted.items.length === 0) return undefined;
  const { language, article } = context;
  const list = counted.items.map((i) => i.text).join('、');
  return {
    headline: pick(language, `共${counted.items.length}${counted.kind === 'agreement' ? '项' : '处'}：${list}`, `${counted.items.length}: ${list}`),
    direct: `${counted.items.length}：${list}`,
    facts: counted.items.map((i) => itemFact(i, counted.kind, context)),
    passages: passagesOf(article, counted.items),
  };
}
