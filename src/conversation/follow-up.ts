import type { Knowledge } from '../answer/knowledge.js';
import type { Language } from '../answer/types.js';
import { foldText } from '../language/fold.js';
import { romanizeName } from '../language/pinyin.js';
import { latinShare } from '../language/script.js';
import { tagWords } from '../language/segmenter.js';
import { analyseQuestion } from '../answer/reader/analyse.js';
import { actorsIn, isActor } from './group.js';
import { analysedArticle, looksLikeName, peopleNamed } from './people.js';
import type { Exchange, Group, Reading } from './types.js';
import {
  EN_BARE_ASK,
  EN_ELLIPSIS,
  EN_ELSE,
  EN_GROUP_POSSESSIVE,
  EN_GROUP_PRONOUN,
  EN_MORE,
  EN_PERSON_PRONOUN,
  EN_POSSESSIVE,
  ZH_BARE_ASK,
  ZH_ELLIPSIS,
  ZH_ELSE,
  ZH_OTHER,
  EN_OTHER,
  ZH_OTHER_SIDE,
  EN_OTHER_SIDE,
  OPPOSING_SIDES,
  ZH_GROUP_PRONOUN,
  ZH_MORE,
  ZH_PERSON_PRONOUN,
  ZH_TIME,
  EN_TIME,
  ordinalAsked,
} from './words.js';

/** A question read against the last exchange: what to ask the engine, and how it was read. */
export interface FollowUp {
  /** The self-contained question to ask (the typed one when it stands alone). */
  question: string;
  reading: Reading;
  /** It asks past what was already shown ("他还说了什么？", "what else"). */
  pastShown: boolean;
  /**
   * For an ellipsis: the new thing with only what the last question asked for (去年同期毛利率是多少？
   * for 去年同期呢？ after 某公司上半年毛利率是多少？), to ask when the whole rephrasing brings back
   * the last answer, whose other words pull toward it.
   */
  narrower?: string;
}

/** The language a question is written in, as far as a follow-up needs it (pinyin questions are rare here). */
export function writtenIn(text: string): Language {
  return latinShare(text) > 0.5 ? 'en' : 'zh';
}

/**
 * Reads `typed` in the context of the last exchange: an ordinal picks an item of its list, "more"
 * asks its question again past what was shown, an ellipsis asks it again about something else, a
 * bare asking word asks it again for another thing, and he/she/他/她 stands for the person it was
 * about. A question naming its own subject stands alone, whatever words it shares.
 */
export function readFollowUp(exchange: Exchange | undefined, typed: string, knowledge: Knowledge): FollowUp {
  const text = typed.trim();
  const alone: FollowUp = { question: text, reading: { kind: 'new' }, pastShown: false };
  if (!exchange || !text) return alone;
  const article = analysedArticle(knowledge, exchange.articleId);
  if (!article) return alone;

  const position = ordinalAsked(text);
  if (position !== undefined && exchange.items.length >= 2) {
    const index = position === 'last' ? exchange.items.length : position;
    const item = exchange.items[index - 1];
    if (item) return { question: text, reading: { kind: 'item', position: index, item }, pastShown: false };
  }
  if (ZH_MORE.test(text) || EN_MORE.test(text)) return { question: exchange.question, reading: { kind: 'more' }, pastShown: true };

  const bare = ZH_BARE_ASK.exec(text) ?? EN_BARE_ASK.exec(text);
  if (bare?.[1]) {
    const again = askedAgainFor(exchange.question, bare[1]);
    if (again) return { question: again, reading: { kind: 'rephrased', question: again }, pastShown: false };
  }

  const side = otherSide(exchange.question, text, (word) => article.title.includes(word) || article.paragraphs.some((p) => p.text.includes(word)));
  if (side) return { question: side, reading: { kind: 'rephrased', question: side }, pastShown: false };

  const ellipsis = ZH_ELLIPSIS.exec(text) ?? EN_ELLIPSIS.exec(text);
  if (ellipsis?.[1] && !/[他她它]/u.test(ellipsis[1])) {
    const target = ellipsis[1].trim();
    const about = askedAbout(exchange, target, knowledge);
    // "The other nurse" is the one the last answer was not: asked past it, as a reader would say it.
    const other = exchange.direct && (ZH_OTHER.test(target) || EN_OTHER.test(target));
    const again = about && other ? pastAnswer(about, exchange.direct!) : about;
    const narrower = narrowedTo(exchange.question, target);
    if (again) return { question: again, reading: { kind: 'rephrased', question: again }, pastShown: false, ...(narrower && narrower !== again ? { narrower } : {}) };
  }

  const english = writtenIn(text) === 'en';
  const pastShown = english ? EN_ELSE.test(text) : ZH_ELSE.test(text);
  const person = exchange.people[0];
  const namesOwn = peopleNamed(text, article, knowledge).length > 0;
  const group = exchange.group;
  if (group && !namesOwn && (english ? EN_GROUP_PRONOUN.test(text) || EN_GROUP_POSSESSIVE.test(text) : ZH_GROUP_PRONOUN.test(text))) {
    return { question: withGroup(text, group, english), reading: { kind: 'group', group }, pastShown };
  }
  if (person && !namesOwn && (english ? EN_PERSON_PRONOUN.test(text) || EN_POSSESSIVE.test(text) : ZH_PERSON_PRONOUN.test(text))) {
    return { question: withPerson(text, person, english), reading: { kind: 'person', name: person }, pastShown };
  }
  return { ...alone, pastShown };
}

/**
 * "那对方怎么说？" after "公诉方建议如何量刑？": the question with 对方 put as the party opposite the one
 * the last question named, in the first of that side's words the article writes (辩护人).
 */
function otherSide(previous: string, text: string, written: (word: string) => boolean): string | undefined {
  const english = writtenIn(text) === 'en';
  const folded = foldText(text);
  const mark = (english ? EN_OTHER_SIDE : ZH_OTHER_SIDE).exec(folded);
  if (!mark) return undefined;
  const asked = foldText(previous);
  for (const [one, two] of OPPOSING_SIDES) {
    for (const [named, opposite] of [[one, two], [two, one]] as const) {
      if (!named.some((word) => asked.includes(word))) continue;
      const word = opposite.find(written);
      if (word) return folded.slice(0, mark.index) + word + folded.slice(mark.index + mark[0].length);
    }
  }
  return undefined;
}

/** The question asked past an answer already given: 除了45岁，… / Besides 45岁, … */
function pastAnswer(question: string, given: string): string {
  if (writtenIn(question) !== 'en') return `除了${given}，${question}`;
  // The question goes on after the comma: its asking word in lower case, a name as it is.
  const asking = question.replace(/^(?:How|What|Who|Whom|Whose|When|Where|Which|Why|Is|Are|Was|Were|Did|Does|Do|Can|Could|Has|Have)\b/u, (w) => w.toLowerCase());
  return `Besides ${given}, ${asking}`;
}

/** 他们/they/them → the group; their → the group's. People are named one by one (English: by pinyin). */
function withGroup(text: string, group: Group, english: boolean): string {
  const everywhere = (pattern: RegExp) => new RegExp(pattern.source, `${pattern.flags}g`);
  if (!english) return text.replace(everywhere(ZH_GROUP_PRONOUN), group.members.join('、'));
  const written = group.kind === 'people' ? group.members.map(englishName).join(' and ') : group.members.join(' and ');
  return text.replace(everywhere(EN_GROUP_POSSESSIVE), `${written}'s`).replace(everywhere(EN_GROUP_PRONOUN), written);
}

/** A name as an English question writes it: by its pinyin, which the engine maps back; a foreign name (玛丽·居里) as the article does. */
function englishName(name: string): string {
  return /[·・•‧]/u.test(name) ? name : romanizeName(name);
}

/** He/she/him → the name; his/her (before a noun) → the name's. English gets the pinyin the engine reads names by. */
function withPerson(text: string, name: string, english: boolean): string {
  const everywhere = (pattern: RegExp) => new RegExp(pattern.source, `${pattern.flags}g`);
  if (!english) return text.replace(everywhere(ZH_PERSON_PRONOUN), name);
  const written = englishName(name);
  return text.replace(everywhere(EN_POSSESSIVE), `${written}'s`).replace(everywhere(EN_PERSON_PRONOUN), written);
}

/** "为什么？" after "张明在哪里工作？": the same question with the new asking word in place of the old. */
function askedAgainFor(previous: string, asking: string): string | undefined {
  if (writtenIn(previous) === 'en') {
    const lead = /^(who|what|when|where|why|which|how many|how much|how)\b/iu.exec(previous.trim());
    if (!lead || writtenIn(asking) !== 'en') return undefined;
    const word = asking.toLowerCase();
    return `${word.charAt(0).toUpperCase()}${word.slice(1)}${previous.trim().slice(lead[0].length)}`;
  }
  if (writtenIn(asking) === 'en') return undefined;
  const folded = foldText(previous);
  const cue = analyseQuestion(folded).cue;
  // Folding keeps lengths for Chinese text; when it did not, the positions would not hold.
  if (!cue || folded.length !== previous.length) return undefined;
  const word = asking.replace(/^在/u, '');
  // 哪个研究中心 → 什么时候: the measure word and the noun the old asking word governed go with it.
  let rest = previous.slice(cue.end);
  const after = tagWords(rest);
  if (after[0] && /^(?:q|m)/.test(after[0].tag)) {
    let cut = after[0].word.length;
    for (const { word: w, tag } of after.slice(1)) {
      if (!/^n/.test(tag)) break;
      cut += w.length;
    }
    rest = rest.slice(cut);
  }
  return `${previous.slice(0, cue.start)}${word}${rest}`;
}

/**
 * "和上海呢？" after "浙江省委书记是谁？": the last question with the new thing in the place of the
 * one of its kind (a person for a person, a place for a place, a word of the same part of speech);
 * in English, a capitalised name for a name or "the X" for "the Y". With no such place, the new
 * thing is put in front of the question.
 */
function askedAbout(exchange: Exchange, target: string, knowledge: Knowledge): string | undefined {
  const previous = exchange.question.trim();
  const article = analysedArticle(knowledge, exchange.articleId)!;
  const isPerson = peopleNamed(target, article, knowledge).length > 0 || looksLikeName(target, article);
  if (writtenIn(previous) === 'en') return englishAbout(previous, target, isPerson, article, knowledge);
  const words = tagWords(previous);
  // 去年同期 after 一季度: a time takes the place of the question's time.
  const time = ZH_TIME.exec(target)?.[0] === target ? ZH_TIME.exec(previous)?.[0] : undefined;
  if (time) return previous.replace(time, target);
  if (isPerson) {
    const slot = peopleNamed(previous, article, knowledge).find((name) => previous.includes(name));
    if (slot) return previous.replace(slot, target);
  }
  // 辩护人呢？ after 公诉方建议如何量刑？: one actor (people, a side) for another.
  const targetTag = isPerson ? 'nr' : tagOf(target);
  if (!isPerson && isActor(target, targetTag)) {
    const actor = actorsIn(previous).find((word) => word !== target);
    if (actor) return previous.replace(actor, target);
  }
  const slot = words.find(({ word, tag }) => word.length >= 2 && sameKind(tag, targetTag) && !ASKING.test(word));
  if (slot) return previous.replace(slot.word, target);
  // No word of its kind: it takes the place of the question's first run of nouns (林海市交通局 → 公路管理局).
  const run = nounRun(words);
  if (run) return previous.replace(run, target);
  return `${target}${previous}`;
}

const ASKING = /[谁哪什么几多]/u;

/** The new thing, then the noun the last question's asking word asked the value of, then the asking word (Chinese only). */
function narrowedTo(previous: string, target: string): string | undefined {
  if (writtenIn(previous) === 'en' || writtenIn(target) === 'en') return undefined;
  const cue = analyseQuestion(previous).cue;
  if (!cue) return undefined;
  const words = tagWords(previous.slice(0, cue.start));
  // The copula and particles between the value and its asking word stay (毛利率 | 是 | 多少).
  let end = words.length;
  while (end > 0 && /^(?:是|为|的|了|有)$/u.test(words[end - 1]!.word)) end--;
  // The value is the run of words back to a name, a place, a number, a time or a function word (某公司 | 上半年 | 毛利率).
  let start = end;
  while (start > 0 && !/^(?:n[rst]|m|t|r|p|c|u|x)/u.test(words[start - 1]!.tag)) start--;
  const run = words.slice(start, end);
  const value = run.map((w) => w.word).join('');
  if (!run.some((w) => /^n/u.test(w.tag)) || value.length < 2 || target.includes(value)) return undefined;
  const after = words.slice(0, end).reduce((n, w) => n + w.word.length, 0);
  return `${target}${value}${previous.slice(after)}`;
}

/** The first run of nouns in a question (names, places, organisations, common nouns), before its asking word. */
function nounRun(words: readonly { word: string; tag: string }[]): string | undefined {
  let run = '';
  for (const { word, tag } of words) {
    if (ASKING.test(word)) break;
    if (/^(?:n|j|eng)/.test(tag) && !/^(?:的)$/u.test(word)) run += word;
    else if (run) break;
  }
  return run.length >= 2 ? run : undefined;
}

/** What "how many" counts: up to two words before the verb (How many hotel staff were …). */
const EN_COUNTED = /\bhow (?:many|much)\s+((?:[a-z][a-z-]*\s+)?[a-z][a-z-]*?)(?=\s+(?:were|was|are|is|did|does|do|have|has|had|will|can|could)\b)/iu;
/** One or two lower-case words, with or without "the": a thing named by a common noun. */
const EN_NOUN_PHRASE = /^(?:the\s+)?[a-z][a-z-]*(?:\s[a-z][a-z-]*)?$/u;

function englishAbout(previous: string, target: string, targetIsPerson: boolean, article: NonNullable<ReturnType<typeof analysedArticle>>, knowledge: Knowledge): string {
  // "And a year earlier?" after "… in the first quarter?": a time for the time.
  const time = EN_TIME.exec(target)?.[0].length === target.length ? EN_TIME.exec(previous)?.[0] : undefined;
  if (time) return previous.replace(time, target);
  // "And IPO?" after "When was the ABC founded …": an acronym for an acronym.
  const acronym = /^[A-Z]{2,}$/u.test(target) ? /\b[A-Z]{2,}\b/u.exec(previous)?.[0] : undefined;
  if (acronym) return previous.replace(acronym, target);
  const runs = [...previous.matchAll(/\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*/g)].map((m) => m[0]).filter((run, i) => i > 0 || !/^(?:Who|What|When|Where|Why|Which|How|Is|Was|Did|Does|Do|And|The)\b/.test(run));
  const people = runs.filter((run) => peopleNamed(run, article, knowledge).length > 0);
  const capitalised = /^[A-Z]/.test(target) && !/^The\b/.test(target);
  const slot = targetIsPerson ? people[0] ?? runs[0] : capitalised ? runs.find((r) => !people.includes(r)) ?? runs[0] : undefined;
  if (slot) return previous.replace(slot, target);
  // "And volunteers?" after "How many visitors were there?": the thing counted for the thing counted.
  const counted = EN_COUNTED.exec(previous)?.[1];
  if (counted && !capitalised && EN_NOUN_PHRASE.test(target)) return previous.replace(counted, target.replace(/^the\s+/iu, ''));
  const common = [...previous.matchAll(/\bthe\s+[a-z][a-z-]*/giu)].pop();
  // "And the goalkeeper?" after "How old was the coach?": one thing named by a noun for another.
  if (common && !capitalised && /^(?:the\s+)?[a-z][a-z-]*(?:\s[a-z][a-z-]*)?$/iu.test(target) && !/^(?:a|an)\s/iu.test(target)) return previous.replace(common[0], `the ${target.replace(/^the\s+/iu, '')}`);
  return `${previous.replace(/[?？.!]+$/u, '')}, ${target}?`;
}

/** The coarse part of speech a substitution keeps: person, place, organisation, time, number, noun. */
function tagOf(text: string): string {
  const tags = tagWords(text).filter((t) => t.word.trim() && !/^[的和与]$/u.test(t.word));
  return tags.at(-1)?.tag ?? 'n';
}

function sameKind(a: string, b: string): boolean {
  const kind = (tag: string) => (/^nr/.test(tag) ? 'nr' : /^ns/.test(tag) ? 'ns' : /^nt/.test(tag) ? 'nt' : /^t/.test(tag) ? 't' : /^m/.test(tag) ? 'm' : /^n/.test(tag) ? 'n' : tag);
  return kind(a) === kind(b);
}
