import { leavesQuotationOpen } from '../../article/sentences.js';
import { asWritten, foldText } from '../../language/fold.js';
import { OPENS_POINTING_BACK } from '../../language/pointing-back.js';
import { pinyinKey, romanizeName } from '../../language/pinyin.js';
import { sameSenseWords } from '../../language/shared-sense.js';
import { inArticleWords } from '../../language/same-words.js';
import { cutGluedHelpers, joinSplitVerbs, keepAdverbsWhole } from '../../language/covered.js';
import type { Vocabulary } from '../../language/vocabulary.js';
import { namesInQuestion } from '../reader/names.js';
import { pick, quotedPassage, refusal, sentencePassage, type AskContext, type Draft } from '../draft.js';
import { glossChinese } from '../gloss.js';
import { analyseQuestion, englishAskedNoun, englishCounted, singularOf } from '../reader/analyse.js';
import { askedNameOf, describedButUnnamed, withheldNameAsked } from '../reader/asked-name.js';
import { decide } from '../reader/decide.js';
import { prepareArticle, type PreparedArticle, type PreparedSentence } from '../reader/prepare.js';
import { read, type Reading } from '../reader/read.js';
import { spellNumbersLikeArticle } from '../reader/spell-numbers.js';
import { inArticleWording, waysWritten } from './mixed-wording.js';
import { RANKER, SENTENCES } from '../reader/models.js';
import type { AnswerType } from '../reader/answer-types.js';
import type { Passage } from '../types.js';
import type { Understood } from '../understand.js';

/** Further sentences quoted after the answer's own, when they match the question nearly as well. */
const MORE_PASSAGES = 2;
const MORE_RELATIVE = 0.7;

/**
 * Answers that are often written over several sentences: a reason, a method, what something is or is
 * like, a list, what was said, the gist. Their quotation runs on around the answer's sentence.
 */
const RUNNING_ANSWERS = new Set<AnswerType>(['reason', 'method', 'definition', 'list', 'statement', 'summary']);
/** How long such a run may grow, in characters: two or three sentences of a description, not the paragraph. */
const RUN_CHARS = 200;

/**
 * The article words an English question was mapped to, for the reader to look for; and a name
 * the dictionary could not map (Soemadi), as written, so that its absence from the article counts.
 */
export function mappedTerms(understood: Understood, articleText?: string): string[] {
  const concepts = englishConcepts(understood);
  // With several articles loaded, an English word's translations come from all of them; in the one
  // read, those it writes stand for the word (family → 家人, not also another article's 大家), and
  // only a word none of whose translations it writes is missing there.
  const mapped = concepts.flatMap((c) => {
    const han = c.alternatives.map((a) => a.word).filter((w) => /\p{Script=Han}/u.test(w));
    const here = articleText === undefined ? han : han.filter((w) => articleText.includes(foldText(w)));
    return here.length > 0 ? here : han;
  });
  const unmappedNames = concepts.filter((c) => c.salient && !c.alternatives.some((a) => /\p{Script=Han}/u.test(a.word)) && /^[A-Za-z]/.test(c.label));
  return [...mapped, ...unmappedNames.map((c) => c.label)].map(foldText);
}

/**
 * The ways the article writes each English word of the question that it writes in more than one
 * (marathon: 马拉松 and 全马; people: 人民 and 万人), folded: each is one word of the question, however
 * many ways it has (see `AnalysedQuestion.ways`).
 */
function mappedWays(understood: Understood, articleText: string): { word: string; weight: number }[][] {
  return englishConcepts(understood)
    .map((c) => waysWritten(c, articleText))
    .filter((ways) => ways.length > 1);
}

/**
 * English words of the question that reached the article through pinyin or the dictionary (Tencent →
 * 腾讯), or that the question names again in brackets the way the article writes it (Nuvo (诺沃)).
 */
function translatedLabels(context: AskContext, articleText: string): string[] {
  return context.understood.concepts
    .filter((c) => /^[a-z]/i.test(c.label) && (c.alternatives.some((a) => /\p{Script=Han}/u.test(a.word)) || (c.found && !articleText.includes(c.label.toLowerCase()))))
    .map((c) => c.label.toLowerCase());
}

export function readArticle(context: AskContext): Reading {
  const prepared = prepareArticle(context.article);
  // The question in the article's words: its English and its synonyms as the article writes them, a
  // verb it says apart whole, and a word jieba glued to a helping character cut at it.
  const written = (w: string) => prepared.text.includes(w);
  const reworded = inArticleWords(inArticleWording(foldText(context.understood.question.text), context.understood, prepared.text), written);
  const worded = keepAdverbsWhole(cutGluedHelpers(joinSplitVerbs(reworded, (w) => writtenWhole(prepared, w)), written));
  const numbers = spellNumbersLikeArticle(worded, prepared.text);
  const analysed = analyseQuestion(numbers.text, [...mappedTerms(context.understood, prepared.text), ...numbers.also]);
  // A name written in Latin letters and also mapped (Tiangong-2 → 天宫) is looked for through its mapping only.
  const translated = translatedLabels(context, prepared.text);
  const named = namesInQuestion(context.understood.question.text, prepared);
  const terms = analysed.terms.filter((t) => !/^[a-z]/i.test(t) || !translated.some((label) => t.toLowerCase().includes(label)));
  // A name found by its pinyin stands for the Latin words that spelled it (Zhang Mingyuan → 张明远).
  const spelled = (t: string) => named.some((n) => pinyinKey(n).includes(t.toLowerCase().replace(/[^a-z]/g, '')));
  const kept = named.length > 0 ? terms.filter((t) => !/^[a-z]/i.test(t) || !spelled(t)) : terms;
  // "Which bank…?": the article's word for the bank is the class the answer is a member of
  // (某某银行 ends with 银行), as 哪家银行 gives it to a Chinese question.
  // Only a word the article writes as a noun: a synonym's sense can reach a verb (province → state → 表示).
  const noun = analysed.english && analysed.askedClass.length === 0 ? englishAskedNoun(analysed.text) : undefined;
  const nouns = noun ? chineseWordsFor(context.understood, noun).filter((w) => writtenAsNoun(prepared, w)) : [];
  const askedClass = nouns.length > 0 ? [nouns[0]!] : analysed.askedClass;
  // "How many visitors…?": the article's words for what is counted, as 多少名游客 gives 游客.
  // Its qualifiers too (medical stations → 医疗): the article may write them beside the figure (医疗站28个).
  const countedPhrase = analysed.english && analysed.type === 'number' ? englishCounted(analysed.text) : undefined;
  const countedNouns = countedPhrase ? [countedPhrase.noun, ...countedPhrase.qualifiers] : [];
  const sameSense = analysed.english ? undefined : sameSenseIn(prepared, analysed.terms, context.knowledge.vocabulary);
  // 多少家商家 where the article counts 36家企业: what is counted, in the article's word for it.
  const counted = countedPhrase ? countedNouns.flatMap((w) => chineseWordsFor(context.understood, w)).filter((w) => writtenAsNoun(prepared, w)) : [...analysed.counted, ...analysed.counted.flatMap((w) => sameSense?.get(w) ?? [])];
  const ways = analysed.english ? mappedWays(context.understood, prepared.text) : undefined;
  const unreachedClass = analysed.english ? unreachedAskedNoun(context, analysed.text, prepared.text) : undefined;
  return read(prepared, { ...analysed, askedClass, counted, sameSense, ways, unreachedClass, terms: [...new Set([...kept, ...named])], unmapped: analysed.english || /[A-Za-z]{3}/u.test(analysed.text) ? unmappedWords(context.understood, analysed.englishCue) : 0 }, RANKER, SENTENCES, context.earlier);
}

/**
 * "Which chip powers the new glasses?" of an article that names no chip: the noun right after
 * "which" or "what", when it is not a name (a name the article lacks is counted missing as written,
 * `mappedTerms`), reached no word of the article and is no character of it either
 * (`namedByCharacter`). Only the word right after: the noun of a longer phrase is a guess (what
 * anniversary falls…); and not a word that only asks the kind of answer (what date, which way),
 * which names no thing: the cue words (date, place, role…) are no concepts of `englishConcepts`,
 * the rest are `GENERIC_CLASSES`.
 */
function unreachedAskedNoun(context: AskContext, question: string, articleText: string): string | undefined {
  const noun = englishAskedNoun(question);
  if (!noun || GENERIC_CLASSES.has(singularOf(noun)) || !new RegExp(`\\b(?:which|what)\\s+${noun}\\b`, 'iu').test(question)) return undefined;
  const concept = englishConcepts(context.understood).find((c) => c.label.toLowerCase() === noun);
  if (!concept || concept.found || concept.salient) return undefined;
  return namedByCharacter(noun, articleText, context.knowledge.vocabulary) ? undefined : noun;
}

/**
 * Whether the article writes a character one of whose senses is the noun itself (楼: floor, in
 * 三楼): Chinese names the thing by the character inside another word (家住三楼), which no word
 * of the article reaches.
 */
function namedByCharacter(noun: string, text: string, vocabulary: Vocabulary): boolean {
  const wanted = singularOf(noun);
  const characters = new Set(text.match(/\p{Script=Han}/gu) ?? []);
  return [...characters].some((ch) => vocabulary.senses(ch)?.some((sense) => sense.replace(/\([^)]*\)/gu, '').trim().toLowerCase() === wanted));
}

/**
 * Nouns that ask the kind of answer rather than name a thing the article must write (what month,
 * which way). A class of names (which company) is not among them: an article about a company
 * names it 某某科技 but still writes 公司 or 企业 somewhere (该公司), and one that never does is
 * not about one. Measured on the held-out sets, refusing those refused only unanswerable questions.
 */
const GENERIC_CLASSES = new Set(['month', 'week', 'period', 'hour', 'way', 'kind', 'type', 'sort', 'part', 'thing', 'one', 'number', 'amount', 'name', 'percentage', 'share', 'age', 'level', 'score', 'item', 'step', 'reason', 'method', 'size', 'price', 'rate', 'figure', 'value', 'total', 'sum']);

/** The question's words the article never writes, each with the article's words of the same sense (shared-sense.ts); undefined when there are none. */
function sameSenseIn(prepared: PreparedArticle, terms: readonly string[], vocabulary: Vocabulary): ReadonlyMap<string, readonly string[]> | undefined {
  let found: Map<string, readonly string[]> | undefined;
  for (const term of terms) {
    if (prepared.text.includes(term)) continue;
    const words = sameSenseWords(term, vocabulary).filter((w) => prepared.text.includes(w));
    if (words.length > 0) (found ??= new Map()).set(term, words);
  }
  return found;
}

/**
 * Words that point at something rather than name it (the other one, the same day): Chinese writes
 * them as 另, 其他, 同, inside other words, so an article that answers has no word of its own for them.
 */
const POINTING_WORDS = new Set(['other', 'others', 'another', 'same', 'such', 'own', 'else']);

/**
 * English words of the question that reached no word of the articles, neither by their own senses
 * nor by a synonym's: not looked for, so never found missing, yet the question asks about them. A
 * name (salient) is passed on as written and found missing itself (`mappedTerms`); the words of the
 * asking phrase (the old of "how old") and pointing words name nothing to find.
 */
function unmappedWords(understood: Understood, englishCue: string | undefined): number {
  const asking = new Set(englishCue?.toLowerCase().split(/\s+/) ?? []);
  const namesAThing = (label: string) => /^[a-z]/i.test(label) && !asking.has(label.toLowerCase()) && !POINTING_WORDS.has(label.toLowerCase());
  return englishConcepts(understood).filter((c) => !c.found && !c.salient && namesAThing(c.label)).length;
}

/** Chinese words of the question are the reader's own to find (analyse.ts, as in training); only English ones are mapped. */
function englishConcepts(understood: Understood): Understood['concepts'] {
  return understood.concepts.filter((c) => !c.cue && /[A-Za-z]/.test(c.label));
}

/**
 * Whether the article writes the word as a word of its own (报警, 开会), not two characters met across
 * words: a verb, or a common noun (jieba tags 报警 one); not a pronoun and its noun (他的家 is no 他家
 * said apart), nor a character twice (县的县治 of 哪一个县的县治).
 */
function writtenWhole(prepared: PreparedArticle, word: string): boolean {
  if (!prepared.text.includes(word) || PRONOUN_FIRST.test(word) || word[0] === word[1]) return false;
  return prepared.sentences.some((s) => s.tokens.some((t) => t.word === word && /^(?:v|n$|l)/u.test(t.tag)));
}
const PRONOUN_FIRST = /^[我你您他她它谁这那其各每本该]/u;

/**
 * Whether the article writes the word as a word of its own, as a noun or a set phrase (操作系统 is
 * tagged l), not as a verb or another part of speech; or as the head of a noun it writes (超市 of 连锁超市).
 */
function writtenAsNoun(prepared: PreparedArticle, word: string): boolean {
  return prepared.sentences.some((s) => s.tokens.some((t) => (t.word === word && /^(?:n|l)/u.test(t.tag)) || (t.word.length > word.length && t.word.endsWith(word) && /^n/u.test(t.tag))));
}

/** The article words (folded) an English word of the question was mapped to (nurses → 护士). */
export function chineseWordsFor(understood: Understood, word: string): string[] {
  const concept = understood.concepts.find((c) => c.label.toLowerCase() === word);
  return concept?.alternatives.map((a) => foldText(a.word)).filter((w) => /\p{Script=Han}/u.test(w)) ?? [];
}

/**
 * "走失的小女孩叫什么名字？" when the article tells of a girl but never names her: the description
 * asked about (as the question wrote it), for the refusal to name. An English noun (nurses) is
 * looked for through the article's words it was mapped to (护士).
 */
export function unnamedDescription(context: AskContext): string | undefined {
  const question = foldText(context.understood.question.text);
  // Someone the article writes only as 某某 (邵某): it withholds the name asked.
  const withheld = withheldNameAsked(question);
  if (withheld && prepareArticle(context.article).text.includes(withheld)) return asWritten(withheld, context.understood.question.raw);
  const asked = askedNameOf(question);
  if (!asked) return undefined;
  const latin = /^[a-z]+$/.test(asked);
  const words = latin ? chineseWordsFor(context.understood, asked) : [asked, ...sameSenseWords(asked, context.knowledge.vocabulary)];
  return words.length > 0 && describedButUnnamed(prepareArticle(context.article), words) ? asWritten(asked, context.understood.question.raw) : undefined;
}

/** The refusal for a name the article never gives. */
export function unnamedRefusal(description: string, context: AskContext): Draft {
  return refusal(pick(context.language, `文章没有给出“${description}”的名字。`, `The article does not give the name of “${description}”.`));
}

/** Spans a figure or a date: read the same in any language, so they get no gloss. */
const PLAIN = new Set(['number', 'date', 'percent', 'money', 'duration', 'ordinal']);

function englishHeadline(direct: string, kinds: readonly string[], context: AskContext): string {
  if (kinds.includes('person') && direct.length <= 6) return `${direct} (${romanizeName(direct)})`;
  if (kinds.some((k) => PLAIN.has(k))) return direct;
  const gloss = direct.length <= 16 ? glossChinese(direct, context.knowledge.lexicon) : undefined;
  return gloss ? `${direct} — ${gloss}` : direct;
}

/**
 * The sentences right before and after the evidence, in its paragraph, that also name a word of the
 * question: the quotation shows the answer in the context the question asks about, as a search
 * engine's snippet does (the question's words often stand in the sentence before the one giving the
 * value, or after it). A neighbour naming none of them is left out, so the quotation stays short.
 */
function inContext(reading: Reading, evidence: PreparedSentence, quoted: readonly PreparedSentence[]): PreparedSentence[] {
  const terms = reading.question.terms.filter((t) => t.length >= 2);
  const neighbours = [reading.article.sentences[evidence.order - 1], reading.article.sentences[evidence.order + 1]];
  return neighbours.filter((s): s is PreparedSentence => s !== undefined && s.paragraph === evidence.paragraph && !quoted.includes(s) && terms.some((t) => s.text.includes(t)));
}

/**
 * Answers told before the sentence that names what they explain: a story gives its causes, then the
 * effect (道路封闭了半年。客人越来越少。老李只好关掉了茶馆): their quotation runs back first.
 */
const TOLD_BEFORE = new Set<AnswerType>(['reason']);

/** The sentences a running answer's quotation takes around its own, and the break it goes over, if any. */
interface Run {
  sentences: PreparedSentence[];
  /** The two paragraphs, in article order, whose break the run goes straight on over. */
  overBreak?: readonly [number, number];
}

/**
 * For an answer often written over several sentences (某鱼的外形是怎样的？ is answered by three
 * sentences of description), the sentences around its own as long as the run stays within RUN_CHARS:
 * a description runs on after its sentence, then one sentence before it; a reason runs back, then on.
 * The run first fills its own paragraph that way. Then it may go on over one paragraph break the way
 * such an answer is written — a reason back into the paragraph before (the cause told at the end of
 * one paragraph, the effect opening the next), anything else on into the paragraph after (a
 * description cut in two) — but only through sentences that still belong to it: those naming a word
 * of the question, and going on, the rest of a quotation left open. A news paragraph is mostly a
 * matter of its own (a caption, a byline, the next point): a neighbouring paragraph joins the answer
 * only where it still speaks of what was asked.
 * The quotation gives the whole run, where the short answer can only be one clause of it.
 */
function runningOn(reading: Reading, sentence: PreparedSentence): Run {
  if (!RUNNING_ANSWERS.has(reading.question.type)) return { sentences: [] };
  const { sentences } = reading.article;
  const run: PreparedSentence[] = [];
  let length = sentence.text.length;
  // The run's ends, as positions among the article's sentences.
  let first = sentence.order;
  let last = sentence.order;
  // Up to `most` more sentences one way, while they fit and `belongs` holds for each.
  const take = (step: 1 | -1, belongs: (s: PreparedSentence) => boolean, most = Infinity) => {
    for (let taken = 0; taken < most; taken++) {
      const next = sentences[step > 0 ? last + 1 : first - 1];
      if (!next || length + next.text.length > RUN_CHARS || !belongs(next)) return;
      run.push(next);
      length += next.text.length;
      if (step > 0) last++;
      else first--;
    }
  };
  const ownParagraph = (s: PreparedSentence) => s.paragraph === sentence.paragraph;
  const backFirst = TOLD_BEFORE.has(reading.question.type);
  if (backFirst) {
    take(-1, ownParagraph);
    take(1, ownParagraph);
  } else {
    take(1, ownParagraph);
    take(-1, ownParagraph, 1);
  }
  // Over the break, when the run reached it: into the neighbouring paragraph only.
  const over = backFirst ? sentences[first - 1] : sentences[last + 1];
  if (!over || over.paragraph === sentence.paragraph) return { sentences: run };
  const terms = reading.question.terms.filter((t) => t.length >= 2);
  const named = (s: PreparedSentence) => terms.some((t) => s.text.includes(t));
  const quoting = () => leavesQuotationOpen(sentences.slice(first, last + 1).map((s) => s.text).join(''));
  const taken = run.length;
  if (backFirst) take(-1, (s) => s.paragraph === over.paragraph && named(s));
  else take(1, (s) => s.paragraph === over.paragraph && (named(s) || quoting()));
  if (run.length === taken) return { sentences: run };
  return { sentences: run, overBreak: backFirst ? [over.paragraph, sentence.paragraph] : [sentence.paragraph, over.paragraph] };
}

/** Paragraphs in article order, one passage each, but the two a run joins over their break in one. */
function paragraphBlocks(paragraphs: readonly number[], overBreak: Run['overBreak']): number[][] {
  const blocks: number[][] = [];
  for (const n of paragraphs) {
    const last = blocks[blocks.length - 1];
    if (last && overBreak && last[last.length - 1] === overBreak[0] && n === overBreak[1]) last.push(n);
    else blocks.push([n]);
  }
  return blocks;
}

/**
 * The sentence before a quotation that would open by pointing back (他在三人之中最早到场…): its
 * reader needs whom or what it points at, so the sentence naming it is quoted too, in its paragraph.
 */
function pointedBack(reading: Reading, quoted: readonly PreparedSentence[]): PreparedSentence[] {
  const { sentences } = reading.article;
  const before: PreparedSentence[] = [];
  for (const s of quoted) {
    const previous = sentences[s.order - 1];
    if (previous && previous.paragraph === s.paragraph && !quoted.includes(previous) && OPENS_POINTING_BACK.test(s.text)) before.push(previous);
  }
  return before;
}

/**
 * Any question, by reading: the span the ranker trusts most, with its sentence and ¶, and the next
 * best sentences; or an honest "not in the article" when the decision model says the article does
 * not answer it. Nothing here is written for one kind of article.
 */
export function respondByReading(context: AskContext, reading: Reading = readArticle(context)): Draft {
  const { language, article } = context;
  const best = reading.best;
  const verdict = decide(reading);
  if (!best || !verdict.answer) {
    // Say why: the figure asked for is not given (however much else of the question the article
    // holds), nor which institution is asked, or name what the article lacks, as the question wrote it.
    const lacking = verdict.missing[0];
    const concept = lacking && context.understood.concepts.find((c) => c.alternatives.some((a) => foldText(a.word) === lacking));
    const label = lacking && asWritten(concept ? concept.label : lacking, context.understood.question.raw);
    // A word the article lacks says more than a date it does not give (文章没有提到“某联盟”).
    const headline = verdict.noFigure
      ? pick(language, '文章没有给出这个数字。', 'The article does not give that figure.')
      : verdict.noMember
        ? verdict.noMembers
          ? pick(language, `文章只说了数目，没有说是哪些${verdict.noMember}。`, 'The article gives how many, but not which ones.')
          : pick(language, `文章没有说是哪一${verdict.noMember}。`, 'The article does not say which one.')
        : label
          ? pick(language, `文章没有提到“${label}”。`, `The article does not mention “${label}”.`)
          : verdict.noDate
            ? pick(language, '文章没有给出这个日期。', 'The article does not give that date.')
            : pick(language, '文章没有提到这一点。', 'The article does not say.');
    return refusal(headline);
  }
  // The subject an earlier sentence names answers, or the reason the sentence before a consequence
  // gives; the sentence the question matched is the evidence.
  const answer = reading.subject ?? reading.reason ?? best;
  const evidence = best.proposal.scored.sentence;
  const { sentence } = answer.proposal.scored;
  const { candidate } = answer.proposal;
  // Two values asked for, two given, in the article's order.
  const values = [answer, reading.second].filter((s) => s !== undefined).sort((a, b) => a.proposal.scored.sentence.order - b.proposal.scored.sentence.order || a.proposal.candidate.start - b.proposal.candidate.start);
  // In the engine's script; the engine turns it back into the article's writing (written.ts).
  const spans = values.map((s) => s.proposal.candidate.text.trim());
  const direct = spans.join('；');
  // Quoted: the sentences the answer was read from — its own, the evidence for a subject named
  // before it, the one that wrote its year — and the evidence's neighbours that name the question's
  // words, in the article's order, one passage per paragraph, or per paragraphs a run joins over
  // their break (a gap between two sentences marked).
  const anchor = candidate.anchor === undefined ? undefined : reading.article.sentences[candidate.anchor];
  const readFrom = [anchor, sentence, evidence].filter((s) => s !== undefined);
  const run = runningOn(reading, sentence);
  const quoted = [...new Set([...readFrom, ...inContext(reading, evidence, readFrom), ...run.sentences])];
  const cited = [...new Set([...quoted, ...pointedBack(reading, quoted)])].sort((a, b) => a.order - b.order);
  const paragraphs = [...new Set(cited.map((s) => s.paragraph))];
  // A run that goes on over a paragraph break is quoted as one passage (¶n–m).
  const blocks = paragraphBlocks(paragraphs, run.overBreak);
  // Further sentences: the second value's, then those matching the question nearly as well as the
  // best. Each paragraph is cited once: one from a paragraph already quoted joins its passage (a gap
  // marked), so the answer's own passage shows the sentences near it that might also answer; those of
  // another paragraph make a passage of their own, after.
  const further: { sentence: PreparedSentence; score: number }[] = [];
  const other = reading.second?.proposal.scored.sentence;
  if (other && other !== sentence) further.push({ sentence: other, score: verdict.confidence });
  for (const next of reading.ranked.slice(0, 4)) {
    if (further.length + blocks.length > MORE_PASSAGES || next.relative < MORE_RELATIVE) break;
    if (cited.includes(next.sentence) || further.some((f) => f.sentence === next.sentence)) continue;
    further.push({ sentence: next.sentence, score: next.relative * verdict.confidence });
  }
  const quotedIn = (n: number) => [...cited, ...further.map((f) => f.sentence)].filter((s) => s.paragraph === n).map((s) => s.sentence);
  // The answer is marked where it is quoted (the faces set it in bold).
  const passages: Passage[] = blocks.map((ns) => quotedPassage(article, ns.map((n) => ({ paragraph: n, sentences: quotedIn(n) })), verdict.confidence, spans));
  for (const n of new Set(further.map((f) => f.sentence.paragraph))) {
    if (!paragraphs.includes(n)) passages.push(sentencePassage(article, n, quotedIn(n), further.find((f) => f.sentence.paragraph === n)!.score));
  }
  return {
    headline: language === 'zh' ? direct : englishHeadline(direct, candidate.kinds, context),
    direct,
    facts: [],
    passages,
  };
}
