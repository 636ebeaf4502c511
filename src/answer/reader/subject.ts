import type { AnalysedQuestion } from './analyse.js';
import type { AnswerType } from './answer-types.js';
import { CLAUSE_ENDS, proposeCandidates, type Candidate, type SpanKind } from './candidates.js';
import type { PreparedArticle, PreparedSentence } from './prepare.js';
import type { ScoredSentence } from './retrieve.js';

/**
 * Chinese writing names its topic once and then leaves it out: "张某，某某县人。建立某某学会，……"
 * — the second sentence's subject is the first's. An encyclopedia article names its subject in the
 * first sentence, a report its person, and later sentences say 他, 该校, or nothing. When the question
 * asks who or what did what such a sentence says (谁建立了某某学会？), the answer is not a span of
 * that sentence but the subject it leaves out: the nearest earlier sentence's, in the chain of
 * sentences that leave it out.
 */

/** Kinds of span that name what a question of each type asks for, as a sentence's subject. */
const SUBJECT_KINDS: Partial<Record<AnswerType, readonly SpanKind[]>> = {
  person: ['person'],
  organisation: ['organisation', 'noun', 'latin'],
  // A noun phrase holding a place (南河 + 县) is one: the subject is nouns only.
  place: ['place', 'organisation', 'has_place'],
  thing: ['person', 'organisation', 'place', 'noun', 'title', 'latin'],
};

/** 他, 她们, 它… standing as the subject; 他的 is someone's, not the one who acts. */
const PRONOUN_SUBJECT = /^(?:他们|她们|它们|他|她|它)(?![的们])/u;

/** 该校, 此街, 本省: a demonstrative before a noun stands for something named before. */
const DEMONSTRATIVE_NOUN = /^[该此本]\p{Script=Han}/u;
/** Words made on those characters that are no subject: connectives and times (此外, 此后, 本来, 本次, 该年). */
const NOT_DEMONSTRATIVE = new Set(['此外', '此后', '此前', '此时', '此次', '此间', '此刻', '本来', '本次', '本身', '本人', '本年', '本月', '本届', '该年', '该月', '该日']);

/** Tags a sentence opens with when it leaves its subject out: a verb (建立某某学会…). */
const PREDICATE_OPENING = /^(?:v|vd|vi)$/;
/** Tags of a clause that only sets the time: time words, locatives (后), figures, measure words. */
const SETTING_TAG = /^(?:t|tg|f|m|mq|q)$/;
/** Verbs that open a sentence saying something exists (有很多…): what exists is its subject. */
const EXISTENTIAL = new Set(['有', '没有', '存在']);
/** Marks that end a clause (a bracketed aside does not: 某某类（学名：）是…). */
const CLAUSE_END = new RegExp(`[${CLAUSE_ENDS.join('')}]`, 'u');

/** Copulas a question puts before its asking word: "X是谁", "X指的是谁", "X为何人". */
const COPULA_BEFORE_CUE = /(?:是|为|乃|指的是|指|叫|叫做)$/u;
/** Verbs that take 为 as their complement (聘为, 选为, 称为, 成为): what follows is their object, not an equation. */
const VERB_WITH_COPULA = /[聘选称作成改列定命封立任视认升调转译更名]为$/u;
/** An agent asked in a passive: "X是由谁建立的", "被哪国占领". */
const AGENT_BEFORE_CUE = /(?:由|被)$/u;
/** What a question may write before an asking word that opens it. */
const OPENING = /^(?:请问|问|那么|那|到底|究竟|是)?$/u;
/** Asking words of a person or thing, with a copula written before them (是谁). */
const ASKING_WORD = /(?:[是为])?(?:谁|哪|什么|何人|何者|何物)/u;
/** What may follow an asking word that closes a question: a measure word and a class noun (一家企业, 个人), a particle. */
const CLOSING_CLASS = /^(?:一)?[个家条种位名座所支部本项门国]?\p{Script=Han}{0,4}?(?:的|呢|啊|吧|了)?$/u;

/** Longest subject taken, in characters: a name or a noun phrase, not a clause. */
const MAX_SUBJECT = 12;

/** How many sentences back the subject is looked for within the paragraph. */
const MAX_BACK = 4;

/** Where a sentence's own words start: after a report's credit and any opening marks. */
function opening(sentence: PreparedSentence): number {
  let i = sentence.credit;
  while (i < sentence.text.length && /[\p{P}\s]/u.test(sentence.text[i]!)) i++;
  return i;
}

/** The question asks for the subject of what it says: its asking word opens it (谁建立了…), or closes it after a copula (…是谁) or stands as a passive's agent (由谁建立). */
export function asksSubject(question: AnalysedQuestion): boolean {
  if (question.english || !SUBJECT_KINDS[question.type]) return false;
  const text = question.text.replace(/[\p{P}\s]/gu, '');
  // The asking word itself: a which-question's cue may be left to its class (哪一家企业), and a cue may
  // carry its copula (是谁).
  const at = text.search(ASKING_WORD);
  if (at < 0) return false;
  const before = text.slice(0, at);
  const after = text.slice(at).replace(ASKING_WORD, '');
  // 哪一个球队为…, 谁首度…; a scope before the which-phrase (中国哪个省份…) still opens it.
  if (OPENING.test(before) || (before.length <= 2 && /^哪/u.test(text.slice(at)))) return true;
  // 是由谁建立的: who did it, said as the agent of a passive (由谁统治 alone may be answered by the sentence's own 由).
  if (AGENT_BEFORE_CUE.test(before) && /是[由被]$/u.test(before) && text.endsWith('的')) return true;
  // …是谁, …是哪一家企业, …指的是谁: the copula before, at most a class after — unless a verb takes
  // the copula as its complement (被聘为什么职务 asks the post, not who).
  const copula = COPULA_BEFORE_CUE.test(before) || /^[是为]/u.test(text.slice(at));
  const head = before + text.slice(at).match(/^[是为]?/u)![0];
  return copula && !VERB_WITH_COPULA.test(head) && CLOSING_CLASS.test(after);
}

type Opening = 'pronoun' | 'none' | 'subject';

/** How a sentence opens: with a pronoun or demonstrative for its subject, with no subject at all, or with one of its own. */
export function subjectOpening(sentence: PreparedSentence, from = opening(sentence)): Opening {
  const start = from;
  const rest = sentence.text.slice(start);
  if (PRONOUN_SUBJECT.test(rest)) return 'pronoun';
  const first = sentence.tokens.find((t) => t.end > start);
  if (!first) return 'subject';
  if (DEMONSTRATIVE_NOUN.test(first.word) && first.word.length >= 2 && !NOT_DEMONSTRATIVE.has(first.word) && rest.startsWith(first.word)) return 'pronoun';
  if ((first.word === '为' || first.word === '是') && rest.startsWith(first.word)) return 'none';
  const clause = rest.split(CLAUSE_END)[0]!;
  // A clause that only sets the time (去世后，…; 1925年，…) comes before the subject: the next clause says whether there is one.
  const clauseTokens = sentence.tokens.filter((t) => t.start >= start && t.end <= start + clause.length);
  if (clause.length < rest.length && clauseTokens.length > 0 && clauseTokens.every((t) => SETTING_TAG.test(t.tag))) {
    return subjectOpening(sentence, start + clause.length + 1);
  }
  // A verb opening a clause that holds 的 opens a subject it describes (继任某州刺史的张某投降李某);
  // 有 opens one that exists (有很多…生长在温带).
  if (PREDICATE_OPENING.test(first.tag) && !EXISTENTIAL.has(first.word) && !clause.includes('的')) return 'none';
  return 'subject';
}

/** Clause openings that continue the sentence's subject: a copula, or a verb or adverb with no subject before it (是…, 也是…, 先后赢得…). */
const CONTINUING_TAG = /^(?:v|vd|vi|d)$/;

/**
 * What the question matched stands where the subject left out is the one it is said of: in the
 * first clause, or in a later one that opens with its predicate (成立于1975年，是该市最成功的球队),
 * not in one with a subject of its own (…，某某钢厂系国内第一大钢厂).
 */
function saysOfTheSubject(scored: ScoredSentence): boolean {
  const { sentence, matched } = scored;
  const text = sentence.text;
  let best = -1;
  let bestCount = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !CLAUSE_END.test(text[i]!)) continue;
    let count = 0;
    for (let j = start; j < i; j++) count += matched[j] ?? 0;
    if (count > bestCount) {
      bestCount = count;
      best = start;
    }
    start = i + 1;
  }
  if (best <= opening(sentence)) return true;
  const first = sentence.tokens.find((t) => t.start >= best);
  return first !== undefined && (first.word === '是' || first.word === '为' || CONTINUING_TAG.test(first.tag));
}

/** Tags of the words a subject is made of: nouns, names, foreign words, and the numbers of a reign (六世). */
const SUBJECT_TAG = /^(?:n|nr|nrfg|nrt|ns|nt|nz|ng|nl|zg|j|eng|m|x)$/;

/** A division's word closing a place name the tagger left apart (县, 市, 省). */
const PLACE_SUFFIX = /^[省市县区州镇乡村岛]$/u;

/** Marks inside a foreign name (约翰·某某): not the punctuation that ends a phrase. */
const NAME_JOINERS = /[·•・‧]/gu;

/** Words that tie a phrase to what follows it as a modifier or a coordinate (张某的父亲, 甲与乙): no subject ends there. */
const NOT_AFTER_SUBJECT = new Set(['的', '之', '与', '和', '及', '、', '或', '跟', '同']);

/** The sentence's own subject, when it opens with a phrase of one of `kinds` that a predicate follows. */
export function subjectOf(sentence: PreparedSentence, kinds: readonly SpanKind[]): Candidate | undefined {
  const start = opening(sentence);
  const after = (c: Candidate) => sentence.tokens.find((t) => t.start >= c.end);
  const fits = proposeCandidates(sentence).filter((c) => {
    // A whole clause of nouns (国王某某六世，…) names a thing, whatever its words were tagged.
    const clause = c.kinds.includes('clause') && kinds.includes('noun');
    if (c.start !== start || !(clause || c.kinds.some((k) => kinds.includes(k)))) return false;
    if (c.kinds.includes('date') || c.kinds.includes('number')) return false;
    // A phrase holding a place is one only when a division ends it (南河 + 县), not 某江矿产资源.
    if (!clause && !c.kinds.some((k) => k !== 'has_place' && kinds.includes(k)) && !PLACE_SUFFIX.test(sentence.tokens[c.last]!.word)) return false;
    // A name or a noun phrase: nouns only (某某汽车, not 某某汽车是源自某国的跨国); a reign's number or
    // a time word inside a name (六世) only after its first word.
    for (let i = c.first; i <= c.last; i++) {
      const { tag, word } = sentence.tokens[i]!;
      if (!SUBJECT_TAG.test(tag) && !/^[·•・‧]$/u.test(word) && !(i > c.first && tag === 't')) return false;
    }
    const next = after(c);
    const text = c.text.trim();
    return next !== undefined && !NOT_AFTER_SUBJECT.has(next.word) && text.length >= 2 && text.length <= MAX_SUBJECT && !/[\p{P}\s]/u.test(text.replace(NAME_JOINERS, ''));
  });
  // The longest: the whole name (亚历山大六世), not its first word.
  return fits.sort((a, b) => b.end - a.end)[0];
}

/**
 * For a question asking the subject, when the chosen sentence leaves its subject out or says it with
 * a pronoun: the subject as an earlier sentence of its paragraph names it, up to the first sentence
 * of the chain that names its own — or, when the chain runs to the paragraph's start, as the
 * article's first sentence names its topic. Undefined when the sentence has a subject of its own,
 * or the one the chain leads to is of another kind than asked.
 */
export function leftOutSubject(prepared: PreparedArticle, question: AnalysedQuestion, scored: ScoredSentence): { sentence: PreparedSentence; candidate: Candidate } | undefined {
  const kinds = SUBJECT_KINDS[question.type];
  const { sentence } = scored;
  if (!kinds || !asksSubject(question) || subjectOpening(sentence) === 'subject' || !saysOfTheSubject(scored)) return undefined;
  const paragraph = prepared.sentences.filter((s) => s.paragraph === sentence.paragraph && s.sentence < sentence.sentence).reverse();
  for (const earlier of paragraph.slice(0, MAX_BACK)) {
    if (subjectOpening(earlier) !== 'subject') continue;
    const candidate = subjectOf(earlier, kinds);
    return candidate && { sentence: earlier, candidate };
  }
  if (paragraph.length > MAX_BACK) return undefined;
  // The chain reaches the paragraph's start: the article's topic, as its first sentence names it.
  const first = prepared.sentences[0];
  if (!first || first === sentence || subjectOpening(first) !== 'subject') return undefined;
  const candidate = subjectOf(first, kinds);
  return candidate && { sentence: first, candidate };
}
