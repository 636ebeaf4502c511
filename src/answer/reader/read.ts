import { tagWords } from '../../language/segmenter.js';
import { thePreviousOne } from './previous-occurrence.js';
import type { AnalysedQuestion } from './analyse.js';
import { ANSWERING_KINDS, MONEY_UNITS, PEOPLE_MEASURES, SAID_CUES, SCORE_BETWEEN, SCORE_UNIT, WHICH_MEASURES, type AnswerType } from './answer-types.js';
import { CLAUSE_ENDS, clauseAround, completePhrase, endingAt, HOLDS_CLAUSE_END, institutionFrom, proposeCandidates, wholeEnumeration, type Candidate, type SpanKind } from './candidates.js';
import { COUNTING_ONE_BY_ONE, IN_TENTHS, MEASURE_AHEAD, ORDINAL_TEXT, rankUnaskedIn } from './figures.js';
import { askedCalendarUnit, asksFigure, monthsNotAnAge, asksFrequency, asksInOwnUnits, EVERY_PERIOD, countsOtherThanPeople, FIGURE_RUN, figureInUnits, holdsAskedForm, IN_ALL, writesCalendarUnit, writesDuration, writesTime } from './asked-form.js';
import { SPEECH_VERB_PATTERN } from '../../language/speech-verbs.js';
import { balanced, dayNamed, PERSON_TAG, personAlone, trimmed, wholeDuration, wholeSpan, withItsFigure, yearAsked, yearNamed } from './span-edges.js';
import { ACROSS_GAP, ALIGNED, alignmentAfter, alignmentBefore, placeScore, sentenceFeatures, spanFeatures, type Emit } from './features.js';
import { softmax, type LinearModel } from './model.js';
import { orderDescending } from './order.js';
import type { PreparedArticle, PreparedSentence } from './prepare.js';
import { sentenceProbabilities, spanMasses } from './sentence-choice.js';
import { askedAttribute, attributeSaid } from './attribute.js';
import { agreement, choose, CONSENSUS, likelyRival } from './choose.js';
import { listBeforeClass, memberAsked, nounClassAsked, ofClassAlone, thingUsed } from './class-member.js';
import { inTheYearAsked, ofTheYearAsked } from './year-asked.js';
import { asksWhere, locatedAt, locativeObjects, objectAround } from './locative.js';
import { aboutAnotherMember } from './series.js';
import { askedNameWords } from './other-name.js';
import { askedNameOf, ASKS_FOR_NAME, namingEnds } from './asked-name.js';
import { anotherName, defined, ofTheAttribute } from './worded.js';
import { reasonAfter, reasonBefore } from './reason.js';
import { askedFrame, frameFilled } from './frame.js';
import { leftOutSubject } from './subject.js';
import { pointedAt } from './pointed-at.js';
import { ofTheSegmentAsked, theEndAsked, theSumAsked, notThePart, thePartNamed } from './ends-and-sums.js';
import { theExtremeListed, theSumOfTheParts } from './listed-figures.js';
import { ofTheClauseNamed } from './parallel-clause.js';
import { theHeadlineFigure } from './headline-figure.js';
import { asksChange, theChangeAsked } from './change-asked.js';
import { SECOND_SHARE, valuesOfEach } from './values-of-each.js';
import { valueInTurn } from './in-turn.js';
import { afterMeasureWord } from './measure-named.js';
import { countedElsewhere } from './counted-elsewhere.js';
import { enumerations, groupCount } from './counted-not-named.js';
import { groupListed, pairOfClassWritten } from './group-listed.js';
import { theValueChangedTo } from './changed-to.js';
import { theFigureInside } from './figure-inside.js';
import { theEventsDay, reportingDay } from './reporting-day.js';
import { gapToMatch, lookCloser, questionGrams, scoreSentences, type QuestionGrams, type ScoredSentence } from './retrieve.js';

/** Sentences whose spans are read: the best few by retrieval (the ranker weighs the rank itself). */
const READ_SENTENCES = 6;
/** …as long as they hold no more words than this between them: a few very long sentences are enough. */
const READ_WORDS = 360;
/** A word run is a candidate only within this many characters of a character the question matched. */
const NEAR = 24;

/** Whether [start, end) lies within NEAR characters of a matched character. */
function nearMatch(matched: Uint8Array): (start: number, end: number) => boolean {
  // Distance to the closest matched character on each side, computed once per sentence.
  const n = matched.length;
  const left = new Int32Array(n + 1).fill(1 << 20);
  const right = new Int32Array(n + 1).fill(1 << 20);
  let last = -(1 << 20);
  for (let i = 0; i < n; i++) {
    if (matched[i]) last = i;
    left[i] = i - last;
  }
  last = 1 << 20;
  for (let i = n - 1; i >= 0; i--) {
    if (matched[i]) last = i;
    right[i] = last - i;
  }
  return (start, end) => {
    if (start >= n) return false;
    // Matched inside the span, or close before its start or after its end.
    if (right[start]! < end - start) return true;
    return left[start]! <= NEAR || (end - 1 < n && right[end - 1]! <= NEAR);
  };
}

export interface Proposal {
  scored: ScoredSentence;
  candidate: Candidate;
}

export interface Gathered {
  grams: QuestionGrams;
  ranked: ScoredSentence[];
  proposals: Proposal[];
  /** The one sentence opening with the attribute the question asks about, and where it says it (attribute.ts). */
  attribute?: { sentence: PreparedSentence; said: number };
}

/** Retrieval and candidate spans for one question: what the ranker chooses among. */
export function gather(prepared: PreparedArticle, question: AnalysedQuestion): Gathered {
  const grams = questionGrams(prepared, question);
  const ranked = scoreSentences(prepared, grams, question);
  const proposals: Proposal[] = [];
  const take = (scored: ScoredSentence, candidates: readonly Candidate[]) => {
    for (const candidate of candidates) {
      // The report's credit (中新社柏林…电（记者 …）) answers only a question about the report's source.
      if (candidate.start < scored.sentence.credit && !question.asksSource) continue;
      proposals.push({ scored, candidate });
      for (const kind of candidate.kinds) scored.kinds.add(kind);
    }
  };
  const propose = (scored: ScoredSentence, near: (start: number, end: number) => boolean) => take(scored, proposeCandidates(scored.sentence, near));
  let words = 0;
  const read: ScoredSentence[] = [];
  for (const scored of ranked.slice(0, READ_SENTENCES)) {
    if ((scored.relative <= 0 && scored.rank > 0) || (words > READ_WORDS && scored.rank > 0)) break;
    words += scored.sentence.tokens.length;
    read.push(scored);
    propose(scored, nearMatch(scored.matched));
  }
  // "某某银行去年收入多少？": the name the question gives is the title's, and every sentence about the
  // company repeats it, each of its bigrams outweighing the one word that says what is asked (收入 of
  // 营业收入). When no sentence read holds any of the question's words outside the title, the one that
  // holds most of them is read too.
  if (!read.some((s) => s.offTitle > 0)) {
    const offTitle = ranked.slice(read.length).filter((s) => s.offTitle > 0).sort((a, b) => b.offTitle - a.offTitle || a.rank - b.rank)[0];
    if (offTitle) {
      read.push(offTitle);
      propose(offTitle, nearMatch(offTitle.matched));
    }
  }
  // An interview's question (问：七连屿的珊瑚礁退化到了什么程度？) matches a user's question best and
  // answers nothing: the answer is the paragraph after it, whose first sentences are read in its place.
  for (const scored of [...read]) {
    if (!INTERVIEW_QUESTION.test(scored.sentence.text)) continue;
    const answers = ranked.filter((s) => s.sentence.paragraph === scored.sentence.paragraph + 1 && s.sentence.sentence < ANSWER_SENTENCES && !read.includes(s));
    for (const answer of answers) {
      if (answer.matched.length === 0) lookCloser(answer, grams, question);
      read.push(answer);
      propose(answer, () => true);
    }
  }
  // "他今年多大？": when nothing proposed is a figure in the asked unit (岁), the question's words may
  // all stand elsewhere (他 is the man the article is about): such figures in the sentences read are
  // proposed however far they stand (老人现年62岁), or, when none holds one, in the best-matching
  // sentence that does.
  const inUnit = askedFigure(question);
  if (inUnit && !proposals.some((p) => p.candidate.kinds.includes('number') && inUnit.test(p.candidate.text) && !monthsNotAnAge(p, question))) {
    const figureInUnit = (scored: ScoredSentence) => (start: number, end: number) => end - start <= FIGURE_CHARS && inUnit.test(scored.sentence.text.slice(start, end));
    const holding = read.filter((s) => inUnit.test(s.sentence.text));
    const extra = holding.length > 0 ? holding : ranked.slice(read.length).filter((s) => inUnit.test(s.sentence.text)).slice(0, 1);
    for (const scored of extra) propose(scored, figureInUnit(scored));
  }
  // "两名游客被困了多久？": when nothing read offers a span of the form asked (a length of time, a
  // date, a figure), the next sentences that share a word with the question and offer one are read
  // for such spans: the words around the answer may be worded unlike the question's (困在山上大约6小时).
  // …and a time of day (几点) or a length of time asked is looked for the same way where no sentence
  // read tells one as news does: a clock time (演出于当晚20时整开始), an event's length (历时9小时40分钟;
  // another length read, 24小时内, is of something else). Then only sentences telling one are read.
  const form = formKinds(question);
  const tells = TIMES_ASKED.find((t) => t.kept && t.asks.test(question.text))?.writes ?? (question.type === 'duration' ? EVENT_LENGTH : undefined);
  const untold = tells !== undefined && !read.some((s) => tells.test(s.sentence.text));
  const ofForm = (candidate: Candidate) => form !== undefined && candidate.kinds.some((k) => form.includes(k));
  const offersForm = () => proposals.some((p) => ofForm(p.candidate));
  // The sentences read first: the best one may hold the form far from the words it shares with the
  // question (竹简…整个保护过程预计需要2至3年, asked how long the conservation of the slips takes).
  if (form && !offersForm()) {
    for (const scored of read) take(scored, proposeCandidates(scored.sentence, (start, end) => !nearMatch(scored.matched)(start, end)).filter(ofForm));
  }
  if (form && (untold || !offersForm())) {
    let added = 0;
    for (const scored of ranked.slice(read.length)) {
      if (scored.relative <= 0 || added >= FORM_SENTENCES) break;
      if (untold && !tells.test(scored.sentence.text) && offersForm()) continue;
      const offered = proposeCandidates(scored.sentence, () => true).filter(ofForm);
      if (offered.length === 0) continue;
      if (scored.matched.length === 0) lookCloser(scored, grams, question);
      take(scored, offered);
      added++;
    }
  }
  // "X的天敌有哪些？": the sentence that opens with the attribute asked is read wherever retrieval
  // ranks it — it leaves the subject the question names out (attribute.ts). Where several open with
  // it (花为总状花序…; 花白色…), the first: an entry introduces a part before it goes on about it.
  const asked = askedAttribute(question, prepared.article.title);
  let first: { scored: ScoredSentence; said: number } | undefined;
  for (const scored of asked ? ranked : []) {
    const said = attributeSaid(scored.sentence, asked!);
    if (said >= 0 && (!first || scored.sentence.order < first.scored.sentence.order)) first = { scored, said };
  }
  const attribute = first && { sentence: first.scored.sentence, said: first.said };
  // "巡演去了哪五个国家？": a group asked by its count is named where the article lists that many
  // things (先后到访奥地利、德国、捷克、荷兰、丹麦5国), which the sentences most like the question may
  // not be (共在5个国家的12座城市演出): the first such sentence sharing a word with the question is read too.
  // …and a pair asked of a class (哪两类价格) where a sentence names two of its members (交通通信类和居住类).
  const pairWritten = pairOfClassWritten(question);
  if (pairWritten && !read.some((s) => pairWritten(s.sentence.text))) {
    const pair = ranked.slice(read.length).find((s) => s.relative > 0 && pairWritten(s.sentence.text));
    if (pair) {
      if (pair.matched.length === 0) lookCloser(pair, grams, question);
      propose(pair, () => true);
    }
  }
  const group = groupCount(question);
  if (group !== undefined && !read.some((s) => enumerations(s.sentence.text).includes(group))) {
    const listing = ranked.slice(read.length).find((s) => s.relative > 0 && enumerations(s.sentence.text).includes(group));
    if (listing) {
      if (listing.matched.length === 0) lookCloser(listing, grams, question);
      propose(listing, () => true);
    }
  }
  if (first && !read.includes(first.scored)) propose(first.scored, () => true);
  // (Anchored at its start, the test fails on a sentence's first character but in an interview.)
  const answered = proposals.filter((p) => !INTERVIEW_QUESTION.test(p.scored.sentence.text));
  return { grams, ranked, proposals: answered.length > 0 ? answered : proposals, attribute };
}

/** An interviewer's question as a Q&A article prints it: 问：…？ (or 记者：, 主持人：, Q：). */
const INTERVIEW_QUESTION = /^(?:问|問|记者|主持人|Q)\s*[：:][^。]*[？?]$/u;
/** How many sentences of the answer after an interview's question are read. */
const ANSWER_SENTENCES = 2;

/** Types asked in a form the reader knows by its writing: a span of it is looked for further down when nothing read offers one. */
const FORM_TYPES: ReadonlySet<AnswerType> = new Set(['date', 'duration', 'number', 'ordinal']);

/** The kinds of span that answer a question asked in such a form; undefined for any other question. */
function formKinds(question: AnalysedQuestion): readonly SpanKind[] | undefined {
  return FORM_TYPES.has(question.type) ? ANSWERING_KINDS[question.type] : undefined;
}
/** How many further sentences are read for them. */
const FORM_SENTENCES = 2;

/**
 * An event's length as news tells it: a verb of lasting and a figure (历时9小时, 持续约22分钟, 为期3天),
 * or 经过 and a length of time (经过约52小时的连续救援) — not 经过 and any figure (经过5号线 passes by).
 */
const EVENT_LENGTH = /(?:历时|耗时|用时|历经|持续|为期|长达)约?\d|经过(?:约|近|整整)?[\d一二三四五六七八九十两几半]+(?:多|余)?个?(?:小时|天|日|周|星期|月|年|分钟|昼夜)/u;

/** Longest span taken as a figure in the asked unit wherever it stands (一千二百五十万余名). */
const FIGURE_CHARS = 12;

/** A figure written in one of the question's asked units (62岁, 30多公里), if it asks in any. */
function askedFigure(question: AnalysedQuestion): RegExp | undefined {
  // 个 counts anything (几个孩子 is answered 3名子女): it says nothing of which figure answers. A sum
  // of money far from the question's words is the price of something else (the article's other 亿元).
  const units = question.units.filter((u) => u !== '个' && !MONEY_UNITS.includes(u));
  if (question.type !== 'number' || units.length === 0) return undefined;
  return figureInUnits(units);
}

/**
 * Each span's question-independent score, per model and answer type: spans are kept with their
 * article. Looked up per model and type once per question, then once per span: a lookup per span and
 * level was a tenth of the time of a question over a long sentence's hundreds of spans.
 */
const spanScores = new WeakMap<LinearModel, Map<AnswerType, WeakMap<Candidate, number>>>();

function spanScoresOf(model: LinearModel, type: AnswerType): WeakMap<Candidate, number> {
  let byType = spanScores.get(model);
  if (!byType) spanScores.set(model, (byType = new Map()));
  let byCandidate = byType.get(type);
  if (!byCandidate) byType.set(type, (byCandidate = new WeakMap()));
  return byCandidate;
}

function spanScore(model: LinearModel, type: AnswerType, scores: WeakMap<Candidate, number>, proposal: Proposal): number {
  let score = scores.get(proposal.candidate);
  if (score === undefined) {
    let sum = 0;
    spanFeatures(type, proposal.scored.sentence, proposal.candidate, (name, value) => {
      sum += (model.weights.get(name) ?? 0) * value;
    });
    scores.set(proposal.candidate, (score = sum));
  }
  return score;
}

export interface Reading {
  article: PreparedArticle;
  question: AnalysedQuestion;
  ranked: ScoredSentence[];
  grams: QuestionGrams;
  /** Candidates best first with their probability under the ranker (softmax over all candidates). */
  spans: ScoredSpan[];
  /** The span to answer with: the one the likely spans agree on most (see `choose`). */
  best?: ScoredSpan;
  /** For a question asking two values (哪天几点), the likeliest other span of the asked kind, near the first. */
  second?: ScoredSpan;
  /**
   * For a question asking who or what did what the chosen sentence says, when that sentence leaves
   * its subject out (建立某某学会，…) or says it with a pronoun (他是…): the subject as an earlier
   * sentence names it (subject.ts) — the answer, while `best` stays the evidence the decision weighs.
   */
  subject?: ScoredSpan;
  /**
   * For a "why" question whose chosen span is a consequence opening its sentence (因此X。), the
   * sentence before it, which gives the reason (reason.ts) — the answer, while `best` stays the evidence.
   */
  reason?: ScoredSpan;
}

export interface ScoredSpan {
  proposal: Proposal;
  probability: number;
  score: number;
}

/** The clause of its sentence a span stands in. */
export function clauseOf({ proposal: { candidate, scored } }: ScoredSpan): string {
  const [from, to] = clauseAround(scored.sentence.text, candidate.start, candidate.end);
  return scored.sentence.text.slice(from, to);
}

/** A figure this much less likely than the chosen one can still take its place by standing beside what the question names. */
const BESIDE_SHARE = 0.5;

/**
 * "How many volunteers": of two figures in the chosen sentence, the one standing right beside the
 * word the question names (志愿者6000余名) is its value, unless the ranker is far surer of the other.
 */
function beside(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  if (!chosen || question.type !== 'number' || !chosen.proposal.candidate.kinds.includes('number') || gapToMatch(chosen.proposal.scored.matched, chosen.proposal.candidate.start, chosen.proposal.candidate.end) === 0) return chosen;
  const rival = spans.find(
    (s) =>
      s.proposal.scored === chosen.proposal.scored &&
      s.proposal.candidate.kinds.includes('number') &&
      s.probability >= BESIDE_SHARE * chosen.probability &&
      gapToMatch(s.proposal.scored.matched, s.proposal.candidate.start, s.proposal.candidate.end) === 0,
  );
  return rival ?? chosen;
}

/** A span of the asked form in a sentence holding every word of the question can take the place of one this much likelier. */
const ALL_WORDS_SHARE = 0.05;

/**
 * "台风是什么时候登陆的？" where the chosen date is one of a sentence that never writes 登陆 (a
 * response raised on 4日12时), and the lead, long and so less liked, writes every word of the
 * question beside a date: a value of the asked form is taken from a sentence holding all the
 * question's words when the chosen one's sentence lacks some, unless the ranker is far surer of it.
 */
function whereAllWordsStand(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  const kinds = formKinds(question);
  if (!chosen || !kinds || question.english) return chosen;
  const words = question.terms.filter((t) => /^(?:\p{Script=Han}{2,}|[a-z\d]{2,})$/iu.test(t)).map((t) => t.toLowerCase());
  if (words.length === 0) return chosen;
  const holdsAll = (text: string) => words.every((w) => text.toLowerCase().includes(w));
  if (holdsAll(chosen.proposal.scored.sentence.text)) return chosen;
  return likelyRival(spans, chosen, ALL_WORDS_SHARE, (s) => kinds.some((k) => s.proposal.candidate.kinds.includes(k)) && holdsAll(s.proposal.scored.sentence.text));
}

/** A figure right after both of the question's words can take the place of one this much likelier. */
const BOTH_WORDS_SHARE = 0.1;

/**
 * "净利润下滑了多少？" of "净利润下滑41.3%…，营收也下滑逾20%": of the figures of the chosen
 * sentence, the one the article writes right after both words the question writes before its
 * asking word is the one asked, not one after the last word alone.
 */
function afterBothWords(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  if (!chosen || question.type !== 'number' || question.english || question.before.length !== 2) return chosen;
  const words = question.before.join('');
  const both = (s: ScoredSpan) => s.proposal.scored.sentence.text.slice(0, s.proposal.candidate.start).endsWith(words);
  if (both(chosen)) return chosen;
  return likelyRival(spans, chosen, BOTH_WORDS_SHARE, (s) => s.proposal.scored === chosen.proposal.scored && s.proposal.candidate.kinds.includes('number') && both(s));
}

/** How far after the question's superlative (最快只需35分钟) its figure may stand. */
const SUPERLATIVE_REACH = 4;

/**
 * "最快要多长时间？" of "过去需要约70分钟，如今最快只需35分钟": of the chosen
 * sentence's figures, the one the question's superlative (最快, 最高, 最多) stands right before is
 * the one asked, when exactly one does; news sets the extreme beside the usual value.
 */
function afterSuperlative(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  const kinds = ANSWERING_KINDS[question.type];
  if (!chosen || !kinds || (question.type !== 'number' && question.type !== 'duration') || question.english) return chosen;
  const superlative = SUPERLATIVE.exec(question.text)?.[0];
  if (!superlative) return chosen;
  const { text } = chosen.proposal.scored.sentence;
  const after = (s: ScoredSpan) => {
    const at = text.lastIndexOf(superlative, s.proposal.candidate.start);
    return at >= 0 && s.proposal.candidate.start - (at + superlative.length) <= SUPERLATIVE_REACH;
  };
  if (after(chosen)) return chosen;
  // A figure in a Latin unit (120kW) is one, though jieba tags its unit a foreign word.
  const figure = (s: ScoredSpan) => kinds.some((k) => s.proposal.candidate.kinds.includes(k)) || LATIN_UNIT_FIGURE.test(s.proposal.candidate.text);
  const figures = spans.slice(0, CONSENSUS).filter((s) => s.proposal.scored === chosen.proposal.scored && figure(s) && after(s));
  const starts = new Set(figures.map((s) => s.proposal.candidate.start));
  // One figure, with its unit when a span gives it (120kW, not 120).
  return starts.size === 1 ? figures.sort((a, b) => b.proposal.candidate.end - a.proposal.candidate.end)[0]! : chosen;
}

/** A figure and a unit in Latin letters: 120kW, 1.6 km. */
const LATIN_UNIT_FIGURE = /^\d[\d.,]*\s?[A-Za-z]+$/u;

/** A superlative a question qualifies its figure with (最快要多久, 最高票价多少). */
const SUPERLATIVE = /最(?:快|慢|高|低|多|少|大|小|长|短|早|晚|远|近)/u;

/** A date or figure right before the question's verb can take the place of one this much likelier. */
const BEFORE_VERB_SHARE = 0.3;

/** Words a question sets before its verb that an article often leaves out: the passive 被, 将, 已. */
const LEFT_OUT_BEFORE_VERB = new Set(['被', '将', '已', '已经', '曾', '曾经']);

/**
 * "什么时候被移送审查起诉？" of "同年5月12日，某某被批准逮捕，2019年3月8日移送审查起诉": of the
 * dates or figures of the chosen sentence, the one the article writes right before the question's
 * verb after its asking word (移送, the 被 before it left out) dates or counts that act, not the one
 * nearer the question's other words.
 */
function beforeQuestionVerb(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  if (!chosen || (question.type !== 'date' && question.type !== 'number') || question.english) return chosen;
  const verb = question.after.find((w) => !LEFT_OUT_BEFORE_VERB.has(w));
  if (verb === undefined || verb.length < 2 || !/^v/u.test(tagWords(verb)[0]?.tag ?? '')) return chosen;
  const kind = question.type === 'date' ? 'date' : 'number';
  const before = (s: ScoredSpan) => s.proposal.scored.sentence.text.startsWith(verb, s.proposal.candidate.end);
  if (before(chosen)) return chosen;
  return likelyRival(spans, chosen, BEFORE_VERB_SHARE, (s) => s.proposal.scored === chosen.proposal.scored && s.proposal.candidate.kinds.includes(kind) && before(s));
}

/**
 * "5号线一期是哪一天开通的？" of a report whose lead says 5月20日上午9时，…5号线一期工程…举行开通
 * 仪式: a question every word of which the headline or the lead writes asks the when or where of
 * the event the report is about, which its lead gives (news puts it there), not a date of another
 * event a later sentence ties to some of the same words (于2019年3月开工建设). Only in a report,
 * whose lead opens on its credit (新华社某地…电, 本报讯（记者…）): an entry has no such lead.
 */
function ofTheReportedEvent(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion, prepared: PreparedArticle): ScoredSpan | undefined {
  const kinds = EVENT_KINDS[question.type];
  const lead = prepared.sentences.find((s) => s.credit > 0);
  if (!chosen || !kinds || !lead || chosen.proposal.scored.sentence === lead) return chosen;
  const story = lead.text.slice(lead.credit);
  const title = prepared.article.title.toLowerCase();
  const terms = question.terms.map((t) => t.toLowerCase()).filter((t) => t.length >= 2);
  if (terms.length === 0 || !terms.every((t) => story.includes(t) || title.includes(t))) return chosen;
  // Not the day the reporter learnt of it (记者22日从…获悉), which the lead gives too.
  return spans.find((s) => s.proposal.scored.sentence === lead && s.proposal.candidate.start >= lead.credit && kinds.some((k) => s.proposal.candidate.kinds.includes(k)) && !reportingDay(s)) ?? chosen;
}

/** The kinds that give the when or the where of an event. */
const EVENT_KINDS: Partial<Record<AnswerType, readonly SpanKind[]>> = { date: ['date'], place: ['place'] };

/** A count can take the place of a likelier percentage down to this share of its probability. */
const COUNT_SHARE = 0.1;

/**
 * "How many phones…?" counts: a percentage (98.5%, the share they are of) is no answer to it, and
 * a figure of the same sentence that is no percentage takes its place. (A Chinese count names its
 * measure word, 多少部, which the rules of the asked unit read.)
 */
function countNotShare(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  // A share in tenths (份额约为一成五, 三成) is one as much as 15% is.
  const share = (s: ScoredSpan) => s.proposal.candidate.kinds.includes('percent') || IN_TENTHS.test(s.proposal.candidate.text);
  if (!chosen || question.englishCue !== 'how many' || !share(chosen)) return chosen;
  const count = (s: ScoredSpan) => s.proposal.scored === chosen.proposal.scored && s.proposal.candidate.kinds.includes('number') && !share(s);
  return likelyRival(spans, chosen, COUNT_SHARE, count);
}

/** How much likelier than a figure before the noun counted one after it must be to stand (countingAsked). */
const LISTED_AFTER_ODDS = 3;

/** The verbs a question writes before its asking word (销售 of 销售了多少瓶); not a word saying the figure is a sum (共计, which jieba tags a verb). */
function askedVerbs(question: AnalysedQuestion): string[] {
  return question.before.filter((w) => w.length >= 2 && !IN_ALL.has(w) && /^v/u.test(tagWords(w)[0]?.tag ?? ''));
}

/** How far before a figure a verb may lead it across the noun counted (交付新车28,514辆). */
const VERB_LEADS = 6;

/** Whether one of the verbs stands before a span: right before it (a hedge between at most), or within `reach` characters more. */
function verbLeads(span: ScoredSpan, verbs: readonly string[], reach: number): boolean {
  const lead = span.proposal.scored.sentence.text.slice(0, span.proposal.candidate.start).replace(/(?:了|出|共|约|达|近|超过)$/u, '');
  const tail = lead.slice(-(reach + Math.max(...verbs.map((v) => v.length))));
  return verbs.some((v) => (reach === 0 ? lead.endsWith(v) : tail.includes(v)));
}

/**
 * "该系统有几颗XYZ卫星？": of the figures of the chosen sentence (20颗ABC卫星、4颗DEFG卫星和2颗XYZ卫星),
 * the one written right before what the question counts answers, or, when none is, the one right
 * after it (设站点18个、投入人员600名). The rarest counted word decides
 * (XYZ before 卫星, which every figure there counts), and only when exactly one figure counts it.
 */
function countingAsked(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion, prepared: PreparedArticle): ScoredSpan | undefined {
  // A rate asked (同比, year on year) counts nothing: the figure after the noun is the sum, not it;
  // nor does a change asked (how much did net profit fall: 同比下降3.1%, not the 9.84亿元 after 净利润).
  if (!chosen || question.type !== 'number' || question.units.includes('%') || asksChange(question.text)) return chosen;
  // What is counted follows the asking word (几颗 XYZ 卫星); an English question's mapped words stand for
  // it. A unit is how the figure is written, not what it counts (多少立方公尺, 多少kW).
  const rarity = new Map(
    (question.english ? question.terms : question.after)
      .filter((t) => t.length >= 2 && !UNIT_WORD.test(t) && !question.units.includes(t))
      .map((t) => [t.toLowerCase(), occurrences(prepared.text, t.toLowerCase())] as const),
  );
  const counted = [...rarity.keys()].sort((a, b) => rarity.get(a)! - rarity.get(b)!);
  const { text } = chosen.proposal.scored.sentence;
  // Past the measure word a bare figure leaves out (2 颗XYZ).
  const before = (s: ScoredSpan, noun: string) => text.slice(s.proposal.candidate.end).replace(MEASURE_AHEAD, '').toLowerCase().startsWith(noun);
  // Or right after it, as news lists what was counted (投入志愿者6000余名).
  const after = (s: ScoredSpan, noun: string) => {
    const lead = text.slice(0, s.proposal.candidate.start).toLowerCase();
    return givenTo(lead, noun, lead.length);
  };
  // A figure in the unit asked (50万元 for "how much money") stands against one that is not (三次).
  // (A bare figure with its measure word after it, 2 颗, is in the unit.)
  const withMeasure = (s: ScoredSpan) => s.proposal.candidate.text + (MEASURE_AHEAD.exec(s.proposal.scored.sentence.text.slice(s.proposal.candidate.end))?.[0] ?? '');
  const inUnit = (s: ScoredSpan) => question.units.length === 0 || holdsAskedForm(withMeasure(s).replace(/\s+/gu, ''), question);
  const chosenInUnit = inUnit(chosen);
  // In the very measure asked (58艘 for 几艘), it stands against one in another measure of single
  // things (12条…航线), which counts something else.
  const exact = (s: ScoredSpan) => question.units.length > 0 && figureInUnits(question.units).test(withMeasure(s).replace(/\s+/gu, ''));
  const chosenExact = exact(chosen);
  // Not a figure the question writes itself (24 of "within 24 hours"): what it counts is the question's own.
  // A figure right after the question's own verb (已销售约6500瓶 for 销售了多少瓶酱油) stands against one
  // beside the counted noun that the verb does not lead (灌装酱油约8000瓶), not one it does (交付新车28,514辆).
  const verbs = askedVerbs(question);
  const verbed = verbs.length > 0 && verbLeads(chosen, verbs, 0);
  const figures = spans.filter((s) => s.proposal.scored === chosen.proposal.scored && s.proposal.candidate.kinds.includes('number') && (!chosenInUnit || inUnit(s)) && (!chosenExact || exact(s)) && !figureOfQuestion(s.proposal.candidate.text, question) && (!verbed || verbLeads(s, verbs, VERB_LEADS)));
  for (const noun of counted) {
    const counters = figures.filter((s) => before(s, noun));
    const counting = oneFigure(counters);
    // Several figures count it (十二个乡镇…三个乡镇): the one whose clause says what the question asks.
    if (counting === null) return inAskedClause(counters) ?? chosen;
    if (before(chosen, noun)) return chosen;
    // A figure right after the noun (开放雪道6条) that the ranker holds far likelier than one right
    // before it (64条雪道) stands: news counts a thing either way, and the rest of the question decides.
    if (counting !== undefined && after(chosen, noun) && chosen.probability >= LISTED_AFTER_ODDS * counting.probability) return chosen;
    if (counting !== undefined) return counting;
    if (after(chosen, noun)) return chosen;
    const given = oneFigure(figures.filter((s) => after(s, noun)));
    if (given !== undefined) return given ?? chosen;
  }
  return chosen;
}

/**
 * Characters the question matched from the figure to the end of what it counts: up to the next figure,
 * a 、 or a clause mark (a word that is one, as candidates.ts cuts clauses, so 5,280 stays whole). So
 * 三个 | 乡镇的常住人口超过 of …其中三个乡镇的常住人口超过十万, and, asked of the league title,
 * 7次 | 某某联赛冠军、 before 4次 | 某某杯及 | 3次某某超级杯.
 */
function matchedAfter(s: ScoredSpan): number {
  const { sentence, matched } = s.proposal.scored;
  const { first, last } = s.proposal.candidate;
  let n = 0;
  for (let t = first; t < sentence.tokens.length; t++) {
    const token = sentence.tokens[t]!;
    if (CLAUSE_ENDS.includes(token.word) || token.word === '、' || (t > last && (token.tag === 'm' || /\d/u.test(token.word)))) break;
    for (let i = token.start; i < token.end; i++) n += matched[i] ?? 0;
  }
  return n;
}

/**
 * "有几个乡镇的常住人口超过十万？", of 全县共有十二个乡镇，其中三个乡镇的常住人口超过十万: where several
 * figures count what the question counts, the one after which its clause goes on to say more of what
 * the question asks (三个). Only the words after the figure weigh: the clause's subject, before it
 * (该校是一所研究型大学，共设有60个研究中心, asked 该校设有几个研究中心), is named in the question
 * whichever figure answers. Undefined on a tie.
 */
function inAskedClause(counters: readonly ScoredSpan[]): ScoredSpan | undefined {
  const byStart = new Map<number, ScoredSpan[]>();
  for (const s of counters) {
    const same = byStart.get(s.proposal.candidate.start);
    if (same) same.push(s);
    else byStart.set(s.proposal.candidate.start, [s]);
  }
  const ranked = [...byStart.values()].map((same) => ({ figure: oneFigure(same)!, matched: matchedAfter(same[0]!) })).sort((a, b) => b.matched - a.matched);
  return ranked.length > 1 && ranked[0]!.matched > ranked[1]!.matched ? ranked[0]!.figure : undefined;
}

/**
 * Of spans that each give a figure: the one figure they give, written with its measure word (6000余名,
 * not 6000, when both were read); null when they give several, undefined when none.
 */
function oneFigure(spans: readonly ScoredSpan[]): ScoredSpan | null | undefined {
  if (spans.length === 0) return undefined;
  const starts = new Set(spans.map((s) => s.proposal.candidate.start));
  if (starts.size > 1) return null;
  return spans.reduce((a, b) => (b.proposal.candidate.end > a.proposal.candidate.end ? b : a));
}

/** Words that are units of measure, in either script: the form of a figure, not the thing counted. */
const UNIT_WORD = /^(?:平方|立方)?(?:公|千|厘|毫)?[米尺里斤克顷分厘]$|^(?:平方|立方|吨|[万亿千百]?元)$|^(?:k?m|cm|mm|km²|m²|kg|g|t|[kmg]?w|[kmg]wh|[kmg]?hz|[kmgt]b)$/iu;

function occurrences(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) n++;
  return n;
}

/** Words between a noun and the value it is given (毛利率为21.5%, 人口约30万). */
const GIVES_VALUE = /^(?:为|是|达|达到|约|约为|有|共|：|:)?$/u;

/** Whether the figure starting at `start` is the value of `noun` written before it (志愿者6000余名, 毛利率为21.5%). */
function givenTo(text: string, noun: string, start: number): boolean {
  const at = text.lastIndexOf(noun, start - noun.length);
  return at >= 0 && at + noun.length <= start && GIVES_VALUE.test(text.slice(at + noun.length, start));
}

/** The noun a figure is asked of, as the question writes it right before the asking words (毛利 + 率). */
function askedNoun(question: AnalysedQuestion): string | undefined {
  return nounEnding(question.before, question.text);
}

/** The noun the last of `words` ends, in the question's `text`. */
function nounEnding(words: readonly string[], text: string): string | undefined {
  const [first, last] = words.length >= 2 ? words.slice(-2) : [undefined, words[0]];
  if (!last) return undefined;
  // A one-character word ends the noun jieba cut apart (毛利 + 率); a longer one is the noun itself.
  const joined = last.length === 1 && first !== undefined && text.includes(first + last) ? first + last : last;
  return joined.length >= 2 ? joined : undefined;
}

/** Words a question writes between the noun it asks the figure of and its asking word (产能现在有多大, 人口目前大约是多少). */
const BEFORE_ASKING = /^(?:现在|目前|如今|当前|眼下|今年|已经|一共|共|总共|总计|合计|累计|大约|大概|约|有|是|为|达|达到)$/u;

/**
 * "光伏组件产能现在有多大？" of "全市光伏组件产能达到95吉瓦，约占全国的十分之一": of the chosen
 * sentence's figures, the one the article gives the asked noun (产能达到95吉瓦) is its value, not one
 * the ranker likes better (十分之一, a share of it).
 */
function valueOfTheNoun(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  if (!chosen || question.type !== 'number' || question.english || !chosen.proposal.candidate.kinds.includes('number')) return chosen;
  const cue = question.cue?.start ?? 0;
  if (cue <= 0) return chosen;
  const words = tagWords(question.text.slice(0, cue)).map((w) => w.word).filter((w) => w.trim() !== '');
  const asked = words.length;
  while (words.length > 0 && BEFORE_ASKING.test(words.at(-1)!)) words.pop();
  // Only past such words: a noun right before its asking word is `beside`'s and `afterBothWords`' to read.
  if (words.length === asked) return chosen;
  const noun = nounEnding(words, question.text);
  const { scored } = chosen.proposal;
  if (noun === undefined || !scored.sentence.text.includes(noun) || givenTo(scored.sentence.text, noun, chosen.proposal.candidate.start)) return chosen;
  const given = spans.filter((s) => s.proposal.scored === scored && s.proposal.candidate.kinds.includes('number') && givenTo(scored.sentence.text, noun, s.proposal.candidate.start));
  // The figure whole, with its unit (101发, not 101).
  return given.sort((a, b) => b.proposal.candidate.end - a.proposal.candidate.end)[0] ?? chosen;
}

/** A Chinese noun naming a quantity by its last character: a rate, a sum, an amount, a number, a price. */
const QUANTITY_NOUN = /[率额量数价]$/u;

/**
 * "上半年毛利率是多少？": when the chosen sentence does not write the noun the figure is asked of,
 * the figure the sentence before or after it in its paragraph gives that noun (毛利率18.2%; 去年同期，
 * …。其毛利率为21.5%) answers, rather than another figure of the chosen one (同比下滑12.7%).
 */
function givenToNoun(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  if (!chosen || question.type !== 'number') return chosen;
  const { sentence } = chosen.proposal.scored;
  // An English question has no asking word to stand beside its noun: the nouns it was mapped to
  // (gross margin → 毛利, 毛利率) that the chosen sentence does not write stand in for it.
  const asked = askedNoun(question);
  const nouns = asked ? [asked] : question.english ? question.terms.filter((t) => t.length >= 2 && /^\p{Script=Han}+$/u.test(t)) : [];
  // A sentence that writes the noun gives its figure before or after it (1250毫米轨距): `beside` reads
  // it. Of an English question's words, those naming a quantity (利润率, 销售额) stand for the noun.
  const writesNoun = asked ? sentence.text.includes(asked) : nouns.some((n) => QUANTITY_NOUN.test(n) && sentence.text.includes(n));
  if (nouns.length === 0 || writesNoun) return chosen;
  const absent = nouns.filter((n) => !sentence.text.includes(n));
  const valued = (s: ScoredSpan) => {
    const { text } = s.proposal.scored.sentence;
    return s.proposal.candidate.kinds.includes('number') && absent.some((noun) => givenTo(text, noun, s.proposal.candidate.start));
  };
  const neighbour = (s: ScoredSpan) => s.proposal.scored.sentence.paragraph === sentence.paragraph && Math.abs(s.proposal.scored.sentence.order - sentence.order) === 1;
  const near = spans.filter((s) => valued(s) && neighbour(s));
  // The figure whole, with its unit (30km, not 30).
  const length = (s: ScoredSpan) => s.proposal.candidate.end - s.proposal.candidate.start;
  return near.sort((a, b) => a.proposal.candidate.start - b.proposal.candidate.start || length(b) - length(a))[0] ?? chosen;
}

/**
 * How far a figure stands from what the question names, a word after it counting as nearer than one
 * before: a Chinese figure qualifies the noun that follows (45岁的船长和23岁的水手: 45岁 is the captain's),
 * within its clause (设计时速100公里，桥面总宽33.5米: the width is the deck's, not the speed).
 */
function figureGap({ matched, sentence: { text } }: ScoredSentence, start: number, end: number): number {
  let after = end;
  while (after < matched.length && !matched[after]) after++;
  let before = start - 1;
  while (before >= 0 && !matched[before]) before--;
  const right = after < matched.length && !HOLDS_CLAUSE_END.test(text.slice(end, after)) ? after - end : Infinity;
  const left = before >= 0 ? start - 1 - before : Infinity;
  return Math.min(right, left + 0.5);
}

/** A span that ends with a figure and the unit it is counted in (30多公里). */
const FIGURE_IN_SOME_UNIT = new RegExp(`${FIGURE_RUN}\\p{Script=Han}+$`, 'u');

/**
 * A bare figure the sentence counts in a unit other than the asked one (236 of 236件, asked 多少年):
 * the reply gives it with that unit, so it is no more the answer than 236件 would be.
 */
function countedOtherwise(proposal: Proposal, question: AnalysedQuestion): boolean {
  const { candidate, scored } = proposal;
  if (!ONLY_FIGURE.test(candidate.text)) return false;
  const following = scored.sentence.text.slice(candidate.end);
  return /^\p{Script=Han}/u.test(following) && !question.units.some((unit) => following.startsWith(unit));
}

/** A figure and nothing else. */
const ONLY_FIGURE = new RegExp(`^${FIGURE_RUN}$`, 'u');
/** A match's score and nothing else (3比1). */
const ONLY_SCORE = new RegExp(`^${FIGURE_RUN}${SCORE_BETWEEN}${FIGURE_RUN}$`, 'u');

/** A span written in the asked unit can take the place of one that is not, down to this share of its probability. */
const UNIT_SHARE = 0.25;

/** How far from the question's words a figure stands beside them: 22万人居于劏房 for 多少人住在劏房. */
const BESIDE_WORDS = 4;

/** How many of the likeliest spans a figure in the asked unit is looked for among, to replace a share. */
const SHARE_RIVALS = 5;

/**
 * "停留了多少天": the figure written in the unit the question asks in (412天) is the answer, not a
 * likelier span without it (两天的…), unless the ranker is far surer of that one.
 */
export function inAskedUnit(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  if (!chosen || question.units.length === 0) return chosen;
  // The span is the figure: it ends with a number in the unit (412天, 6000余名), nothing after it.
  const inUnit = figureInUnits(question.units, true);
  // Nothing but a figure and the unit asked is a figure, though jieba tags the unit otherwise (110分, 分 a verb).
  const figureAndUnit = (text: string) => {
    const unit = question.units.find((u) => text.endsWith(u));
    return (unit !== undefined && ONLY_FIGURE.test(text.slice(0, text.length - unit.length))) || (question.units.includes(SCORE_UNIT) && ONLY_SCORE.test(text));
  };
  // A rank is no count, whatever unit it ends in (第一位 for 多少人), unless a rank is what is asked.
  const written = (s: ScoredSpan) => {
    const { kinds, text } = s.proposal.candidate;
    return inUnit.test(text) && !rankUnaskedIn(s, question.text) && !monthsNotAnAge(s.proposal, question) && (kinds.includes('number') || (kinds.includes('has_number') && figureAndUnit(text)));
  };
  // A figure where the question's words beside its asking word stand (下降了2个百分点 for 下降多少)
  // is the one asked, however near another stands to the question's other words (毛利率为3.5%).
  const gap = (s: ScoredSpan) => {
    const { candidate, scored } = s.proposal;
    const text = scored.sentence.text;
    if (alignmentBefore(question, text, candidate.start) >= ACROSS_GAP || alignmentAfter(question, text, candidate.end) >= ACROSS_GAP) return -1;
    return figureGap(scored, candidate.start, candidate.end);
  };
  // The likely spans written in the unit, likeliest first.
  const likely = spans.slice(0, CONSENSUS).filter(written);
  if (written(chosen)) {
    // Of two figures in the unit in one sentence, the one qualifying what the question names (45岁的领队
    // and 31岁的队员, asked of the 领队) answers, unless the ranker is far surer of the other.
    const nearer = likely.filter((s) => s.proposal.scored === chosen.proposal.scored && s.probability >= UNIT_SHARE * chosen.probability && gap(s) < gap(chosen));
    return nearer.sort((a, b) => gap(a) - gap(b))[0] ?? chosen;
  }
  // Inside the chosen span first (45岁 of 45岁的船长), then in its sentence (the sentence is chosen
  // surer than the span: 净利润2.1亿元，同比增长18.4% for how much it rose), then the nearest to
  // what the question names (the captain's age, not the sailor's), then the likeliest (rivals are
  // in that order already). The only one inside the chosen span is what it says, however unlikely
  // alone (至今已资助学子1300余人 → 1300余人); of several, the ranker still tells them apart.
  const inside = (s: ScoredSpan) => agreement(s.proposal, chosen.proposal) > 0;
  const within = likely.filter(inside);
  const lone = within.length === 1 ? within[0] : undefined;
  const rivals = likely.filter((s) => s.probability >= UNIT_SHARE * chosen.probability || s === lone);
  const beside = (s: ScoredSpan) => s.proposal.scored === chosen.proposal.scored;
  const rival = [...rivals].sort((a, b) => Number(inside(b)) - Number(inside(a)) || Number(beside(b)) - Number(beside(a)) || gap(a) - gap(b))[0];
  if (rival) return rival;
  // A figure in another unit (30多公里 for 多大, which asks 岁) cannot be the answer at all, nor can
  // a date that writes no figure in the unit asked (2月3日（腊月二十三） for 多大年纪) when that unit
  // is one of its own, not 个 or 人 that count anything: the likeliest figure in the asked unit takes
  // its place, however unlikely.
  const { kinds, text } = chosen.proposal.candidate;
  // (个 and 人 count anything: 4座 answers 有几个.)
  // So can a clause ending in such a figure (…灌溉面积扩大到46万亩 for 投了多少钱), when the unit is
  // a measure (元, 公里), or when a count is asked (几架直升机, not 巡守至少7天): one counting things
  // by another type (哪几种) may ask which kinds, not how many.
  const measured = !question.units.every((u) => COUNTING_ONE_BY_ONE.has(u));
  const otherUnit =
    asksInOwnUnits(question) &&
    (kinds.includes('number') || ((measured || question.type === 'number') && kinds.includes('has_number') && !holdsAskedForm(text, question))) &&
    (FIGURE_IN_SOME_UNIT.test(text) || countedOtherwise(chosen.proposal, question));
  // Nor does a share (80% for 多少瓶); but where no likely span is in the unit, the question may be
  // about something the article lacks (an age no one is given), so only a likely one replaces it.
  const share = asksInOwnUnits(question) && /[%％‰]$/u.test(text);
  // A figure in the unit in the share's own sentence is as likely (种植面积440.6万亩…占总面积的42% for 种了多少亩).
  if (share) return spans.slice(0, SHARE_RIVALS).find(written) ?? likely.find(beside) ?? chosen;
  // Nor a count of things (10.8万个单位) for a count of people (多少人): a likely count of people takes
  // its place: the one nearest the question's words, as the people of the question are counted
  // right beside what they do (22万人居于…); its sentence may rank far below the things' figure.
  // Only one right beside them: a count of people elsewhere counts other people (首批6,500名学生
  // for how many a new major takes).
  if (countsOtherThanPeople(text, question)) return spans.filter((s) => written(s) && gap(s) <= BESIDE_WORDS).sort((a, b) => gap(a) - gap(b))[0] ?? chosen;
  const dateInstead = asksInOwnUnits(question) && (kinds.includes('date') || kinds.includes('has_date')) && !holdsAskedForm(text, question);
  // Nor can anything but a score answer 比分多少 (第71分钟 is a minute).
  const noScore = question.units.includes(SCORE_UNIT) && !holdsAskedForm(text, question);
  return ((otherUnit || dateInstead || noScore || (question.type === 'number' && rankUnaskedIn(chosen, question.text))) && spans.find(written)) || chosen;
}

/** A span where an earlier part was answered can take the place of one this much likelier elsewhere. */
const EARLIER_SHARE = 0.2;

/**
 * "本科上线率是多少？比去年提高了多少？": the parts of one message ask of one thing, so a later part's
 * answer stands where the earlier one's did (92%，较上年增加4个百分点), not in the next clause, which
 * gives the same kind of figure of something else (全市的平均水平提高了2个百分点). A span of the asked kind and form in
 * the earlier answer's clause (up to a ；) takes the place of a likelier one outside. (Its paragraph
 * alone is no such sign: preferring it changed no reply over the news sets read.)
 */
function besideEarlierAnswer(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion, earlier: string | undefined): ScoredSpan | undefined {
  const kinds = ANSWERING_KINDS[question.type];
  if (!chosen || !earlier || !kinds) return chosen;
  const answerAt = (s: ScoredSpan) => s.proposal.scored.sentence.text.indexOf(earlier);
  const inClause = (s: ScoredSpan) => {
    const at = answerAt(s);
    const { start, end } = s.proposal.candidate;
    return at >= 0 && !CLAUSE_BREAK.test(s.proposal.scored.sentence.text.slice(Math.min(at, start), Math.max(at + earlier.length, end)));
  };
  // Not a piece of the earlier answer itself (3 of 3号线): a later part asks something else.
  const inAnswer = (s: ScoredSpan) => {
    const at = answerAt(s);
    return at >= 0 && s.proposal.candidate.start < at + earlier.length && s.proposal.candidate.end > at;
  };
  const fits = (s: ScoredSpan) => {
    const text = s.proposal.candidate.text.replace(/\s+/gu, '');
    return kinds.some((k) => s.proposal.candidate.kinds.includes(k)) && !inAnswer(s) && (!asksFigure(question) || (holdsAskedForm(text, question) && !countsOtherThanPeople(text, question)));
  };
  if (inClause(chosen)) return chosen;
  return likelyRival(spans, chosen, EARLIER_SHARE, (s) => inClause(s) && fits(s));
}

/** What ends a clause of a sentence that says one thing (；), as a list of findings is written. */
const CLAUSE_BREAK = /[；;]/u;

/**
 * A span ending with the class noun asked can take the place of one this much likelier that does
 * not. With the shipped models, over all five folds of both public sets (0.35 and 0.5 tried): DRCD
 * 41 replies change, their F1 summed 12.3 → 22.4 (fold 0, held out: 3.4 → 7.2 over 12); CMRC 2,
 * 1.22 → 1.25; news-dev and the seed's set none.
 */
const CLASS_SHARE = 0.5;

/**
 * "要新建什么开发区？": the answer is a member of the class the question names, and the article
 * writes it ending with the class noun itself (某某高新技术开发区); a likelier span that does not
 * (物流园区, which shares only the noun's last character) names something of another class.
 */
function ofTheClassAsked(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  const head = question.askedClass[question.askedClass.length - 1];
  // A set asked (哪些, which systems) is answered by a list, which ends with no class noun.
  if (!chosen || !head || head.length < 2 || question.plural) return chosen;
  const noun = question.askedClass.join('');
  // A name of the class: longer than the noun, ending with it, and no clause (要建设…，建设某某区).
  const member = (s: ScoredSpan) => {
    const text = s.proposal.candidate.text;
    return text.length > noun.length && text.endsWith(noun) && !HOLDS_CLAUSE_END.test(text) && text[text.length - noun.length - 1] !== '的';
  };
  if (member(chosen)) return chosen;
  // Only in the chosen span's sentence: in another, a member of the class may be another one (the
  // court of another hearing than the one asked about).
  return likelyRival(spans, chosen, CLASS_SHARE, (s) => s.proposal.scored === chosen.proposal.scored && member(s));
}

/** A place written after 在, 于 or 至 can take the place of a likelier span of its sentence down to this share. */
const PLACE_SHARE = 0.05;

/** Whether the span is the whole place a preposition of place opens (在 + 某宫 + 举行). */
function isLocativeObject(s: ScoredSpan): boolean {
  const { candidate, scored } = s.proposal;
  return locativeObjects(scored.sentence).some(([first, last]) => first === candidate.first && last === candidate.last);
}

/**
 * "会谈在什么地方举行？" of 会谈在某城的某宫举行: the place the sentence writes after 在 (于, 至, 位于)
 * answers, whole (某城的某宫, not 某宫 alone), rather than another name or the event's title
 * the ranker found likelier. A place name (ns) it chose stays: 在 is not the only way to say where.
 */
function atThePlace(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  if (!chosen || !asksWhere(question) || isLocativeObject(chosen)) return chosen;
  const { candidate, scored } = chosen.proposal;
  const around = objectAround(scored.sentence, candidate.first, candidate.last);
  const whole = around && spans.find((s) => s.proposal.scored === scored && s.proposal.candidate.first === around[0] && s.proposal.candidate.last === around[1]);
  if (whole) return whole;
  const inSentence = (s: ScoredSpan) => s.proposal.scored === scored && isLocativeObject(s);
  // …but not a place the sentence names elsewhere, when the question's own word stands right before
  // the locative (震中位于某镇附近 for 震中在哪里, where the county named first was chosen): the place
  // of what is asked.
  const named = question.before.filter((word) => word.length >= 2);
  const ofNamed = (s: ScoredSpan) => {
    // The opener of the locative object (位于, 在, 于, 地处…: locative.ts), right after the question's word.
    const opener = s.proposal.scored.sentence.tokens[s.proposal.candidate.first - 1];
    return opener !== undefined && named.some((word) => s.proposal.scored.sentence.text.slice(0, opener.start).endsWith(word));
  };
  const placeOfNamed = named.length > 0 ? spans.find((s) => inSentence(s) && ofNamed(s)) : undefined;
  if (placeOfNamed) return placeOfNamed;
  if (candidate.kinds.includes('place')) return chosen;
  // …at any odds where the question's own verb goes on after it (在某宫 + 举行 of 在哪里举行, 会见在哪里举行
  // of 在某馆 + 会见): the gap it leaves, filled.
  const besideGap = [...question.before, ...question.after].filter((word) => word.length >= 2);
  const followed = (s: ScoredSpan) => besideGap.some((word) => s.proposal.scored.sentence.text.startsWith(word, s.proposal.candidate.end));
  return spans.find((s) => inSentence(s) && followed(s)) ?? likelyRival(spans, chosen, PLACE_SHARE, inSentence);
}

/**
 * "造假酒的窝点设在哪儿？" where the chosen place (泸州市 of 泸州市公安局…捣毁生产窝点1个) is not the
 * noun's and another sentence writes 位于泸县的生产窝点: a place after 位于 or 在 that the asked noun
 * follows within a few characters (…的生产窝点) is that noun's place, wherever it stands.
 */
function placeOfTheNoun(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  if (!chosen || !asksWhere(question) || question.english) return chosen;
  const noun = question.before.filter((w) => /^\p{Script=Han}{2,}$/u.test(w) && /^n(?![rstz])/u.test(tagWords(w)[0]?.tag ?? '')).at(-1);
  if (noun === undefined) return chosen;
  const nounAhead = new RegExp(`^的?\\p{Script=Han}{0,4}?${noun}`, 'u');
  const followedByNoun = (s: ScoredSpan) => nounAhead.test(s.proposal.scored.sentence.text.slice(s.proposal.candidate.end));
  if (followedByNoun(chosen)) return chosen;
  return spans.find((s) => (isLocativeObject(s) || locatedAt(s.proposal.scored.sentence, s.proposal.candidate.first)) && followedByNoun(s)) ?? chosen;
}

/** Types of question answered with a thing named, not a clause. */
const ENTITY_TYPES = new Set<AnswerType>(['thing', 'person', 'place', 'organisation']);

/** A span right after the question's words can still take the place of one this much likelier. */
const COPULA_SHARE = 0.5;

/**
 * "创办者是？": a question that stops at its copula, with no asking word, asks what the article
 * writes right after the same words (创办者是退休教师柯秋岚), not another phrase of the sentence.
 */
function afterCopula(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  if (!chosen || question.english || question.before.length === 0 || question.linkBefore === '') return chosen;
  // 变更为什么？ closes on its asking word right after 为: what follows 变更为 in the article, too.
  if (question.cue && !(question.after.length === 0 && question.linkBefore === '为')) return chosen;
  const aligned = (s: ScoredSpan) => alignmentBefore(question, s.proposal.scored.sentence.text, s.proposal.candidate.start) === ALIGNED;
  if (aligned(chosen)) return chosen;
  return likelyRival(spans, chosen, COPULA_SHARE, aligned);
}

/**
 * "量刑起点是多少个月？" of "法官以45个月为量刑起点": 以X为Y says that Y is X, the other way round from
 * the question's Y是X, so the thing the question names stands right after the answer, not before
 * it. The span between 以 and 为 followed by the question's words before its copula answers, however
 * unlikely among those weighed: the ranker, reading the question's words before the answer, cannot
 * see the construction (it gives 以45个月为量刑起点's figure 2–7% of the chosen span's probability).
 */
function takenAs(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  if (!chosen || question.english || question.before.length === 0 || !COPULA_LINKS.has(question.linkBefore)) return chosen;
  const named = question.before.join('');
  const taken = (s: ScoredSpan) => {
    const { text } = s.proposal.scored.sentence;
    const { start, end } = s.proposal.candidate;
    return text[start - 1] === '以' && text.startsWith(`为${named}`, end);
  };
  if (taken(chosen)) return chosen;
  return spans.slice(0, CONSENSUS).find(taken) ?? chosen;
}

/** The links a question writes between what it names and its asking word that say "is" (起点是多少, 名称为何). */
const COPULA_LINKS = new Set(['是', '为']);

/** Words asking which one or who: a statement question with one asks for the speaker. */
const ASKS_WHO = /\b(?:which|who|whom|whose)\b|哪|谁/iu;

/** A verb reporting speech, with the comma or colon after which what was said begins. */
const REPORTED = new RegExp(`(?:${SPEECH_VERB_PATTERN})[，,：:]`, 'u');

/** Where what a sentence reports being said begins, and whether a word of the question is the one saying it. */
function saidIn(scored: ScoredSentence, terms: readonly string[]): { start: number; speaks: boolean } | undefined {
  const text = scored.sentence.text;
  const verb = REPORTED.exec(text);
  if (!verb) return undefined;
  const clauseStart = Math.max(...['，', ',', '。', '；', '：'].map((mark) => (verb.index > 0 ? text.lastIndexOf(mark, verb.index - 1) : -1))) + 1;
  const speaker = text.slice(clauseStart, verb.index);
  return { start: verb.index + verb[0].length, speaks: terms.some((t) => speaker.includes(t)) };
}

/**
 * "被告怎么说？": the answer is what was said — the clauses after the speech verb — not the speaker or
 * a noun of the sentence; and of the likely sentences, one where a word of the question is the one
 * speaking (被告某公司辩称，…) before one where it is spoken of (原告诉称，被告…).
 */
function whatWasSaid(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  // "Which agency says …", "谁表示…": asked who speaks, not what they said; "X认为Y是什么" asks a
  // thing inside the opinion: only wording that asks what was said.
  if (!chosen || question.type !== 'statement' || ASKS_WHO.test(question.text) || !SAID_CUES.has(question.cue?.word ?? '')) return chosen;
  const terms = question.terms.filter((t) => [...t].length >= 2);
  const own = saidIn(chosen.proposal.scored, terms);
  const likely = [...new Set(spans.slice(0, CONSENSUS).map((s) => s.proposal.scored))];
  // The chosen sentence if a word of the question speaks there, else the first likely one where one does, else the chosen one's.
  let found = own?.speaks ? { scored: chosen.proposal.scored, start: own.start } : undefined;
  for (const scored of likely) {
    if (found) break;
    const at = saidIn(scored, terms);
    if (at?.speaks) found = { scored, start: at.start };
  }
  found ??= own && { scored: chosen.proposal.scored, start: own.start };
  if (!found) return chosen;
  const { scored: target, start } = found;
  if (target === chosen.proposal.scored && chosen.proposal.candidate.start >= start) return chosen;
  // What was said may open on its quotation mark (表示：“…”): the words inside it, as the ranker proposes them.
  const inside = /^[“「『"]/u.test(target.sentence.text.slice(start)) ? start + 1 : start;
  const said = spans.filter((s) => s.proposal.scored === target && (s.proposal.candidate.start === start || s.proposal.candidate.start === inside));
  return said.sort((a, b) => b.proposal.candidate.end - a.proposal.candidate.end)[0] ?? chosen;
}

/** A span that ends on a verb reporting speech or opinion, right before the comma or colon after which what was said begins. */
const ENDS_ON_SPEECH_VERB = new RegExp(`(?<![来所听据就])(?:${SPEECH_VERB_PATTERN})$`, 'u');
/** Types whose answer is what someone says or thinks (a reason, a view, a description), never who. */
const SAID_TYPES = new Set<AnswerType>(['reason', 'statement', 'thing', 'definition', 'method', 'list']);

/**
 * "教练觉得输球的原因是什么？": a span ending on 认为 or 表示 is who speaks (主教练某某则认为), never
 * what was said, which is what anything but "who" asks. What follows the verb's comma in the same
 * sentence takes its place: the clause starting there, or the likeliest span that does.
 */
function notTheSpeaker(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  if (!chosen || !SAID_TYPES.has(question.type) || ASKS_WHO.test(question.text)) return chosen;
  const { candidate, scored } = chosen.proposal;
  const text = scored.sentence.text;
  if (!ENDS_ON_SPEECH_VERB.test(candidate.text) || !/^[，,：:]/u.test(text.slice(candidate.end))) return chosen;
  const said = candidate.end + 1;
  // The clause said, where the ranker proposed it whole; else its likeliest part.
  const starting = spans.filter((s) => s.proposal.scored === scored && s.proposal.candidate.start === said);
  return starting.find((s) => s.proposal.candidate.kinds.includes('clause')) ?? starting[0] ?? chosen;
}

/** Types a name answers: not "when was it named" (a date) nor "why" (a reason). */
const NAMED_TYPES = new Set<AnswerType>(['person', 'organisation', 'place', 'thing', 'definition', 'list']);

/**
 * "这个基因叫什么名字？": the name is what follows a naming word (并将其命名为 + 某某9), not the words
 * before it. The likeliest span starting right after one takes the chosen one's place: in the chosen
 * sentence, or in any sentence that writes the noun whose name is asked (基因).
 */
function afterNaming(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  if (!chosen || question.english || !NAMED_TYPES.has(question.type) || !ASKS_FOR_NAME.test(question.text)) return chosen;
  const noun = askedNameOf(question.text);
  const starts = new Map<ScoredSentence, number[]>();
  const namingAt = (scored: ScoredSentence) => {
    let at = starts.get(scored);
    if (!at) starts.set(scored, (at = namingEnds(scored.sentence.text)));
    return at;
  };
  if (namingAt(chosen.proposal.scored).includes(chosen.proposal.candidate.start)) return chosen;
  const named = (s: ScoredSpan) => {
    const { scored, candidate } = s.proposal;
    if (scored !== chosen.proposal.scored && !(noun && scored.sentence.text.includes(noun))) return false;
    return namingAt(scored).includes(candidate.start);
  };
  return spans.find(named) ?? chosen;
}

/** A name this much less likely than the chosen span can still take its place by standing right after what the question names. */
const APPOSITION_SHARE = 0.5;

/**
 * "女儿叫什么名字": Chinese names a person right after their role (张明的女儿张小红, 市长刘芳), so a
 * name that the question's words immediately precede is the one asked, unless the ranker is far surer of another.
 */
function appositive(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  if (!chosen || question.type !== 'person') return chosen;
  const after = (s: ScoredSpan) => s.proposal.candidate.start > 0 && s.proposal.scored.matched[s.proposal.candidate.start - 1] === 1;
  if (chosen.proposal.candidate.kinds.includes('person') && after(chosen)) return chosen;
  return likelyRival(spans, chosen, APPOSITION_SHARE, (s) => s.proposal.candidate.kinds.includes('person') && after(s));
}

/**
 * A span of the asked form (a date, a length of time) this much less likely than the chosen span can
 * still take its place (set for dates; training folds: F1 −0.3 CMRC, +0.1 DRCD at 0.5; neutral).
 */
const FORM_SHARE = 0.5;

/** …or this much less likely, in place of a span writing no figure for a length of time asked, or no time for a date. */
const FIGURELESS_SHARE = 0.2;

/** The kinds the reader recognises by their form, each answering the type of question that asks it. */
const BY_FORM: Partial<Record<AnswerType, SpanKind>> = { date: 'date', duration: 'duration' };

/**
 * "比赛是哪天举行的？" is answered by a date, "躲了多久？" by a length of time: when the spans the
 * ranker agrees on are not one (a run of figures near the question's words, the date the sentence
 * opens with), the likeliest of the asked form takes their place unless the ranker is far surer of
 * them. Only for forms the reader recognises by their writing: for names and places, which it knows
 * only from jieba's tags, the same rule lost F1 on the training folds.
 */
function ofTheFormAsked(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  const kind = BY_FORM[question.type];
  if (!chosen || !kind || chosen.proposal.candidate.kinds.includes(kind)) return chosen;
  // A length of time asked, and a span writing no figure at all (去年冬天 for 花了多久), or none
  // of time (一名): it cannot be the answer. Nor can a span writing no time for a date asked (3万名
  // for 哪天举行): answered so, the question would be refused (decide.ts), though a date was read.
  const text = chosen.proposal.candidate.text;
  const timeless = !/\d|[一二三四五六七八九十两半]/u.test(text) || !/[年月天日周时分秒]/u.test(text);
  const share = (question.type === 'duration' && timeless) || (question.type === 'date' && !writesTime(text)) ? FIGURELESS_SHARE : FORM_SHARE;
  const ofForm = (s: ScoredSpan) => s.proposal.candidate.kinds.includes(kind);
  // One inside the chosen span first (5日凌晨2时15分 of 于5日凌晨2时15分前后在某县沿海): the likely spans
  // agreed on where the answer stands; a likelier date elsewhere is what they outweighed.
  const inside = likelyRival(spans, chosen, share, (s) => ofForm(s) && agreement(s.proposal, chosen.proposal) > 0);
  return inside !== chosen ? inside : likelyRival(spans, chosen, share, ofForm);
}

/**
 * "黑雨总共维持了多久？" of "黑雨一直维持至上午8时35分才取消，历时5小时20分钟": the ranker's time of
 * day answers no "how long", and the decision refuses a span that writes no length of time, however
 * right its sentence. The likeliest length of time of the chosen sentence (typed one and written as
 * one, as decide.ts reads it: 1986年建院 writes a year) takes its place at any odds; where the sentence
 * has none the decision still refuses. Only in place of a time: a bare count (12个 of 12个工作日) is
 * made whole by the span's edges. Not for dates or figures: taken so, they answered questions the dev
 * sets' articles do not (节前 for when a rush ended, a bare 17 for how many people).
 */
function theLengthInItsSentence(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  if (!chosen || question.type !== 'duration' || !chosen.proposal.candidate.kinds.includes('date') || writesDuration(chosen.proposal.candidate.text)) return chosen;
  return spans.find((s) => s.proposal.scored === chosen.proposal.scored && isLength(s)) ?? chosen;
}

/** A span typed a length of time and written as one, as decide.ts reads it (1986年建院 writes a year). */
function isLength(s: ScoredSpan): boolean {
  return s.proposal.candidate.kinds.includes('duration') && writesDuration(s.proposal.candidate.text);
}

/**
 * "这台分离手术做了多久？" where the sentences most like the question (这是该院第4例连体婴分离手术，…最轻的
 * 一例) tell no length and a later one tells the operation's (手术…历时9小时40分钟): a span that
 * writes no length of time, which the decision would refuse, gives way to the likeliest length told
 * as an event's (after 历时, 持续, 为期…), at any odds.
 */
function theLengthTold(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  if (!chosen || question.type !== 'duration' || writesDuration(chosen.proposal.candidate.text)) return chosen;
  const told = (s: ScoredSpan) => {
    const { candidate, scored } = s.proposal;
    return isLength(s) && EVENT_LENGTH.test(scored.sentence.text.slice(Math.max(0, candidate.start - 4), candidate.end));
  };
  return spans.find(told) ?? chosen;
}

/** A date writing the calendar unit asked can take the place of one this much likelier that does not. */
const UNIT_ASKED_SHARE = 0.3;

/**
 * "失踪者是哪天找到的？" of "直到2月3日（正月初六）上午9时许，失踪者才被找到": a time of day answers no
 * "which day"; the date of the same sentence writing the unit asked (a day, a month, a year) takes
 * its place, unless the ranker is far surer of the other.
 */
function ofTheUnitAsked(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  const unit = askedCalendarUnit(question);
  if (!chosen || unit === undefined || writesCalendarUnit(chosen.proposal.candidate.text, unit)) return chosen;
  return likelyRival(spans, chosen, UNIT_ASKED_SHARE, (s) => s.proposal.scored === chosen.proposal.scored && s.proposal.candidate.kinds.includes('date') && writesCalendarUnit(s.proposal.candidate.text, unit));
}

/**
 * Times a question asks in a form of their own, and how a span writes each: a day of the week
 * (星期几, which day of the week → 周一, 星期日) and a time of day (几点, what time → 14时, 9点半, 8:30).
 */
const TIMES_ASKED: readonly { asks: RegExp; writes: RegExp; kept: boolean }[] = [
  // A day the ranker chose may be another's (周二至周日开放 for 星期几闭馆): every day read is weighed.
  { asks: /星期几|周几|礼拜几|\bday of the week\b|\bweekday\b/iu, writes: /(?:星期|礼拜|周)[一二三四五六日天]/u, kept: false },
  // An hour the ranker chose is kept: a sentence gives several (8时至17时30分), and it weighs them better.
  { asks: /几点|\bwhat time\b|\bat what hour\b/iu, writes: /\d{1,2}\s*[时点](?:\d{1,2}分|半)?|\d{1,2}[:：]\d{2}/u, kept: true },
];

/**
 * "图书馆星期几闭馆？" of 每周二至周日开放，周一闭馆, "what time did it open" of 当天14时起载客: the time
 * in the form asked answers, not the hour, the date or the name likelier beside it, nor another day
 * the article names for something else. Of those read, the one the question's words follow (周一闭馆,
 * not 每周二至周日开放): a time qualifies what comes after it, as a figure does (figureGap).
 */
function ofTheTimeAsked(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  const form = chosen && TIMES_ASKED.find((t) => t.asks.test(question.text));
  if (!chosen || !form || (form.kept && form.writes.test(chosen.proposal.candidate.text))) return chosen;
  const written = spans.filter((s) => form.writes.test(s.proposal.candidate.text)).slice(0, CONSENSUS);
  const gap = (s: ScoredSpan) => figureGap(s.proposal.scored, s.proposal.candidate.start, s.proposal.candidate.end);
  return [...written].sort((a, b) => gap(a) - gap(b))[0] ?? chosen;
}

/** The longest span that gives a period alone (每隔两个星期): longer ones hold the clause around it. */
const PERIOD_SPAN = 8;

/**
 * "统计部门多长时间发布一次信息？" of 每周发布一次价格信息: how often something is done is answered by
 * the period it recurs in, which no length of time the ranker prefers elsewhere (1至4月) gives. Of the
 * spans that give one, the one in the sentence retrieval ranks first, the period alone, the likeliest.
 */
function everyPeriod(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  if (!chosen || !asksFrequency(question) || EVERY_PERIOD.test(chosen.proposal.candidate.text)) return chosen;
  const rank = (s: ScoredSpan) => s.proposal.scored.rank;
  const periods = spans.filter((s) => s.proposal.candidate.text.length <= PERIOD_SPAN && EVERY_PERIOD.test(s.proposal.candidate.text));
  // The period alone (每周), before one running on into its verb (每周发布).
  const extra = (s: ScoredSpan) => s.proposal.candidate.text.length - (EVERY_PERIOD.exec(s.proposal.candidate.text)?.[0].length ?? 0);
  return periods.sort((a, b) => rank(a) - rank(b) || extra(a) - extra(b) || b.probability - a.probability)[0] ?? chosen;
}

/** A span writing the year asked can take the place of a chosen one without it this much likelier. */
const YEAR_WRITTEN_SHARE = 0.2;

/**
 * "公司哪一年成立？", "In what year was the company set up?": a date without a year (9月19日晚, the
 * launch's) answers no year asked, and the decision refuses it (undated); a likely span that writes a
 * year (成立于2011年, in a sentence the company's generic name is not in) answers.
 */
function aYearAsked(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  if (!chosen || askedCalendarUnit(question) !== 'year' || writesCalendarUnit(chosen.proposal.candidate.text, 'year')) return chosen;
  return likelyRival(spans, chosen, YEAR_WRITTEN_SHARE, (s) => writesCalendarUnit(s.proposal.candidate.text, 'year'));
}

const ORDINAL_AT_START = new RegExp(`^${ORDINAL_TEXT}`, 'u');

/**
 * The chosen span as it is given: completed to its phrase, or, for "which time / 第几", the ordinal
 * it opens with (第二十三次, not 第二十三次中欧领导人).
 */
function finished(proposal: Proposal, question: AnalysedQuestion, prepared: PreparedArticle): Candidate {
  const { candidate } = proposal;
  const { sentence } = proposal.scored;
  const ordinal = question.type === 'ordinal' ? ORDINAL_AT_START.exec(candidate.text)?.[0] : undefined;
  if (ordinal) {
    const end = candidate.start + ordinal.length;
    const last = sentence.tokens.findIndex((t) => t.end === end);
    if (last >= 0) return wholeSpan(sentence, { ...candidate, last, end, text: ordinal, kinds: ['ordinal'] }, question);
  }
  // Where the span starts and ends, each edge rule in this order on what the one before left.
  const edges: ReadonlyArray<(span: Candidate) => Candidate> = [
    (span) => withUnitAsked(sentence, span, question),
    (span) => wholeDuration(sentence, span),
    (span) => placeOrPhrase(sentence, span, question),
    (span) => withAskedClass(sentence, span, question),
    (span) => withCountedNoun(sentence, span, question),
    (span) => trimmed(sentence, span),
    (span) => withItsFigure(sentence, span),
    (span) => ofClassAlone(sentence, span, question),
    (span) => thingUsed(sentence, span, question),
    (span) => namedAfterClass(sentence, span, question),
  ];
  const phrase = edges.reduce((span, edge) => edge(span), candidate);
  const listed = question.plural ? (listBeforeClass(sentence, phrase, question) ?? wholeEnumeration(sentence, phrase)) : personAlone(sentence, phrase, question);
  const whole = withLastItem(sentence, wholeSpan(sentence, listed, question));
  return balanced(sentence, yearAsked(dayNamed(yearNamed(whole, sentence, question, prepared.sentences), sentence, question, prepared.sentences), question));
}

/**
 * "成立多少周年？" of 成立20周年纪念活动: a bare figure the article writes with the unit asked right
 * after it is given with that unit (20周年), which jieba tags a time, not a measure.
 */
function withUnitAsked(sentence: PreparedSentence, candidate: Candidate, question: AnalysedQuestion): Candidate {
  if (!ONLY_FIGURE.test(candidate.text)) return candidate;
  const unit = question.units.find((u) => sentence.text.startsWith(u, candidate.end));
  if (!unit) return candidate;
  return endingAt(sentence, candidate, candidate.end + unit.length) ?? candidate;
}

/** A list's last item written after a comma (A、B、C，以及D): the mark that opens it. */
const LAST_ITEM_AFTER_COMMA = /^[，,](?:以及|还有|及)/u;

/**
 * A 、-list the span ends with, whose last item the sentence writes after a comma (开创甲、提升乙，以及
 * 确保丙): that item is the list's too, up to its clause's end.
 */
function withLastItem(sentence: PreparedSentence, candidate: Candidate): Candidate {
  const rest = sentence.text.slice(candidate.end);
  const mark = LAST_ITEM_AFTER_COMMA.exec(rest);
  if (!mark || !candidate.text.includes('、') || HOLDS_CLAUSE_END.test(candidate.text)) return candidate;
  const clause = rest.slice(mark[0].length).split(HOLDS_CLAUSE_END)[0];
  if (!clause) return candidate;
  return endingAt(sentence, candidate, candidate.end + mark[0].length + clause.length) ?? candidate;
}

/**
 * The chosen span completed to its phrase, but for a name that answers as it stands. "被哪一个国家
 * 殖民？", "哪国的哲学家？" ask which place, as a class member or a modifier: a place name the ranker
 * chose is the answer as it stands, and the nouns after it are what it modifies (某国 + 殖民者, 某国 +
 * 哲学家), not more of its name. "位于哪里？" asks where, and an address runs on (某省某市某路).
 * "谁…？" chosen as a person's name is that name: a noun after it opens what the person did (某某 +
 * 见状 + 跳入…, which jieba tags a noun), and the ranker weighed the longer span as a candidate of its own.
 */
function placeOrPhrase(sentence: PreparedSentence, candidate: Candidate, question: AnalysedQuestion): Candidate {
  if (question.type === 'person' && PERSON_TAG.test(sentence.tokens[candidate.last]?.tag ?? '')) return candidate;
  const member = memberAsked(sentence, candidate, question);
  if (member) return member;
  // The article goes on with the question's own words after its gap: the answer ends there, with
  // them when they are the class a "which" or "what" asks of (什么模式 → 某某模式, 哪一个国家公园 →
  // 某某国家公园), and before them when the question only goes on with them (哪一方面的研究 → 某学)
  // or counts them (几个郡 → 五个), never past them (某某模式合作方).
  const next = question.english ? undefined : question.after[0];
  // A Latin term asked what it is (XYZ是什么) stands right after the phrase that says so.
  const term = question.type === 'definition' && !question.english ? question.before[question.before.length - 1] : undefined;
  if (term !== undefined && /^[a-z0-9]/iu.test(term) && sentence.text.startsWith(term, candidate.end)) return candidate;
  const whichPlace = question.askedClass.length > 0 || question.linkAfter === '的' || /国$/u.test(question.cue?.word ?? '');
  // "在哪里处理？" of 在某地污水处理中心处理: the question's verb is a word of the institution's name there.
  const institution = question.type === 'place' && !whichPlace && /^ns/.test(sentence.tokens[candidate.first]?.tag ?? '') ? institutionFrom(sentence, candidate) : undefined;
  if (institution) return institution;
  if (next !== undefined && sentence.text.startsWith(next, candidate.end)) return withClassAsked(sentence, candidate, question);
  // …nor with them, when they are the verb the question goes on with (以什么带动 | 以某事的举办带动).
  // (A how or a why is answered with a clause, which may end with the question's verb: 由此得名.)
  if (next !== undefined && ENTITY_TYPES.has(question.type) && candidate.text.length > next.length && candidate.text.endsWith(next) && /^v/u.test(tagWords(next)[0]?.tag ?? '')) {
    const cut = endingAt(sentence, candidate, candidate.end - next.length);
    if (cut && cut.last >= candidate.first) return cut;
  }
  const grown = completePhrase(sentence, candidate);
  // A place grown into the verbal noun after it (在滁州市 + 调研…) takes in the act done there, not more of the place.
  const act = question.type === 'place' && grown.last > candidate.last && sentence.tokens[grown.last]?.tag === 'vn';
  const phrase = act ? (endingAt(sentence, grown, sentence.tokens[grown.last - 1]!.end) ?? grown) : grown;
  if (question.type !== 'place' || !whichPlace || !/^ns/.test(sentence.tokens[candidate.last]?.tag ?? '')) return phrase;
  // …unless the phrase is a member of the class asked (某地 + 材料研究中心 of 哪个研究中心).
  return question.askedClass.some((word) => phrase.text.endsWith(word)) ? phrase : candidate;
}


/** "Which" and "what" words that ask for a member of the class after them. */
const WHICH_OF_CLASS = /^(?:哪(?!里|儿)|什么|何种|何类)/u;
/** The measure word between (哪一个, 哪一份): the which-words' own, and 份, which the question's cue leaves after it. */
const MEASURE_AFTER_WHICH = new RegExp(`^一?[${WHICH_MEASURES}份]?`, 'u');

/**
 * The span the article goes on from with the question's words after its asking word: it takes
 * those words that are the class asked (nouns right after a "which" or "what"), as many as the
 * article repeats; else it ends where they begin.
 */
function withClassAsked(sentence: PreparedSentence, candidate: Candidate, question: AnalysedQuestion): Candidate {
  const { cue } = question;
  if (!cue || !WHICH_OF_CLASS.test(cue.word)) return candidate;
  const afterCue = question.text.slice(cue.end);
  let at = MEASURE_AFTER_WHICH.exec(afterCue)![0].length;
  let end = candidate.end;
  for (const word of question.after) {
    if (!afterCue.startsWith(word, at) || !sentence.text.startsWith(word, end) || !/^n(?!r)/u.test(tagWords(word)[0]?.tag ?? '')) break;
    at += word.length;
    end += word.length;
  }
  return end === candidate.end ? candidate : (endingAt(sentence, candidate, end) ?? candidate);
}

/**
 * "在哪个研究中心完成的？": the answer is a 研究中心, so a span the article continues with the
 * question's own noun (林海材料 + 研究中心) takes it — the whole name, as a reader expects it.
 */
function withAskedClass(sentence: PreparedSentence, candidate: Candidate, question: AnalysedQuestion): Candidate {
  const kind = nounClassAsked(question);
  if (kind.length === 0) return candidate;
  const rest = sentence.text.slice(candidate.end);
  let noun = '';
  // The noun may be cut in two in the question (研究/中心): take as much of it as the article repeats.
  for (const word of kind) {
    if (!rest.startsWith(noun + word)) break;
    noun += word;
  }
  if (noun.length < 2) return candidate;
  return endingAt(sentence, candidate, candidate.end + noun.length) ?? candidate;
}

/**
 * "能翻几种语言？" of 支持…等14种语言: a count the article writes right before the noun the question
 * counts is given with it (14种语言, 268个城市), as one says the count, not the bare 14种.
 */
function withCountedNoun(sentence: PreparedSentence, candidate: Candidate, question: AnalysedQuestion): Candidate {
  const noun = question.counted[0];
  if (question.type !== 'number' || noun === undefined || !question.units.some((u) => candidate.text.endsWith(u))) return candidate;
  if (!sentence.text.startsWith(noun, candidate.end)) return candidate;
  // A noun only: 入住 of 多少人入住 says what they do, not who they are.
  if (!/^n/u.test(tagWords(noun)[0]?.tag ?? '')) return candidate;
  // The noun whole, in the question and in the article, not the first word of a longer one (2次 |
  // 英格兰联赛杯冠军, 几个中央 | 窝) nor of a noun phrase (3座 | 中世纪的塔楼): a verb, a particle or a mark follows.
  const end = candidate.end + noun.length;
  // The noun counted stands after the asking word (X7的城市NOA开通了几个城市: the second 城市).
  const at = question.text.indexOf(noun, question.cue?.end ?? 0);
  const inQuestion = at < 0 ? undefined : tagWords(question.text.slice(at + noun.length))[0];
  const next = sentence.tokens.find((t) => t.start === end);
  if (!sentence.tokens.some((t) => t.end === end) || !endsPhrase(next) || !endsPhrase(inQuestion)) return candidate;
  return endingAt(sentence, candidate, end) ?? candidate;
}

/**
 * Whether a word closes the noun phrase before it: none, a mark, a particle other than 的, an adverb,
 * a conjunction, or a verb — of two characters, or the copula (是, 为, 有, 在): jieba tags the last
 * character of a noun a verb as often (中央/窝), and a noun made of a verb a verbal noun (联赛/vn).
 */
function endsPhrase(next: { word: string; tag: string } | undefined): boolean {
  if (next === undefined) return true;
  if (next.tag === 'x') return !/\p{Script=Han}/u.test(next.word);
  if (/^v(?!n)/u.test(next.tag)) return next.word.length >= 2 || /^[是为有在]$/u.test(next.word);
  return /^[updcy]/u.test(next.tag) && next.word !== '的';
}

/**
 * "参加了什么节目？": a span that is only the asked class (电视节目) names no member of it; the title
 * written right after it (电视节目《家乡的味道》) does, and is the answer.
 */
function namedAfterClass(sentence: PreparedSentence, candidate: Candidate, question: AnalysedQuestion): Candidate {
  const head = question.askedClass[question.askedClass.length - 1];
  if (!head || !candidate.text.endsWith(head)) return candidate;
  const title = /^[《“「]([^《》“”「」]{1,40})[》”」]/u.exec(sentence.text.slice(candidate.end));
  if (!title) return candidate;
  const start = candidate.end;
  const end = start + title[0].length;
  const first = sentence.tokens.findIndex((t) => t.end > start);
  const last = sentence.tokens.findIndex((t) => t.end >= end);
  if (first < 0 || last < 0) return candidate;
  return { ...candidate, first, last, start, end, text: sentence.text.slice(start, end) };
}

/**
 * Reads the article for the question: every candidate scored, best first. With a sentence model,
 * the answer is chosen among the spans of the sentences it weighs, as far as it trusts each
 * (sentence-choice.ts, `reweighted`); without one, among all spans as the ranker weighs them.
 */
export function read(prepared: PreparedArticle, question: AnalysedQuestion, model: LinearModel, sentences?: LinearModel, earlier?: string): Reading {
  const { grams, ranked, proposals, attribute } = gather(prepared, question);
  // A sentence's own features are the same for each of its candidates: summed once per sentence.
  // One accumulator for every sum: hundreds of candidates, and a closure each was garbage to collect.
  // The sum lives in a typed array: a number assigned to a closure's variable is boxed anew on each
  // write, and tens of thousands of boxes per question made the garbage collector's pauses.
  const bySentence = new Map<ScoredSentence, number>();
  const sum = new Float64Array(1);
  const emit: Emit = (name, value) => {
    sum[0]! += (model.weights.get(name) ?? 0) * value;
  };
  const known = spanScoresOf(model, question.type);
  // Scores and probabilities in typed arrays: a thousand candidates' numbers in plain arrays and
  // closures were tens of thousands of boxed numbers per question, the young generation's garbage.
  const scores = new Float64Array(proposals.length);
  for (let i = 0; i < proposals.length; i++) {
    const p = proposals[i]!;
    let sentence = bySentence.get(p.scored);
    if (sentence === undefined) {
      sum[0] = 0;
      sentenceFeatures(question, p.scored, emit);
      bySentence.set(p.scored, (sentence = sum[0]!));
    }
    scores[i] = spanScore(model, question.type, known, p) + sentence + placeScore(question, p.scored, p.candidate, model.weights);
  }
  const probabilities = softmax(scores);
  const order = orderDescending(scores);
  const all: ScoredSpan[] = new Array(proposals.length);
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    all[k] = { proposal: proposals[i]!, score: scores[i]!, probability: probabilities[i]! };
  }
  // "2号线一期线路有多长？": a sentence about another member of the series the question names
  // (2号线二期…长约9公里) gives that member's values; its spans answer nothing the question asks.
  const another = question.english ? undefined : aboutAnotherMember(question.text);
  // …and a clause about one (8吋厂…约为78%，12吋厂则达到95%以上, asked of the 12吋厂) gives its values, in a sentence about both.
  const spans = another ? all.filter((s) => !another(s.proposal.scored.sentence.text) && !another(clauseOf(s))) : all;
  const pool = sentences ? reweighted(spans, question, ranked, sentences) : spans;
  // Rules the question's wording sets over the ranker's choice, applied in this order: each may put
  // the chosen span aside for one the wording asks for. Some weigh every span read (a figure in the
  // asked unit, a name right after the role asked may come from another of the likely sentences),
  // some only the pool the sentence chooser kept.
  const rules: ReadonlyArray<(chosen: ScoredSpan | undefined) => ScoredSpan | undefined> = [
    (c) => unasked(c, pool, question),
    (c) => statedWhole(c, spans, question),
    (c) => inTheYearAsked(c, spans, question),
    (c) => ofTheClassAsked(c, spans, question),
    (c) => atThePlace(c, spans, question),
    (c) => placeOfTheNoun(c, spans, question),
    (c) => afterCopula(c, spans, question),
    (c) => takenAs(c, spans, question),
    (c) => defined(c, spans, question),
    (c) => ofTheAttribute(c, spans, question, attribute),
    (c) => beside(c, pool, question),
    (c) => valueOfTheNoun(c, spans, question),
    (c) => whereAllWordsStand(c, spans, question),
    (c) => afterBothWords(c, spans, question),
    (c) => afterSuperlative(c, spans, question),
    (c) => beforeQuestionVerb(c, spans, question),
    (c) => ofTheReportedEvent(c, spans, question, prepared),
    (c) => givenToNoun(c, spans, question),
    (c) => ofTheFormAsked(c, spans, question),
    (c) => ofTheUnitAsked(c, spans, question),
    (c) => afterMeasureWord(c, spans, question),
    (c) => ofTheTimeAsked(c, spans, question),
    (c) => aYearAsked(c, spans, question),
    (c) => everyPeriod(c, spans, question),
    // After the rules that look for a span of the form asked: a date they find may be the reporting day.
    (c) => theEventsDay(c, spans, question),
    (c) => theEndAsked(c, spans, question, ranked),
    (c) => inAskedUnit(c, spans, question),
    // After the unit's rule, which takes the figure nearest the question's other words: a sum asked is
    // the one written as a sum, however near a part stands to them.
    (c) => theSumAsked(c, spans, question),
    (c) => theSumOfTheParts(c, spans, question),
    // …and a part's figure (其中…) gives way to its whole, unless the question names the part.
    (c) => notThePart(c, spans, question),
    (c) => ofTheSegmentAsked(c, spans, question),
    // …and of all those figures, the one the headline writes, when the question asks it in the headline's words.
    (c) => theHeadlineFigure(c, spans, question, prepared.article.title, ranked),
    // …and of things listed with their values in turn (甲、乙分别…), the named thing's.
    (c) => valueInTurn(c, spans, question),
    (c) => ofTheClauseNamed(c, spans, question),
    // …but the least or the greatest of values listed is asked by neither's name (最便宜的门票).
    (c) => theExtremeListed(c, spans, question),
    // A figure asked is a figure, not the clause that holds it (before the change's rule, which weighs figures).
    (c) => theFigureInside(c, spans, question, figureGap),
    (c) => theChangeAsked(c, spans, question),
    (c) => countingAsked(c, pool, question, prepared),
    // …and a figure counting another noun than the one asked gives way to a count of it read elsewhere.
    (c) => countedElsewhere(c, spans, question),
    // …and a whole counted so gives way to the part after its 其中 that the question names (倒塌 of 其中23间倒塌).
    (c) => thePartNamed(c, spans, question),
    // A group asked by its count (哪五个国家) is answered by a list of that many.
    (c) => groupListed(c, spans, question),
    (c) => countNotShare(c, spans, question),
    // After the rules that take a figure by the words around it: of a figure changed from one value to
    // another (由220亿元上修至260亿元), the value it was changed to, which those words stand farther from.
    (c) => theValueChangedTo(c, spans, question),
    (c) => peopleCounted(c, spans, question),
    // …and a figure of another year, which the decision would refuse, to one written right under the year asked.
    (c) => ofTheYearAsked(c, spans, question),
    (c) => appositive(c, spans, question),
    (c) => whatWasSaid(c, spans, question),
    (c) => notTheSpeaker(c, spans, question),
    (c) => afterNaming(c, spans, question),
    (c) => anotherName(c, question, ranked, ranked.slice(0, READ_SENTENCES)),
    (c) => besideEarlierAnswer(c, spans, question, earlier),
    // Last: whatever the others chose, a question about the time before is answered where one is told.
    (c) => thePreviousOne(c, spans, question),
    // …and a time of day for a length of time asked, which the decision would refuse, gives way to its sentence's length.
    (c) => theLengthInItsSentence(c, spans, question),
    // …and any other span that writes no length, to a length the article tells as an event's.
    (c) => theLengthTold(c, spans, question),
  ];
  const chosen = rules.reduce((c, rule) => rule(c), choose(pool));
  // The span as the ranker scored it: its probability is the ranker's, which the decision model reads.
  const ranker = chosen && (spans.find((s) => s.proposal === chosen.proposal) ?? chosen);
  const taken = ranker && { ...ranker, proposal: { ...ranker.proposal, candidate: finished(ranker.proposal, question, prepared) } };
  // A consequence (因此X) answers no "why": the reason is before its connective, in its sentence or the one before.
  // …nor does a span that only restates what the question asks about: the reason follows it.
  const because = taken && (reasonBefore(prepared, question, taken.proposal.scored.sentence, taken.proposal.candidate) ?? reasonAfter(prepared, question, taken.proposal.scored.sentence, taken.proposal.candidate));
  const reasoned = because && because.sentence === taken.proposal.scored.sentence ? { ...taken, proposal: { ...taken.proposal, candidate: because.candidate } } : taken;
  const framed = inFrame(reasoned, question, ranked);
  const reasonIn = because && because.sentence !== framed?.proposal.scored.sentence ? ranked.find((s) => s.sentence === because.sentence) : undefined;
  const reason = because && reasonIn ? { ...framed!, proposal: { scored: reasonIn, candidate: because.candidate } } : undefined;
  // "总长和主跨分别有多长": each value by the words of its own part, when the sentence says which is which.
  const paired = framed && question.twoParts ? valuesOfEach(framed, spans, question) : undefined;
  const best = paired ? { ...paired[0], proposal: { ...paired[0].proposal, candidate: finished(paired[0].proposal, question, prepared) } } : framed;
  const other = paired ? paired[1] : best && question.twoParts ? secondValue(best, spans, question, ranked) : undefined;
  const second = other && { ...other, proposal: { ...other.proposal, candidate: finished(other.proposal, question, prepared) } };
  // A name asked after its naming word (原名叫什么) is given there, not as the subject a sentence leaves out.
  // …nor where the chosen span only points back at it (这所学院): what it points at, named before.
  const named = best && !second && !askedNameWords(question) ? leftOutSubject(prepared, question, best.proposal.scored) ?? pointedAt(prepared, best.proposal) : undefined;
  const namedIn = named && ranked.find((s) => s.sentence === named.sentence);
  const subject = named && namedIn ? { ...best!, proposal: { scored: namedIn, candidate: named.candidate } } : undefined;
  return { article: prepared, question, ranked, grams, spans, best, second, subject, reason };
}

/**
 * "以什么为重点？": the filler of the frame the question asks (frame.ts), in the chosen span's
 * sentence, else in the first sentence read that writes the frame; the chosen span when none does.
 */
function inFrame(chosen: ScoredSpan | undefined, question: AnalysedQuestion, ranked: readonly ScoredSentence[]): ScoredSpan | undefined {
  const after = chosen && askedFrame(question);
  if (!chosen || !after) return chosen;
  const own = chosen.proposal.scored;
  for (const scored of [own, ...ranked.slice(0, READ_SENTENCES).filter((s) => s !== own)]) {
    const candidate = frameFilled(scored.sentence, after);
    if (candidate) return { ...chosen, proposal: { scored, candidate } };
  }
  return chosen;
}

/** Probability below which a span is left out of the chooser's pool. */
const NEGLIGIBLE = 1e-5;

/**
 * The spans of the sentences the chooser weighs, each sentence's share of probability set to the
 * chooser's and shared among its spans as the ranker shares it: where the chooser is sure, the
 * spans of its sentence alone; where it hesitates, the likely spans of two sentences weigh against
 * each other, each sentence's spans in the ranker's proportions.
 */
function reweighted(spans: readonly ScoredSpan[], question: AnalysedQuestion, ranked: readonly ScoredSentence[], model: LinearModel): ScoredSpan[] {
  const masses = spanMasses(spans);
  const trust = sentenceProbabilities(question, ranked, masses, model);
  // Which spans are kept and their probabilities first, in a typed array; then their objects, most likely first.
  const kept = new Uint32Array(spans.length);
  const probabilities = new Float64Array(spans.length);
  let n = 0;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    const share = trust.get(s.proposal.scored);
    const mass = masses.get(s.proposal.scored)?.mass ?? 0;
    if (share === undefined || mass <= 0) continue;
    const probability = (s.probability * share) / mass;
    // A span this unlikely is never the answer nor any rule's rival: not worth an object.
    if (probability < NEGLIGIBLE) continue;
    kept[n] = i;
    probabilities[n++] = probability;
  }
  const order = orderDescending(probabilities.subarray(0, n));
  const pool: ScoredSpan[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const s = spans[kept[order[k]!]!]!;
    pool[k] = { proposal: s.proposal, score: s.score, probability: probabilities[order[k]!]! };
  }
  return pool;
}

/**
 * A span the question writes whole (the name in "第二任队长(某某)失踪前派谁…", 1.5吨 in "从1.5吨提高
 * 到多少") is what it asks about, not the answer: the choice among the spans that say something
 * else takes its place. A yes-or-no question is answered by its own words (溶于水吗？ 溶于水).
 */
function unasked(chosen: ScoredSpan | undefined, pool: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  const asked = (s: ScoredSpan) => {
    const text = s.proposal.candidate.text.trim();
    return (text.length >= 2 && question.text.includes(text)) || figureOfQuestion(text, question);
  };
  if (!chosen || question.type === 'yesno' || !asked(chosen)) return chosen;
  // A lone character left between two of the question's words is no answer either.
  return choose(pool.filter((s) => !asked(s) && s.proposal.candidate.text.trim().length >= 2)) ?? chosen;
}

/** A span that is a bare figure the question writes as a number of its own (24 of "within 24 hours", not of 240). */
function figureOfQuestion(span: string, question: AnalysedQuestion): boolean {
  const figure = /^\d+(?:\.\d+)?$/u.exec(span.trim())?.[0];
  return figure !== undefined && new RegExp(`(?<![\\d,.])${figure.replace('.', '\\.')}(?![\\d,.])`, 'u').test(question.text);
}

/**
 * "象棋是由几个人下的？" answered 一种 of 一种二人对弈的游戏: a count of things answers no count of
 * people; the count of people its sentence writes (二人) takes its place.
 */
function peopleCounted(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  if (!chosen || !countsOtherThanPeople(chosen.proposal.candidate.text, question)) return chosen;
  return spans.find((s) => s.proposal.scored === chosen.proposal.scored && PEOPLE_COUNT.test(s.proposal.candidate.text.replace(/\s+/gu, ''))) ?? chosen;
}

/** A span that is a count of people and nothing else (二人, 36名). */
const PEOPLE_COUNT = new RegExp(`^(?:${figureInUnits(PEOPLE_MEASURES, true).source})`, 'u');

/** A yes or a no said in one verb (没有 of 有没有磁场): the short answer itself. */
const POLAR = /^(?:[不没沒]?(?:有|是|会|能|要|可以)|[不没沒])$/u;

/**
 * "他会上诉吗？" answered with the bare verb the ranker liked best (提出 of 将提出上诉): a yes or no is
 * said by the clause that holds it (某某表示将提出上诉), the likeliest one read around it.
 */
function statedWhole(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  if (!chosen || question.type !== 'yesno') return chosen;
  const { candidate, scored } = chosen.proposal;
  if (candidate.text.length > 2 || candidate.kinds.some((k) => k !== 'verb') || POLAR.test(candidate.text)) return chosen;
  const clause = spans.find((s) => s.proposal.scored === scored && s.proposal.candidate.kinds.includes('clause') && s.proposal.candidate.start <= candidate.start && s.proposal.candidate.end >= candidate.end);
  return clause ?? chosen;
}


/**
 * The other value a two-part question asks for (领队和队员分别多大 → 45岁 beside 31岁; 哪天几点 →
 * 3月15日 beside 上午9时30分): the likeliest span of the kind the question asks, not overlapping the
 * first, in its sentence or the one before or after it in its paragraph (for a date, read there if need be).
 */
function secondValue(best: ScoredSpan, spans: readonly ScoredSpan[], question: AnalysedQuestion, ranked: readonly ScoredSentence[]): ScoredSpan | undefined {
  const kinds = ANSWERING_KINDS[question.type];
  if (!kinds) return undefined;
  const first = best.proposal;
  const order = first.scored.sentence.order;
  const found = spans.find((s) => {
    const { candidate, scored } = s.proposal;
    if (s.probability < SECOND_SHARE * best.probability || !kinds.some((k) => candidate.kinds.includes(k))) return false;
    // The sentence before or after, in the same paragraph: the next paragraph tells of something else (a founding date after a merger).
    if (Math.abs(scored.sentence.order - order) > 1 || scored.sentence.paragraph !== first.scored.sentence.paragraph) return false;
    if (scored === first.scored && candidate.start < first.candidate.end && first.candidate.start < candidate.end) return false;
    return candidate.text !== first.candidate.text;
  });
  return found ?? (question.type === 'date' ? neighbouringDate(first, ranked) : undefined);
}

/**
 * 哪天几点: "3月15日上午，……。上午9时30分，法庭宣判" — the day stands in the sentence before the hour,
 * which holds none of the question's words and so was never read. The date written closest to the
 * chosen sentence, in the sentence before it (its last date) or after it (its first), in one paragraph.
 */
function neighbouringDate(first: Proposal, ranked: readonly ScoredSentence[]): ScoredSpan | undefined {
  const { sentence } = first.scored;
  for (const step of [-1, 1]) {
    const scored = ranked.find((r) => r.sentence.order === sentence.order + step && r.sentence.paragraph === sentence.paragraph);
    if (!scored) continue;
    const dates = proposeCandidates(scored.sentence).filter((c) => c.first === c.last && c.kinds.includes('date') && c.text !== first.candidate.text);
    const candidate = step < 0 ? dates[dates.length - 1] : dates[0];
    if (candidate) return { proposal: { scored, candidate }, probability: 0, score: -Infinity };
  }
  return undefined;
}
