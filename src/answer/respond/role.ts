import { fromWireDateline, wireAgency, wireReporters } from '../../article/dateline.js';
import { ASKS_WHO_FILED } from '../classify.js';
import { romanizeName } from '../../language/pinyin.js';
import { tagWords } from '../../language/segmenter.js';
import { DEPUTY_MARK, GENERIC_POSTS } from '../../language/titles.js';
import { sentencePassage, pick, refusal, type AskContext, type Draft } from '../draft.js';
import { conceptIn } from '../retrieve.js';
import { prepareArticle } from '../reader/prepare.js';
import { asksSomeoneOf, holdsRelation, relationWritten } from './someone-of.js';
import { namesInQuestion } from '../reader/names.js';
import type { PersonMention } from '../facts/types.js';
import { respondDescribed } from './described.js';
import { analyseQuestion } from '../reader/analyse.js';
import { foldText } from '../../language/fold.js';
import { distinctPeople, noOneFrom, personFact, placeNoOneIsFrom } from './people.js';

const ASKS_DEPUTY = /副|deputy|vice|assistant|executive/iu;

/** A party committee of a place, which jieba reads as one word (某省委, 某市委): the place. */
const COMMITTEE_OF_PLACE = /^(\p{Script=Han}{2,3}?(?:省|市|自治区|县|州))委$/u;

/** The place the question names (某省委书记, 某市的市长, 首任某市长), as jieba reads it: a place name, or a committee's place. */
function askedPostPlace(question: string): string | undefined {
  for (const { word, tag } of tagWords(question)) {
    if (tag === 'ns') return word;
    const committee = tag === 'nt' ? COMMITTEE_OF_PLACE.exec(word)?.[1] : undefined;
    if (committee) return committee;
  }
  return undefined;
}

/** A place without its unit (某省 → 某): as a question may write it. */
const bare = (place: string) => place.replace(/(?:省|市|自治区|县|区|州)$/u, '');

/**
 * How well a person's post answers "who is the <post> of <place>": post words, the place, no unasked
 * 副. `ofPlace` is the place the question writes before the post (askedPostPlace), if it is to count.
 */
function postScore(person: PersonMention, context: AskContext, ofPlace: string | undefined): number {
  const { concepts, places, question } = context.understood;
  const segments = person.post.split(/、/u);
  let score = 0;
  let titled = false;
  for (const concept of concepts) {
    if (concept.cue) continue;
    const isPlace = concept.alternatives.some((a) => places.some((p) => p.startsWith(a.word)));
    if (isPlace) continue;
    let best = 0;
    for (const segment of segments) {
      const found = conceptIn(concept, segment, context.knowledge);
      if (!found) continue;
      const deputy = DEPUTY_MARK.test(segment) && !ASKS_DEPUTY.test(question.text);
      best = Math.max(best, deputy ? -1 : found.strength * concept.weight);
    }
    if (best > 0) titled = true;
    score += best;
  }
  if (!titled) return 0;
  // The question's post is of a place (某省委书记) and this holder's post is of another one: a
  // different office, however alike the words.
  if (ofPlace && person.sides.length > 0 && !person.sides.some((side) => question.text.includes(bare(side)))) return 0;
  // The question names the post as written (市总工会主席是谁): that post, not one that merely contains its words.
  if (segments.some((segment) => question.text.includes(segment))) score += 1;
  if (places.length > 0) score += person.sides.some((s) => places.includes(s)) ? (person.sides.length === 1 ? 2 : 0.5) : -2;
  return score;
}

/** "Who wrote this?": the byline, which is about the article rather than in it. */
const ASKS_AUTHOR = new RegExp(`记者|作者|谁写|${ASKS_WHO_FILED}|撰稿|署名|\\bwho wrote\\b|\\bauthors?\\b|\\breporters?\\b|\\bjournalists?\\b|\\bbyline\\b|\\bwritten by\\b`, 'iu');

export function asksAuthor(question: string): boolean {
  return ASKS_AUTHOR.test(question);
}

/** Reporters named in a lead (本报讯（记者 刘洋）…). */
const LEAD_REPORTERS = /[（(【〔\[](?:[^（()）【】\[\]]{0,24}\s)?(?:本报)?记者\s*((?:\p{Script=Han}{2,4}[\s、]*)+)[）)】〕\]]/u;
/** A byline line of its own at the head (晨报记者 | 李华 赵倩; 记者：王文): the whole line is the credit. */
const HEAD_BYLINE = /^[\p{Script=Han}\w]{0,10}记者\s*[|｜:：]?\s*((?:\p{Script=Han}{2,4}[\s、，,]*)+)$/u;

/** Where a byline says the report was filed from (本报记者 某某 青岛报道): a place, no reporter. */
const DATELINE_END = /(?:报道|电|讯)$/u;

/** Reporters named at the head of the article, and the paragraph that names them. */
function leadReporters(context: AskContext): { names: string[]; paragraph: number } | undefined {
  for (const paragraph of context.article.paragraphs.slice(0, 2)) {
    const match = LEAD_REPORTERS.exec(paragraph.text) ?? HEAD_BYLINE.exec(paragraph.text.trim());
    if (match) return { names: match[1]!.split(/[\s、，,]+/u).filter((name) => name !== '' && !DATELINE_END.test(name)), paragraph: paragraph.n };
    const wire = wireReporters(paragraph.text);
    if (wire) return { names: wire, paragraph: paragraph.n };
  }
  return undefined;
}

/** The question is about this very report (这篇稿子, 本文, this article), not some other work. */
const ASKS_THIS_REPORT = /这篇|本文|该文|这条(?:消息|新闻)|文章|报道|稿子|新闻|^记者是谁|\bthis (?:article|report|story|piece)\b|\bthe (?:article|report|story)\b/iu;

function respondAuthor(context: AskContext): Draft | undefined {
  const { article, language } = context;
  // A trailing byline was taken off the text when the article was read; one at the head is cited where it stands.
  const lead = article.byline && article.byline.length > 0 ? undefined : leadReporters(context);
  const byline = lead?.names ?? article.byline ?? [];
  // No credit anywhere: when the question is about this report's writer, any name the text would
  // give is someone else's; an author of something else (这本书的作者) is the reader's to find.
  if (byline.length === 0) {
    if (!ASKS_THIS_REPORT.test(context.understood.question.text)) return undefined;
    return refusal(pick(language, '文章没有署名记者。', 'The article names no reporter.'));
  }
  const names = byline.join('、');
  const last = article.paragraphs.at(-1);
  return {
    // Ternaries, not pick(), where the English side romanizes: a Chinese reply must not pay for it (pinyin.ts).
    headline: language === 'zh' ? `记者：${names}` : `Written by ${names} (${byline.map(romanizeName).join(', ')})`,
    direct: names,
    facts: byline.map((name) => ({ kind: "person" as const, text: name, paragraph: lead ? lead.paragraph : (last?.n ?? 0), detail: pick(language, '记者', 'reporter'), ...(language === 'en' ? { gloss: romanizeName(name) } : {}) })),
    passages: lead ? [sentencePassage(article, lead.paragraph, [0], 1, byline)] : [],
  };
}

/** "Which outlet filed this?": the agency of the wire dateline. */
const ASKS_OUTLET = /哪家媒体|什么媒体|哪个媒体|通讯社|电稿|发稿|哪家报|哪个报|哪家新闻|\bnews agency\b|\bwhich (?:agency|outlet|media)\b|\bwhat (?:agency|outlet|media)\b/iu;

function respondOutlet(context: AskContext): Draft | undefined {
  const { article, language } = context;
  const found = fromWireDateline(article.paragraphs, wireAgency);
  if (!found) return undefined;
  const { paragraph, value: agency } = found;
  return {
    headline: pick(language, `${agency}发稿`, `Filed by ${agency}`),
    direct: agency,
    facts: [],
    passages: [sentencePassage(article, paragraph.n, [0], 1, [agency])],
  };
}

/** "What is X's post?" → the post as written; "Who is the governor of Y?" → the person whose post says so. */
export function respondRole(context: AskContext): Draft | undefined {
  const { facts, understood, language, knowledge, article } = context;
  if (ASKS_OUTLET.test(understood.question.text)) {
    const outlet = respondOutlet(context);
    if (outlet) return outlet;
  }
  if (asksAuthor(understood.question.text)) return respondAuthor(context);
  const people = distinctPeople(facts.people, GENERIC_POSTS);
  const someoneElse = asksSomeoneOf(understood.question.text, understood.people);
  const named = someoneElse ? [] : people.filter((p) => understood.people.includes(p.name));
  // "陈某是哪个政党的议员？" asks the party, which the post (立法会某委员会主席) does not name and the
  // article never writes: not answered with the post; the reader says what the article lacks.
  const askedOther = named.length > 0 && classOtherThanPost(understood.question.text, named.map((p) => p.post), prepareArticle(article).text);
  if (named.length > 0 && !askedOther) {
    const facts = named.map((p) => personFact(p, knowledge, language));
    const first = named[0]!;
    return {
      headline: language === 'zh' ? `${first.name}：${first.post}` : `${first.name} (${facts[0]!.gloss}) is ${first.post}${facts[0]!.detailGloss ? ` — ${facts[0]!.detailGloss}` : ''}`,
      direct: named.map((p) => p.post).join('；'),
      facts,
      passages: named.map((p) => sentencePassage(article, p.paragraph, [p.sentence], 1, [p.name])),
    };
  }
  // A person named without a post: what the article says they are (是一名货车司机), not what they said.
  const described = someoneElse ? undefined : respondDescribed(context);
  if (described) return described;
  // "The party secretary of Hangzhou?" of a report on two places' officials, where no one named is
  // from there: not another place's secretary. Only where the people stand on sides (上海市…,
  // 江苏省…): an encyclopedia's 西某国第一任总理 names a place the question calls 某国. And only in English:
  // a Chinese question naming a place the article never writes is refused for lacking it (杭州), and
  // one it writes (某某籍科学家) may well be answered; an English name reaches the article through any
  // word glossed with it (Hangzhou → 苏杭).
  const place = language === 'en' && people.some((p) => p.sides.length > 0) ? placeNoOneIsFrom(context) : undefined;
  if (place !== undefined) return refusal(noOneFrom(place, language));
  const byPost = peopleByPost(context);
  const top = byPost.score;
  // Asked who someone is, a post that is someone else's relation to them (某某的舅舅) is not theirs.
  const asked = someoneElse ? [] : namesInQuestion(understood.question.text, prepareArticle(article));
  const chosen = someoneElse ? byPost.people.filter((p) => holdsRelation(p.post, someoneElse, context)) : byPost.people.filter((p) => !asked.some((name) => p.post.includes(`${name}的`)));
  if (chosen.length === 0) {
    // The post is held in the article, but only of other places: it does not say who holds it there.
    const ofPlace = askedPostPlace(understood.question.text);
    if (ofPlace && people.some((p) => postScore(p, context, undefined) > 0)) return refusal(pick(language, `文章没有提到${ofPlace}的这一职务由谁担任。`, `The article does not say who holds this post in ${ofPlace}.`));
    // Someone's relation the article never writes of (a lawyer, a wife): whoever it names is not that.
    if (someoneElse && !relationWritten(someoneElse, context)) return refusal(pick(language, `文章没有提到“${someoneElse}”。`, `The article does not mention “${someoneElse}”.`));
    return undefined;
  }
  const facts2 = chosen.map((p) => personFact(p, knowledge, language));
  const who = chosen.map((p) => `${p.name}（${p.post}）`).join('、');
  return {
    headline: language === 'zh' ? `是${who}` : chosen.map((p, i) => `${p.name} ${facts2[i]!.gloss} — ${p.post}`).join('; '),
    direct: who,
    facts: facts2,
    passages: chosen.map((p) => sentencePassage(article, p.paragraph, [p.sentence], top, [p.name])),
  };
}

/** Nouns a "which"/"what" asks that ask the post itself (什么职务, 哪个职位). */
const POST_CLASSES = /职务|职位|身份|工作|岗位|头衔|官职|职称|称号|角色|职业|官/u;

/**
 * Whether the question asks which member of a class (哪个政党) that is no post, that none of the
 * posts names and that the article never writes. A class it writes (哪个部门的) the post may still
 * answer, naming the unit (某某局局长).
 */
function classOtherThanPost(question: string, posts: readonly string[], articleText: string): boolean {
  // Most role questions ask no class (某某的职务是什么 asks 职务 by 什么): analysed only when one may be asked.
  const folded = foldText(question);
  if (!/哪|什么/u.test(folded)) return false;
  const head = analyseQuestion(folded).askedClass.at(-1);
  return head !== undefined && !POST_CLASSES.test(head) && !posts.some((post) => post.includes(head)) && !articleText.includes(head);
}

/** The people whose post best fits the question's words ("the vice mayor", 江苏省省长), tied best first. */
export function peopleByPost(context: AskContext): { people: PersonMention[]; score: number } {
  // The report's own reporters hold no post in the story: a question that wants them asks for the
  // author (respondAuthor), and the words of their credit (中央社记者) only look like a post's.
  const byline = new Set([...(leadReporters(context)?.names ?? []), ...(context.article.byline ?? [])]);
  const people = distinctPeople(context.facts.people, GENERIC_POSTS).filter((p) => !byline.has(p.name));
  // The question is tagged once, not once per person.
  const ofPlace = askedPostPlace(context.understood.question.text);
  const scored = people.map((person) => ({ person, score: postScore(person, context, ofPlace) })).filter((s) => s.score > 0);
  if (scored.length === 0) return { people: [], score: 0 };
  const top = Math.max(...scored.map((s) => s.score));
  return { people: scored.filter((s) => s.score === top).map((s) => s.person), score: top };
}
