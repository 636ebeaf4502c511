import { isHedge } from '../../language/hedges.js';
import { isPersonByAgeOrSex } from '../../language/person-by-age-or-sex.js';
import { absentMember, absentOrdinal, absentQuarter } from './series.js';
import { yearOfAnother } from './year-asked.js';
import { previousUnwritten } from './previous-occurrence.js';
import { countedNotNamed, onlyCounted } from './counted-not-named.js';
import { ANSWERING_KINDS, ASKED_MEASURES, ASKING_WORDS, PEOPLE_MEASURES, WHICH_MEASURES } from './answer-types.js';
import { DECISION } from './models.js';
import { gapToMatch } from './retrieve.js';
import { sigmoid } from './model.js';
import type { PreparedArticle } from './prepare.js';
import { clauseOf, type Reading } from './read.js';
import { questionFeatures, type Emit } from './features.js';
import { tagWords } from '../../language/segmenter.js';
import { englishSpeechVerbs, SPEECH_VERB_ANYWHERE, SPEECH_VERB_PATTERN } from '../../language/speech-verbs.js';
import { askedRelation, ASKS_WHO_HOLDS, isRelation, writesRelation } from '../../language/titles.js';
import { isCommonWord } from '../../language/word-frequency.js';
import { sameWords } from '../../language/same-words.js';
import { settlingWords } from '../../language/yes-no-answers.js';
import { complementedVerb, gluedFunctionCharacter, headCovered, mostlyCovered, shortenedTogether, splitVerbWritten } from '../../language/covered.js';
import { COUNTING_ONE_BY_ONE, MEASURE_CHARS, rankUnaskedIn } from './figures.js';
import { POINTING_TIME } from './candidates.js';
import { EVERY_PERIOD, MODALS, TIME_CLAUSE_NOUN, askedCalendarUnit, monthsNotAnAge, asksFigure, asksFrequency, countedInText, writesCount, writesDuration, writesTime, asksInOwnUnits, countsOtherThanPeople, FIGURE_RUN, GENERIC_QUANTITIES, headNamesFigure, holdsAskedForm, headBeforeFigure, measuredNoun, measureWordedOtherwise, valuedInArticle, valuedNoun, writesCalendarUnit } from './asked-form.js';

/**
 * Answer or refuse, from one calibrated model: the probability that the article answers the
 * question, from how much of the question its best sentence holds, what of the question the article
 * lacks anywhere, and how sure the span ranker is. The threshold is chosen by `npm run train` on
 * held-out questions for a stated precision (see weights.ts). A figure question also needs a span of
 * the asked form and the quantity it names, and a question asking a year, a month or a day an answer
 * that writes one (see `decide`).
 */
export interface Verdict {
  answer: boolean;
  /** Probability that the article answers the question, 0–1. */
  confidence: number;
  /** Words of the question the article never uses, the most specific first: what a refusal names. */
  missing: string[];
  /** The question asks a figure in a form (多少钱, 第几次, 多少名) that no span read is written in. */
  noFigure: boolean;
  /** The question asks a year, a month or a day, and nothing around the answer found writes one. */
  noDate: boolean;
  /** The institution asked a member of (大学 of 哪所大学), when the span read names none. */
  noMember?: string;
  /** …and whether it is a group the article counts but never names (那47个项目都是哪些). */
  noMembers?: boolean;
}


/**
 * Whether the article writes a text, in its sentences or its title: the title names the subject
 * (某某市), which the sentences then often leave unsaid (市内…), so a question naming it names what
 * the article is about, not something it lacks.
 */
export function writtenIn(prepared: PreparedArticle): (text: string) => boolean {
  const title = prepared.article.title.toLowerCase();
  const { text } = prepared;
  return (part) => text.includes(part) || title.includes(part);
}

/** …or, for a word of the question, in a word of the same sense (刊登 as 发表: `sameSense`). */
const writtenAnywhere = (reading: Reading) => {
  const written = writtenIn(reading.article);
  const { sameSense } = reading.question;
  return sameSense ? (part: string) => written(part) || sameSense.has(part) : written;
};

/**
 * jieba's tags of the closed word classes and of counting words: conjunctions, prepositions, adverbs,
 * particles, locatives, pronouns, numerals and measures (and the two as one, mq: 这帮 of 这帮人),
 * modal particles, interjections (或是, 经由, 大于, 之后, 何者, 一项, 两成). An article that never
 * writes one words the same fact otherwise (超过 for 大于, 20% for 两成): it is not counted among the
 * words the article lacks, nor named by a refusal.
 * Not x: jieba's tag of a word it does not know, as often a name (柯秋岚) as a piece of one.
 */
const GRAMMAR_TAG = /^(?:[cpdufrmqye]|mq)$/u;

/** Whether a Chinese word, tagged alone, is of a closed class or counts (GRAMMAR_TAG); a figure (1457) is a fact. */
export function isGrammarWord(word: string, tag = tagWords(word)[0]?.tag ?? ''): boolean {
  // A closed-class word said twice over (前前后后 of 前后, 上上下下): as much a function word as the word.
  const doubled = /^(\p{Script=Han})\1(\p{Script=Han})\2$/u.exec(word);
  if (doubled) return isGrammarWord(doubled[1]! + doubled[2]!);
  return /^\p{Script=Han}+$/u.test(word) && (GRAMMAR_TAG.test(tag) || POINTING_MEASURE.test(word));
}

/** A demonstrative and its measure (这桩 of 这桩收购, 那件, 该起), which jieba may not know (x): it points, it names nothing. */
const POINTING_MEASURE = new RegExp(`^[这那该此][${MEASURE_CHARS}桩]$`, 'u');

/**
 * The negated half of a question asking yes or no by a verb and its negation (服不服, 去不去), as
 * jieba leaves it (服, 不服): it asks, it names nothing the article must write.
 */
function negatedInAsking(term: string, question: string): boolean {
  const verb = /^[不没](\p{Script=Han}+)$/u.exec(term)?.[1];
  return verb !== undefined && question.includes(verb + term);
}

/** Words that ask yes or no, whole or as jieba leaves them (会/不会 of 会不会), and the adverbs of such a question. */
const ASKS_YES_OR_NO = /^(?:有没有|是不是|能不能|会不会|要不要|可不可以|有无|是否|不会|没有|不是|不能|不要|已经|曾经|还会)$/u;

/**
 * Question words of two or more characters, and figures and Latin names, that the article lacks
 * entirely: how many, how specific (rare in Chinese at large) and how many are names.
 */
function missingTerms(reading: Reading): { words: number; figures: number; specific: number; proper: number; share: number; terms: string[] } {
  const { question } = reading;
  const written = writtenAnywhere(reading);
  let words = 0;
  let figures = 0;
  let specific = 0;
  let proper = 0;
  let counted = 0;
  const terms: string[] = [];
  // What a refusal names first: a figure or a word rare in Chinese at large (0), then a common one (1).
  const rank = new Map<string, number>();
  const shortened = shortenedTogether(question.terms, question.text, (word) => reading.article.sentences.some((s) => s.tokens.some((t) => t.word === word)));
  // 事情发生在哪天？ names no thing but the reported event: its words are not facts the article lacks.
  for (const term of question.aboutEvent ? [] : question.terms) {
    const t = term.toLowerCase();
    const figure = /^[\da-z.%-]+$/.test(t);
    if (!figure && t.length < 2) continue;
    // 年纪 of 领队多大年纪, 人数 of 参赛人数是多少: the quantity asked, which an article gives as 45岁 or 2315人.
    if (asksFigure(question) && GENERIC_QUANTITIES.has(t)) continue;
    // 城市 of 在哪些城市, when what is chosen is of the kind asked (南京、苏州): the class describes
    // the answer, which the article names without it.
    if (classAnswered(reading, term)) continue;
    // 早上 of 早上几点: the part of the day is the hour asked, which the article gives as 7时15分.
    if (question.type === 'date' && PART_OF_DAY.test(t)) continue;
    // 预计 of 产值预计多少: how sure the figure is, which the article may say otherwise (将超过).
    if (isHedge(t)) continue;
    // 有没有, 会不会 (and the 不会 jieba leaves of 会不会): they ask yes or no, they name nothing.
    if (ASKS_YES_OR_NO.test(t) || negatedInAsking(t, question.text)) continue;
    // 需要 of 需要自己掏钱吗, 必须: need or ability asked of an act, which the article states without the word.
    if (MODALS.has(t)) continue;
    // 一天 of 最后一天是哪天, 同时, 对外: closed classes and counting words, which an article words
    // otherwise (GRAMMAR_TAG); counted as lacking, they sank answerable questions under the threshold.
    if (!figure && isGrammarWord(term)) continue;
    // 当初, 过后, 目前: a time the question points at from the story's own (当初为什么学农), which the
    // article tells by its dates, not by the word.
    if (POINTING_TIME.test(t)) continue;
    // 时候 of 起飞的时候有多重: 的时候 makes a clause of time; it names nothing the article must write.
    if (t === TIME_CLAUSE_NOUN) continue;
    // 阿伯 of 种了30年的阿伯: someone described by age or sex, whom the article names otherwise.
    if (isPersonByAgeOrSex(t)) continue;
    counted++;
    // 去世 of an obituary that writes 病逝: a word of the same meaning (same-words.ts) is the word written.
    if (written(t) || (!figure && mostlyCovered(t, question.text.toLowerCase(), written)) || sameWords(t).some(written)) continue;
    // 付钱 of 要自己付钱吗, of an article writing 免费: a yes or no the article settles in its own words.
    if (question.type === 'yesno' && settlingWords(t).some(written)) continue;
    if (!figure && (gluedFunctionCharacter(t, written) || splitVerbWritten(t, written) || complementedVerb(t, written) || shortened.has(term))) continue;
    terms.push(term);
    if (figure) {
      figures++;
      rank.set(term, 0);
    } else {
      words++;
      const common = isCommonWord(t);
      if (!common) specific++;
      const tag = tagWords(term)[0]?.tag ?? '';
      if (/^n[rstz]/.test(tag)) proper++;
      rank.set(term, common ? 1 : 0);
    }
  }
  const specificFirst = terms.sort((a, b) => rank.get(a)! - rank.get(b)!);
  return { words, figures, specific, proper, share: counted > 0 ? (words + figures) / counted : 0, terms: specificFirst };
}

/** Parts of the day, which a time of day gives (7时15分 is in the morning). */
const PART_OF_DAY = /^(?:早上|早晨|清晨|上午|中午|下午|傍晚|晚上|夜里|夜间|凌晨|半夜|深夜)$/u;

/** Whether a word follows the question's 哪 and its measure (哪些城市, 哪家企业): the class asked. */
function afterWhich(text: string, word: string): boolean {
  const at = text.indexOf(word);
  return at > 0 && WHICH_BEFORE.test(text.slice(Math.max(0, at - 3), at));
}

/** 哪, 哪一, 哪些 and a measure (answer-types.ts's WHICH_MEASURES, and 处, 批), right before a word. */
const WHICH_BEFORE = new RegExp(`哪(?:一)?[些处批${WHICH_MEASURES}]?$`, 'u');

/** Whether a term is the class the question asks a member of, and the chosen span holds one of that kind. */
function classAnswered(reading: Reading, term: string): boolean {
  const { question, best } = reading;
  const answering = ANSWERING_KINDS[question.type];
  if (!best || !answering || !(question.askedClass.includes(term) || afterWhich(question.text, term))) return false;
  const kinds = best.proposal.candidate.kinds;
  return answering.some((k) => kinds.includes(k) || kinds.includes(`has_${k}` as (typeof kinds)[number]));
}

/** Whether some span read gives a figure in the form the question asks (asked-form.ts). */
function offersAskedForm(reading: Reading): boolean {
  // …or the chosen one, which a rule may have taken from a sentence the reader did not read (headline-figure.ts).
  const chosen = reading.best?.proposal.candidate.text;
  return reading.spans.some((s) => holdsAskedForm(s.proposal.candidate.text, reading.question)) || (chosen !== undefined && holdsAskedForm(chosen, reading.question));
}

/** Whether the chosen span, and any span read (`offered`), give the figure in the asked form. */
function askedFormFeatures(reading: Reading, emit: Emit, offered: boolean): void {
  const { question, best } = reading;
  if (!best || !asksFigure(question)) return;
  if (!holdsAskedForm(best.proposal.candidate.text, question)) emit('asked.form_not_in_span', 1);
  if (!offered) emit('asked.form_not_read', 1);
}

/** The ranker's alignment features (features.ts) that also say whether the article answers at all. */
const ALIGNMENT = new Set(['align.before', 'align.after', 'align.both', 'align.before.near', 'align.after.near', 'align.before2', 'align.after2', 'align.none', 'sentence.has_before', 'sentence.has_after']);
/** Steps of the best sentence's coverage: the answer is linear in none of them. */
const COVERAGE_STEPS: readonly [string, number][] = [['sentence.coverage.50', 0.5], ['sentence.coverage.70', 0.7], ['sentence.coverage.85', 0.85], ['sentence.coverage.95', 0.95]];

export function decisionFeatures(reading: Reading, emit: Emit, missing = missingTerms(reading), offered = offersAskedForm(reading)): void {
  const top = reading.ranked[0];
  const best = reading.best;
  emit('bias', 1);
  // An English question reaches the article only through the words it was mapped to, which the
  // article writes by construction: what it lacks, it never says, and its evidence weighs otherwise.
  if (reading.question.english) emit('question.english', 1);
  // …and how many of its English words reached no word of the article at all, in an English question
  // or in a Chinese one with English words left in it (几个 hours, 哪个国家的 name).
  const unmapped = reading.question.unmapped ?? 0;
  if (reading.question.english || unmapped > 0) {
    emit('english.unmapped', Math.min(unmapped, 3));
    emit('english.unmapped_share', unmapped / ((unmapped + reading.question.terms.length) || 1));
  }
  emit('question.in_article', reading.grams.inArticle);
  emit('missing.words', Math.min(missing.words, 3));
  emit('missing.figures', Math.min(missing.figures, 2));
  emit('missing.share', missing.share);
  emit('missing.specific', Math.min(missing.specific, 3));
  emit('missing.proper', Math.min(missing.proper, 2));
  const answering = ANSWERING_KINDS[reading.question.type];
  if (answering) {
    emit('kind.expected', 1);
    if (top && answering.some((k) => top.kinds.has(k))) emit('kind.in_sentence', 1);
    if (best && answering.some((k) => best.proposal.candidate.kinds.includes(k))) {
      emit('kind.in_span', 1);
      // …and right beside what the question names (志愿者 + a figure): the value asked for, not any value.
      if (gapToMatch(best.proposal.scored.matched, best.proposal.candidate.start, best.proposal.candidate.end) <= 4) emit('kind.beside_question', 1);
    }
  }
  // How the chosen span sits in its sentence: the question's own wording right around it (the gap
  // the question leaves, filled) is the surest sign the sentence answers; a span merely near
  // some of its words is not.
  if (best) {
    questionFeatures(reading.question, best.proposal.scored, best.proposal.candidate, (name, value) => {
      if (ALIGNMENT.has(name)) emit(`span.${name}`, value);
    });
  }
  // Question words the chosen sentence lacks though the article has them elsewhere: the
  // question's facts are spread over the article, not stated together.
  const sentence = best?.proposal.scored.sentence.text.toLowerCase() ?? '';
  const terms = reading.question.terms.map((t) => t.toLowerCase()).filter((t) => t.length >= 2 && reading.article.text.includes(t));
  const absent = terms.filter((t) => !sentence.includes(t));
  emit('sentence.absent_terms', Math.min(absent.length, 3));
  emit('sentence.absent_specific', Math.min(absent.filter((t) => !isCommonWord(t)).length, 3));
  const coverage = top?.coverage ?? 0;
  for (const [name, floor] of COVERAGE_STEPS) if (coverage >= floor) emit(name, 1);
  emit('sentence.coverage', top?.coverage ?? 0);
  emit('sentence.run', top?.run ?? 0);
  emit('sentence.words', top?.words ?? 0);
  emit('span.probability', best?.probability ?? 0);
  emit('span.log_probability', Math.log(Math.max(1e-6, best?.probability ?? 0)));
  emit('span.score', Math.max(-10, Math.min(10, best?.score ?? -10)) / 10);
  const second = reading.spans[1];
  emit('span.margin', best && second ? Math.min(5, best.score - second.score) / 5 : 1);
  emit(`type.${reading.question.type}`, 1);
  askedFormFeatures(reading, emit, offered);
}

/**
 * The model's verdict, except for a figure question the article cannot answer, however much of its
 * wording it holds: one asking a figure in a stated form (赔了多少钱, 第几次, 多少名志愿者)
 * that no span read is written in has no candidate of its type to answer with, and one measuring a
 * quantity the article never names (使用年限是多少年) has no value to give, nor one asking the figure of
 * a thing (多少钱的违约金) the article writes only where no figure of the form stands. On the
 * training folds 0.25% and 0.2% of answerable questions meet the first two (a measure or a quantity
 * written another way); of the 15 that name the thing after the asking word, none meets the third.
 */
export function decide(reading: Reading): Verdict {
  const missing = missingTerms(reading);
  const offered = offersAskedForm(reading);
  let z = 0;
  decisionFeatures(
    reading,
    (name, value) => {
      z += (DECISION.model.weights.get(name) ?? 0) * value;
    },
    missing,
    offered,
  );
  const confidence = sigmoid(z);
  // The thing the figure is of (多少钱的违约金), written only where no figure of the form is.
  const valued = valuedNoun(reading.question);
  const unvalued = valued !== undefined && valuedInArticle(reading.article.sentences, valued, reading.question) === false;
  // …nor one whose chosen span, after every rule that looks for a span of the form (read.ts), still
  // writes none: 多大年纪 answered 10%至15%. Over every public question and the dev sets, none such
  // was right: 3 answered answerable questions wrongly, 4 answered unanswerable ones. Nor a count
  // of things for a count of people (2台 for 多少人).
  const chosen = reading.best?.proposal.candidate.text.replace(/\s+/gu, '');
  // Nor a rank for a count (第一 for how many runners were disqualified), unless a rank is what is
  // asked in 多少's words (名次多少, 排名多少).
  const ranked = reading.question.type === 'number' && reading.best !== undefined && rankUnaskedIn(reading.best, reading.question.text);
  // Nor a count or an amount answered with no figure at all (a clause of the sentence that holds the
  // question's words: 看望慰问…一线的医护人员 for how many pharmacies).
  // Likewise a length of time answered with none (一例, a count, for how long an operation took).
  // A date is no count either (1月19日 for how many children).
  // (How often something is done is answered by the period it recurs in, 每周, which counts no length.)
  const figureless = chosen !== undefined && ((reading.question.type === 'number' && !writesCount(chosen)) || (reading.question.type === 'duration' && !writesDuration(chosen) && !(asksFrequency(reading.question) && EVERY_PERIOD.test(chosen))));
  // Nor a length of months for an age asked (需时约四个月 for 几岁: monthsNotAnAge).
  const unformed = chosen !== undefined && ((asksInOwnUnits(reading.question) && !holdsAskedForm(chosen, reading.question)) || countsOtherThanPeople(chosen, reading.question) || ranked || figureless || (reading.best !== undefined && monthsNotAnAge(reading.best.proposal, reading.question)));
  // Nor one of a year whose figure the chosen span is not (去年 asked, 今年1—3月's figure chosen).
  const otherYear = reading.question.type === 'number' && yearOfAnother(reading.best, reading.question) !== undefined;
  // Nor the question's own figure given back (58座 for "how many of the 58 tombs…").
  const echoed = chosen !== undefined && (reading.question.type === 'number' || reading.question.type === 'duration') && onlyFiguresOf(chosen, reading.question.text);
  const noFigure = asksFigure(reading.question) && reading.best !== undefined && (!offered || unvalued || unformed || uncountedNoun(reading) || otherYear || echoed);
  const unmeasured = reading.question.unreachedClass ?? absentFirmClass(reading) ?? absentMeasuredNoun(reading) ?? absentCountedNoun(reading) ?? absentRelation(reading) ?? absentRole(reading) ?? absentOrdinal(reading) ?? absentMember(reading) ?? absentQuarter(reading);
  const counted = countedNotNamed(reading) ?? onlyCounted(reading);
  const unnamedMember = noMemberNamed(reading) ?? unnamedOfClass(reading) ?? counted;
  const terms = unmeasured ? [unmeasured, ...missing.terms.filter((t) => t !== unmeasured)] : missing.terms;
  // Nor does a span that writes no time at all answer when (12306, 13部 for when something happened).
  // Nor a date made only of a figure the question counts with (17日下午 for when "those 17 projects"
  // start).
  const noDate = undated(reading) || (reading.question.type === 'date' && chosen !== undefined && (!writesTime(chosen) || onlyFiguresOf(chosen, countedFigures(reading.question.text))));
  const unsaid = yesOrNoUnsaid(reading, missing.terms);
  const previous = previousUnwritten(reading.question, reading.best);
  // Nor the person who reports what the question asks of, for who did it.
  const reporter = onlyTheSource(reading);
  const named = previous ? [previous, ...terms] : terms;
  return { answer: confidence >= DECISION.threshold && !noFigure && !unmeasured && !noDate && !unsaid && !unnamedMember && !previous && !reporter, confidence, missing: named, noFigure: noFigure && !unmeasured && !previous, noDate: noDate && !previous, noMember: unnamedMember, noMembers: unnamedMember !== undefined && unnamedMember === counted };
}

/**
 * The figures a question counts with (17个项目 → 17), as one text: not a day it gives (18日那天,
 * answered 18日上午) nor a figure of a name (2008一村一品研讨会, held in 2008年).
 */
function countedFigures(question: string): string {
  return (question.match(COUNTED_FIGURE) ?? []).join(' ');
}
const COUNTED_FIGURE = new RegExp(`\\d+(?=[${MEASURE_CHARS}])`, 'gu');

/** Figures written in digits (1,136, 3.4). */
const DIGIT_FIGURE = /\d+(?:[.,]\d+)*/gu;

/**
 * Whether every figure a span writes is one the question writes itself: a count asked is never the
 * one the question gives (of every public figure question answered, none was), nor is a date.
 */
function onlyFiguresOf(span: string, question: string): boolean {
  const figures = span.match(DIGIT_FIGURE) ?? [];
  const asked = new Set(question.match(DIGIT_FIGURE) ?? []);
  return figures.length > 0 && figures.every((f) => asked.has(f));
}

/** The heads a party's name ends in (某某党, 某某联盟). */
const PARTY_HEADS = /党|联盟|阵线|同盟/u;

/**
 * Institutions that news names by the head of their name (某某大学, 某某医院, 某某法院, 某某党), with the heads a
 * member's name holds (某某大学某某分校 is a school). Not companies or firms: news names them bare as
 * often (某某新能源).
 */
const NAMED_BY_HEAD: Readonly<Record<string, RegExp>> = {
  大学: /大学|学院/u,
  学院: /大学|学院/u,
  学校: /学校|[小中大]学|学院|[分高母]校|书院|幼儿园|学堂/u,
  医院: /医院|卫生院/u,
  法院: /法院|法庭/u,
  银行: /银行/u,
  政党: PARTY_HEADS,
  党派: PARTY_HEADS,
};

/**
 * "某某本科是在哪所大学读的？" answered with a 研究院: a member of such an institution asked (哪所大学,
 * 哪家医院) is named with its head, so a chosen span whose clause holds none names something else, and
 * the article does not say which. The institution asked, when so.
 */
function noMemberNamed(reading: Reading): string | undefined {
  const { question, best } = reading;
  const asked = question.askedClass.at(-1);
  const heads = asked === undefined ? undefined : NAMED_BY_HEAD[asked];
  if (heads === undefined || best === undefined) return undefined;
  // The span's clause, which the reply grows the span over (政治系毕业 → 某某学院政治系毕业); a name
  // in Latin letters (UCLA) is a name of its own.
  return heads.test(clauseOf(best)) || /[A-Za-z]{2,}/u.test(best.proposal.candidate.text) ? undefined : asked;
}

/** Nouns asking which firm (哪家公司, 哪个厂家, 哪家供应商). */
const FIRM_CLASSES = new Set(['公司', '企业', '厂家', '厂商', '供应商', '开发商', '承建商', '承包商', '运营商', '制造商', '生产商', '经销商']);
/** How an article writes that a firm is one: any of those nouns, or a firm's name's head (集团, 有限, 股份, 工厂). */
const FIRM_WRITTEN = new RegExp([...FIRM_CLASSES, '集团', '工厂', '有限', '股份'].join('|'), 'u');

/**
 * "攸田项目是哪间建筑公司起的？" of an article that writes no firm at all: an article naming a company
 * writes 公司, 企业 or 集团 somewhere (该公司, 某某集团), as the English "which company" rule reads
 * it (respond/read.ts, unreachedAskedNoun); one that never does names none, so whatever it names is
 * not the firm asked. The class asked, when so.
 */
function absentFirmClass(reading: Reading): string | undefined {
  const { question } = reading;
  if (question.english) return undefined;
  const noun = question.askedClass.at(-1);
  if (noun === undefined || !FIRM_CLASSES.has(noun) || FIRM_WRITTEN.test(reading.article.text)) return undefined;
  return noun;
}

/**
 * "之前在哪家票务公司上班？" where the article writes only 一家演出票务公司: the thing of the class
 * asked stands in the chosen clause, but only as one the article does not name (一家…, 某…), so
 * the question of which one stays open. The class noun, when so.
 */
function unnamedOfClass(reading: Reading): string | undefined {
  const { question, best } = reading;
  if (best === undefined || (question.type !== 'organisation' && question.type !== 'person')) return undefined;
  const clause = clauseOf(best);
  // The class's head comes last (票务公司: 公司), after what narrows it.
  const noun = [...question.askedClass].reverse().find((word) => /^n/u.test(tagWords(word)[0]?.tag ?? '') && clause.includes(word));
  if (noun === undefined) return undefined;
  for (let at = clause.indexOf(noun); at >= 0; at = clause.indexOf(noun, at + 1)) {
    if (!UNNAMED_BEFORE.test(clause.slice(0, at))) return undefined;
  }
  // Named with the question's measure when it writes one (哪家公司 → 家公司), as a reply says it.
  const measure = WHICH_MEASURE.exec(question.text)?.[1] ?? '';
  return measure + noun;
}

/** The measure a "which" is asked with (哪家, 哪一所). */
const WHICH_MEASURE = new RegExp(`哪一?([${MEASURE_CHARS}])`, 'u');

/** A noun's words before it that leave the thing unnamed: 一家(演出票务)公司, 某(科技)公司, 一名(男子). */
const UNNAMED_BEFORE = new RegExp(`(?:(?<![第\\d〇零一二三四五六七八九十])一[${MEASURE_CHARS}]|某)[^，。；、：,;:]{0,8}$`, 'u');

/**
 * "被告有没有被起诉？" where the article never writes 起诉: a yes or no is the article's only when it
 * writes what is asked of, so a word of the question's own it lacks (not a function word) leaves
 * the question open, however much of the rest it holds. An English question's words reach the
 * article only as mapped: one that reached none of its words leaves it open the same way.
 */
function yesOrNoUnsaid(reading: Reading, missing: readonly string[]): boolean {
  const { question } = reading;
  // 是否决什么议题 asks what, whatever 是否 jieba finds in it.
  if (question.type !== 'yesno' || ASKING_WORDS.test(question.text)) return false;
  // An English word that reached no word of the article (appeal, where it never writes 上诉) is as unsaid:
  // in a Chinese question, the one word left in English is what it asks of. A question all in
  // English words its deed in many, and one the dictionary misses among them (the repair of "will
  // owners get a car while theirs is in for the recall repair") leaves the rest to say it, unless it
  // is a fair share of them.
  if (question.english) {
    const unmapped = question.unmapped ?? 0;
    if (unmapped === 0 || /\p{Script=Han}/u.test(question.text)) return unmapped > 0;
    return unmapped >= 2 || unmapped / (unmapped + question.terms.length) >= 0.25;
  }
  // What is asked of is a thing or a deed: a manner word the article leaves out (广泛) leaves it said.
  if (missing.some((t) => /^\p{Script=Han}{2,}$/u.test(t) && /^[nv]/u.test(tagWords(t)[0]?.tag ?? ''))) return true;
  // The article's own clause asks it too, and its sentence says it is yet to be settled
  // (针对明天是否停班停课，…将于今晚公布): it is still open there. A clause that asks it and is
  // answered in the same sentence (对于是否加价，公司表示不会) answers it.
  const best = reading.best;
  if (best === undefined || !LEFT_OPEN.test(best.proposal.candidate.text)) return false;
  return NOT_YET_SETTLED.test(best.proposal.scored.sentence.text.slice(best.proposal.candidate.end));
}

/** Words that leave a yes or no open in the article's own sentence (是否, 能否, 会不会). */
const LEFT_OPEN = /是否|能否|会否|可否|与否|会不会|能不能|是不是|有没有/u;
/** …and that say it is not settled yet: to be announced or decided, still studied, not yet known. */
const NOT_YET_SETTLED = /将(?:于|在)?[^。；]{0,14}?(?:公布|宣布|决定|通知|发布)|尚未|仍未|未定|待定|有待|正在(?:研究|评估|商讨)|仍在|视[^。；]{0,10}而定/u;

/**
 * "哪一天开幕？" answered with 如期 or 会后 where nothing is dated: a year, a month or a day asked, none
 * given. A span beside the date (上午9时许 of 2月11日上午9时许) still quotes it in its sentence, and
 * one that dates by the sentence before in its paragraph (次日, 十月 after 1958年9月20日…) quotes that one too.
 */
function undated(reading: Reading): boolean {
  const unit = askedCalendarUnit(reading.question);
  const { best, second } = reading;
  if (unit === undefined || best === undefined) return false;
  const dates = (text: string) => writesCalendarUnit(text, unit);
  if ([best, second].some((s) => s !== undefined && dates(s.proposal.candidate.text))) return false;
  const { sentence } = best.proposal.scored;
  const before = reading.article.sentences[sentence.order - 1];
  return !dates(sentence.text) && !(before !== undefined && before.paragraph === sentence.paragraph && dates(before.text));
}

/**
 * "张三的妻子叫什么名字？" where the article never writes a wife: whoever it names is someone else's
 * relation. Only for the closed list of posts, callings and kin (titles.ts).
 */
function absentRelation(reading: Reading): string | undefined {
  // 叫什么 asks a thing's name as often as a person's: the relation asked says which.
  if (reading.question.type !== 'person' && reading.question.type !== 'thing') return undefined;
  const noun = askedRelation(reading.question.text);
  if (!noun) return undefined;
  // A post the article writes only as its deputy's (副总经理赵某 for 总经理叫什么) is held by someone it does not name.
  const { text } = reading.article;
  if (!noun.startsWith('副') && text.includes(noun) && text.split(`副${noun}`).every((part) => !part.includes(noun))) return noun;
  return writesRelation(noun, writtenAnywhere(reading)) ? undefined : noun;
}

/** A question closing on who holds a role: 主裁判是哪位？, 发言人叫什么名字？ */
const ROLE_ASKED = new RegExp(`^(.*?)(?:${ASKS_WHO_HOLDS}|是哪一位|是何人)(?:名字)?[？?。\\s]*$`, 'u');

/**
 * "这场比赛的主裁判是哪位？" where the article never writes 裁判: whoever it names holds another
 * role. Any common noun right before the closing asking words (the closed list of posts and kin
 * is `absentRelation`'s), taken as written when the article writes it, its head (裁判 of 主裁判)
 * or one of its other wordings.
 */
function absentRole(reading: Reading): string | undefined {
  const { question } = reading;
  if (question.type !== 'person' || question.english) return undefined;
  const before = ROLE_ASKED.exec(question.text)?.[1];
  const last = before === undefined ? undefined : tagWords(before).filter((w) => w.word.trim()).at(-1);
  if (!last || !/^\p{Script=Han}{2,}$/u.test(last.word) || !/^n(?![rstz])/u.test(last.tag)) return undefined;
  const noun = last.word;
  // Kin and posts are absentRelation's, which reads them more widely (其妻 writes a wife); a doer
  // (作者, 代理人) is as often named by the deed (某某著, 由某某代理) as by the noun.
  // Nor a word that says only someone's age or sex (阿伯, 大妈, 小伙子): the question describes the
  // person by it (种了30年的阿伯), the article by a name and what they do.
  if (isRelation(noun) || DOER.test(noun) || isPersonByAgeOrSex(noun)) return undefined;
  return writtenSomeWay(noun, writtenAnywhere(reading)) ? undefined : noun;
}

/** Whether the article writes a noun as it is, by its head (裁判 of 主裁判, 补贴 of 生活补贴) or in one of its other wordings (same-words.ts). */
function writtenSomeWay(noun: string, written: (text: string) => boolean): boolean {
  return written(noun) || written(noun.slice(-2)) || sameWords(noun).some(written);
}

/** Nouns of a doer, made on the deed: 作者, 代理人, 创造者. */
const DOER = /[者人员家方师手]$/u;

/** The quantity a figure question measures (asked-form.ts), when the article never writes it. */
function absentMeasuredNoun(reading: Reading): string | undefined {
  const noun = measuredNoun(reading.question, (word) => tagWords(word)[0]?.tag ?? '');
  if (!noun) return undefined;
  const written = writtenAnywhere(reading);
  const text = reading.question.text;
  if (written(noun) || measureWordedOtherwise(noun).some(written) || headBeforeFigure(noun, reading.article.text)) return undefined;
  // Written another way only when its head is (门牌号 is not, where the article writes 门牌 but no 号),
  // or its head only says "the figure of" (人口数 is the 人口 the article counts).
  const headWritten = headCovered(noun, text, written) || headNamesFigure(noun);
  return mostlyCovered(noun, text, written) && headWritten ? undefined : noun;
}

/**
 * "考察了几家药店？" where the article names 药店 but never counts them: the count asked of a thing
 * of single things (the counted noun after the asking word and its measure) is given nowhere, so any
 * figure of the chosen sentence (两场座谈会) counts something else. Not people (多少人), whose count an
 * article often gives apart from the noun (共救出12人), nor a noun the article lacks (absentCountedNoun).
 */
function uncountedNoun(reading: Reading): boolean {
  const { question } = reading;
  const noun = question.counted[0];
  if (question.type !== 'number' || noun === undefined || PEOPLE_NOUN.test(noun)) return false;
  // Things counted one by one (几家, 几座; "how many" in English, which writes no measure), not people.
  const { units } = question;
  const things = question.english ? units.length === 0 : units.length > 0 && units.every((u) => COUNTING_ONE_BY_ONE.has(u) && !PEOPLE_MEASURES.includes(u));
  if (!things) return false;
  // Only the noun counted itself, not one qualifying a noun after it (多少件售票诈骗的案子: the
  // article counts 案件 by another word of the question).
  const next = tagWords(question.text.slice(question.text.indexOf(noun) + noun.length))[0];
  if (next !== undefined && /^(?:n|vn|uj)/u.test(next.tag)) return false;
  const { text } = reading.article;
  // A figure in the measure Chinese counts the noun's kind with (260辆 for 公交车, 3艘 for 渔船) counts it,
  // whatever word for the thing stands beside it (增派运力车辆260辆).
  const measure = COUNTED_BY.exec(reading.best?.proposal.candidate.text ?? '')?.[1];
  if (measure !== undefined && (MEASURE_OF_KIND[measure] ?? '').includes(noun.slice(-1))) return false;
  // …and so does a figure in the very measure asked, when that measure counts few kinds of thing
  // (多少瓶假酒 → 约3.9万瓶, 几台电梯 → 52台), unlike 个, 家 or 项, which count anything.
  if (measure !== undefined && units.includes(measure) && NARROW_MEASURES.includes(measure)) return false;
  return text.includes(noun) && !countedInText(noun, text);
}

/** The measure word a figure ends with (260辆, 3艘). */
const COUNTED_BY = new RegExp(`[\\d〇零一二三四五六七八九十百千万两余多]([${MEASURE_CHARS}])$`, 'u');

/**
 * The heads of the nouns a measure word counts, a closed part of the grammar: 辆 counts vehicles
 * (车), 艘 boats and ships (船, 舰, 艇), 架 aircraft (机), 列 trains (车), 头 cattle (牛, 猪, 羊), 匹
 * horses, 棵 and 株 trees, 栋 and 幢 buildings (楼, 房).
 */
const MEASURE_OF_KIND: Readonly<Record<string, string>> = {
  辆: '车', 艘: '船舰艇', 架: '机', 列: '车', 头: '牛猪羊', 匹: '马', 棵: '树', 株: '树苗', 栋: '楼房', 幢: '楼房',
};

/** Measures that count few kinds of thing: those of MEASURE_OF_KIND, and containers, machines, books and small things. */
const NARROW_MEASURES: readonly string[] = [...Object.keys(MEASURE_OF_KIND), ...'瓶箱盒袋桶罐台本册枚颗粒'];

/** Nouns of people (居民, 学生, 员工), whose count an article often gives apart from them (共转移1.2万人). */
const PEOPLE_NOUN = /[人员者民众生工士兵手]$/u;

/**
 * "用了多少经费？", "发了多少补贴？" where the article never writes 经费 or 补贴: the figure is of a
 * thing the article never names, so whatever sum it gives is of something else. The noun right
 * after the asking word (and its measure), or the verb said as one (多少赔偿), taken as written when
 * the article writes it, its head (费 of 经费 is not enough: two characters) or one of its other wordings.
 */
function absentCountedNoun(reading: Reading): string | undefined {
  const { question } = reading;
  if (!asksFigure(question) || question.english) return undefined;
  const counted = question.counted[0];
  // The words right after the asking word, its measure aside (多少头牦牛: 头, then 牦牛); 人 of 几个人
  // is itself what is counted, and what follows it says what they do (几个人参加).
  if (question.units.includes('人')) return undefined;
  const next = question.after.find((w) => !question.units.includes(w));
  // jieba glues a measure to its noun (首诗 of 几首诗, 个人 of 多少个人报名): the noun is the rest.
  const glued = counted !== undefined && (ASKED_MEASURES.includes(counted[0]!) || /^[mq]$/u.test(tagWords(counted[0]!)[0]?.tag ?? ''));
  const noun = glued ? counted.slice(1) : counted;
  // Right after it: 多高的地方, 几岁的时候 ask where and when of the figure, not a figure of them.
  if (noun === undefined || counted !== next || question.linkAfter || !/^\p{Script=Han}{2,}$/u.test(noun)) return undefined;
  // A verb said as the thing (多少赔偿, 多少补贴) counts as a noun does.
  if (!/^(?:n(?![rstz])|vn|v)/u.test(tagWords(noun)[0]?.tag ?? '') || GENERIC_QUANTITIES.has(noun)) return undefined;
  if (writtenSomeWay(noun, writtenAnywhere(reading))) return undefined;
  // A noun made on the unit the article counts in (席次 of 5席, 分数 of 98分, 人民 of 12万人) names that unit.
  return new RegExp(`${FIGURE_RUN}${noun[0]}`, 'u').test(reading.article.text) ? undefined : noun;
}

/** The opening of a clause that attributes what follows to someone (据 + who + 介绍). */
const ATTRIBUTED = /(?:^|[，,；;。])\s*据[^，,；;。]*$/u;

/**
 * Where a person or body named is the source of what the sentence says: 据某某介绍, 某某（职务）表示，
 * 某某在会上说：, and a body with the post and name of who spoke for it between (据某公司副总经理某某介绍).
 */
const SOURCE_AFTER = new RegExp(`^(?:[（(][^）)]{0,20}[）)])?[^，,；;。：:（(“”"]{0,16}?(?:在[^，。；]{1,12}?|对[^，。；]{1,8}?|向[^，。；]{1,8}?|接受[^，。；]{1,10}?时)?(?:${SPEECH_VERB_PATTERN})[，,：:]`, 'u');

/**
 * "Who built the trains?" answered with 彭志远 of 据某公司副总经理彭志远介绍，7号线采用…列车 (or
 * "which company…" with 某公司): the person or body chosen is who reports the sentence, and the
 * question's words are in what they report, not around them, so the article says who told of it,
 * not who did it. Not when the question asks who said something.
 */
function onlyTheSource(reading: Reading): boolean {
  const { question, best } = reading;
  if ((question.type !== 'person' && question.type !== 'organisation') || best === undefined) return false;
  // A verb of speech in the question asks who said something.
  if (SPEECH_VERB_ANYWHERE.test(question.text) || englishSpeechVerbs(question.text).length > 0) return false;
  const { candidate, scored } = best.proposal;
  const text = scored.sentence.text;
  const source = SOURCE_AFTER.exec(text.slice(candidate.end));
  // Only where the clause opens with 据 (据某某介绍): someone named with a verb of speech alone may
  // be the doer who then tells of it (某某表示，公司将…), as a held-out set showed.
  if (source === null || !ATTRIBUTED.test(text.slice(0, candidate.start))) return false;
  const count = (from: number, to: number) => scored.matched.slice(from, to).reduce((n, m) => n + m, 0);
  const said = candidate.end + source[0].length;
  return count(0, candidate.start) < 2 && count(said, text.length) >= 2;
}
