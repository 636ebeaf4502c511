import type { AskContext, Draft } from './draft.js';
import { respondAttendees } from './respond/attendees.js';
import { respondChoice } from './respond/choice.js';
import { respondAgreements, respondListCount, respondVisits, TAKING_PART_VERB } from './respond/lists.js';
import { asksAuthor, respondRole } from './respond/role.js';
import { asksSomeoneOf } from './respond/someone-of.js';
import { respondSaid } from './respond/said.js';
import { respondSummary } from './respond/summary.js';
import { readArticle, respondByReading, unnamedDescription, unnamedRefusal } from './respond/read.js';
import { ASKS_SPEAKER, respondSpeaker } from './respond/speaker.js';
import { respondFiledFrom } from './respond/filed-from.js';
import { foldText } from '../language/fold.js';
import { tagWords } from '../language/segmenter.js';
import { analyseQuestion, type AnalysedQuestion } from './reader/analyse.js';
import { namesSigning } from './facts/lists.js';
import { isSpeechVerb } from '../language/speech-verbs.js';
import { pointsAtSomeone } from '../language/person-pronouns.js';
import type { AnswerType } from './reader/answer-types.js';
import type { Intent } from './types.js';

type Responder = (context: AskContext) => Draft | undefined;

/** Each intent's responders, tried in order; reading the article for the answer is the last resort of all. */
const RESPONDERS: Record<Intent, Responder[]> = {
  attendees: [respondAttendees],
  agreements: [respondAgreements],
  visits: [respondVisits],
  count: [respondListCount],
  when: [],
  where: [],
  role: [respondRole, respondSaid],
  said: [respondSaid],
  summary: [respondSummary],
  topic: [],
  free: [],
};

/** Answer types that ask for a thing a speaker named (什么铁路, 哪一年, 多少), not for what they said. */
const THING_TYPES = new Set<AnswerType>(['thing', 'person', 'organisation', 'place', 'date', 'duration', 'number', 'ordinal']);

/**
 * Which questions an intent's fact responder answers, for the intents whose wording says more of the
 * topic than of what is asked: words of speaking (张明远说要加快什么铁路建设？), of attending (某某因
 * 参加什么综艺节目而走红？) or of signing (甲国在何处签订了《某某和约》？) around an asking word of
 * another type. Such a question is read; the responder would give what was said, who was there,
 * or every agreement of the article.
 */
const RESPONDER_ANSWERS: Partial<Record<Intent, (asked: AnalysedQuestion) => boolean>> = {
  // 强调了哪些方面 and 有什么要求 ask what was said; 提到要新建哪些学校 asks for schools, read from the article.
  // "Who said…?" asks the speaker, whom the article reads to find.
  said: (asked) => !ASKS_SPEAKER.test(asked.text) && (asked.type === 'list' ? !asked.cue || besideCue(asked).some(isSpeechVerb) : !THING_TYPES.has(asked.type)),
  // 看望慰问了哪些人 asks whom someone acted on, read from the article; 参加了 or 有哪些人 asks who took part.
  attendees: (asked) => (asked.type === 'person' || asked.type === 'list') && !actedOn(asked),
  // The agreements are asked for when the asking word stands by the signing or the document
  // (签署了什么, 什么协议, 哪些协议); "根据协议，两市将开通什么？" asks what the agreement says.
  agreements: (asked) => (asked.type === 'thing' || asked.type === 'list') && asksForDocument(asked),
  // 以什么身份参与 asks the capacity the article writes after its 以 (以某某身份), not a post held.
  role: (asked) => asked.cue?.word !== '以什么',
};

/** The question's words right beside its asking word: the last before it and the first after it. */
function besideCue(asked: AnalysedQuestion): string[] {
  return [asked.before[asked.before.length - 1], asked.after[0]].filter((word): word is string => word !== undefined);
}

/** Wording that asks who someone is, not what they said. */
const ASKS_IDENTITY = /是谁|谁是|叫什么|\bwho (?:is|was|are|were)\b/iu;

/** Wording that asks someone's post or calling (什么职务, 什么身份, job, position). */
const ASKS_POST = /职务|职位|身份|\b(?:job|position|post|occupation|profession)\b/iu;

/** Whether the word right before the asking word is a verb of another act (看望, 慰问, 表彰): its object is asked. */
function actedOn(asked: AnalysedQuestion): boolean {
  const verb = asked.before[asked.before.length - 1];
  if (verb === undefined || TAKING_PART_VERB.test(verb)) return false;
  const tag = tagWords(verb)[0]?.tag ?? '';
  return /^v(?!n)/u.test(tag);
}

function asksForDocument(asked: AnalysedQuestion): boolean {
  // An English question's words carry no positions to stand by; its type alone decides.
  if (!asked.cue) return true;
  return [...besideCue(asked), ...asked.askedClass].some(namesSigning);
}

/** The author of a work the question names by its kind (这篇论文的第一作者, 这本书的作者): not this report's byline. */
const AUTHOR_OF_A_WORK = /(?:论文|书|著作|小说|专著|诗集?|剧本|作品|研究)的?(?:第一|通讯|共同|主要)?作者/u;

/** A work named in title marks: 《某某协定》, 〈某某星系〉. */
const TITLED_WORK = /[《〈]([^》〉]+)[》〉]/u;

/**
 * A work the question names in title marks is what it asks about, not for: the agreement it names
 * (签署《某某协定》的目的是？) rather than the list of agreements, the book or article whose author
 * it asks (《远山》这篇文章的作者是谁？) rather than this report's byline, unless it names this report;
 * so is a work it names by its kind (这篇论文的第一作者).
 */
function namesWork(intent: Intent, context: AskContext): boolean {
  if (intent !== 'agreements' && !(intent === 'role' && asksAuthor(context.understood.question.text))) return false;
  if (intent === 'role' && AUTHOR_OF_A_WORK.test(context.understood.question.text)) return true;
  const work = TITLED_WORK.exec(foldText(context.understood.question.text))?.[1];
  if (work === undefined) return false;
  return intent === 'agreements' || !namesThisReport(work, foldText(context.article.title));
}

/**
 * Whether a work named in title marks is this report, by its headline: the headline itself, or most
 * of it. A headline that names a work among other words (乐团巡演归来 原创作品《某某》获满堂彩) reports
 * on that work; the work's author is someone in the story, not the byline.
 */
function namesThisReport(work: string, title: string): boolean {
  const bare = (text: string) => text.replace(/[\s《》〈〉“”"'：:，,。！？!?]/gu, '');
  return bare(title).includes(bare(work)) && bare(work).length >= THIS_REPORT_SHARE * bare(title).length;
}

/** How much of the headline a work named must be to be taken for the report itself. */
const THIS_REPORT_SHARE = 0.8;

export function respond(intent: Intent, context: AskContext): Draft {
  // A name asked of someone the article describes but never names: no responder has it, and each
  // would offer the nearest name instead (the finder's, for the lost girl's).
  const unnamed = unnamedDescription(context);
  if (unnamed) return unnamedRefusal(unnamed, context);
  // "是新场地还是临时场地？": the alternative the article states, whatever the wording's intent.
  if (intent !== 'summary') {
    const chosen = respondChoice(context);
    if (chosen) return chosen;
  }
  if (namesWork(intent, context)) return respondByReading(context);
  // "谁说…？": the speaker of the remark quoted, from the article's statements.
  const speaker = respondSpeaker(context);
  if (speaker) return speaker;
  // "这条消息是在哪里发出的？": the dateline's place.
  const filed = respondFiledFrom(context);
  if (filed) return filed;
  const answers = RESPONDER_ANSWERS[intent];
  if (answers) {
    // Only the question's wording decides (cheap); the article is read only when it asks for something else.
    const asked = analyseQuestion(foldText(context.understood.question.text));
    // Without an asking word of its own a question is typed 'thing' by default, which says nothing;
    // an English asking word (why, who) types it without a place in the text.
    const typed = asked.cue !== undefined || asked.type !== 'thing';
    if (typed && !answers(asked)) return respondByReading(context);
  }
  // Asked for someone of a named person (张三的丈夫是谁), the named one's words are not it.
  // Nor, asked who someone is (是谁, who is), are the words of whoever else the posts name.
  // Nor, asked someone's post (什么职务, what is X's job), is what they said: a post not found is read for.
  const identity = intent === 'role' && (asksSomeoneOf(context.understood.question.text, context.understood.people) !== undefined || ASKS_IDENTITY.test(context.understood.question.text) || (ASKS_POST.test(context.understood.question.text) && !pointsAtSomeone(context.understood.question.text)));
  const responders = identity ? [respondRole] : RESPONDERS[intent];
  for (const responder of responders) {
    const draft = responder(context);
    if (draft) return draft;
  }
  const reading = readArticle(context);
  // Asked in words the intent table does not know ("in one line, what's the news?"), a summary is still a summary.
  if (reading.question.type === 'summary') return respondSummary(context);
  return respondByReading(context, reading);
}

/**
 * Whether an intent is answered from the extracted facts (people, documents, places, statements)
 * before any reading: those responders cannot tell a question about something the article lacks,
 * so a name or figure the article never mentions is refused before them. Everything else is read,
 * and the reader's decision model weighs what is missing itself.
 */
export function answersFromFacts(intent: Intent): boolean {
  // A summary names nothing to lack ("tl;dr of this article?"): it quotes the lead whatever is asked.
  return intent !== 'summary' && RESPONDERS[intent].length > 0;
}
