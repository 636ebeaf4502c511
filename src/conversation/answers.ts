import type { Article } from '../article/types.js';
import type { Engine } from '../answer/engine.js';
import type { Answer, Fact, Language, Passage } from '../answer/types.js';
import { overviewOfRemarks } from '../answer/respond/overview.js';
import { romanizeName } from '../language/pinyin.js';
import { factShown, passageUnshown, sentenceKey } from './shown.js';
import { sentencesSpokenBy, type Spoken } from './speech.js';
import type { Exchange, ListedItem } from './types.js';

const LIST_INTENTS = new Set(['attendees', 'agreements', 'visits', 'count']);

/** The article as its file writes it, which replies quote. */
function writtenArticle(engine: Engine, id: string): Article | undefined {
  return engine.articles.find((a) => a.id === id);
}

/** The sentences of paragraph `n` that hold `text` (or its opening), else the whole paragraph, as a cited passage. */
function passageFor(article: Article, n: number, text: string): Passage | undefined {
  const paragraph = article.paragraphs.find((p) => p.n === n);
  if (!paragraph) return undefined;
  const probe = text.slice(0, 12);
  const holding = paragraph.sentences.filter((s) => s.includes(probe));
  return { articleId: article.id, paragraph: n, text: holding.length > 0 ? holding.join('') : paragraph.text, score: 0, matched: [] };
}

/**
 * "The second one?": the item the last answer listed at `position`, with its post when it is a
 * person, quoted from the paragraph it stands in. Built from the exchange, not asked again: the
 * list is the one the member saw.
 */
export function itemAnswer(engine: Engine, exchange: Exchange, position: number, item: ListedItem, typed: string, language: Language): Answer {
  const article = writtenArticle(engine, exchange.articleId)!;
  const name = language === 'en' && item.kind === 'person' ? `${item.text} (${romanizeName(item.text)})` : item.text;
  const detail = item.detail ? (language === 'zh' ? `（${item.detail}）` : ` — ${item.detail}`) : '';
  const headline = language === 'zh' ? `第${position}${item.kind === 'person' ? '位' : '项'}：${name}${detail}` : `No. ${position}: ${name}${detail}`;
  const fact: Fact = { kind: item.kind, text: item.text, paragraph: item.paragraph, ...(item.detail ? { detail: item.detail } : {}) };
  const passage = passageFor(article, item.paragraph, item.text);
  return {
    question: { raw: typed, text: typed, language, intent: exchange.intent, terms: [], ...(item.kind === 'person' ? { subject: item.text } : {}) },
    intent: exchange.intent,
    language,
    headline,
    direct: item.text,
    facts: [fact],
    passages: passage ? [passage] : [],
    abstained: false,
    article: { id: article.id, title: article.title, date: article.date },
  };
}

/** Paragraphs a reply quotes at most (the terminal and Discord show three passages). */
const QUOTED_PARAGRAPHS = 3;

/** Sentences of the same paragraph quoted together, up to three paragraphs, as cited passages. */
function passagesOf(articleId: string, spoken: readonly Spoken[]): Passage[] {
  const byParagraph = new Map<number, string[]>();
  for (const s of spoken) byParagraph.set(s.paragraph, [...(byParagraph.get(s.paragraph) ?? []), s.text]);
  return [...byParagraph].slice(0, QUOTED_PARAGRAPHS).map(([paragraph, texts]) => ({ articleId, paragraph, text: texts.join(''), score: 0, matched: [] }));
}

/** At most this many sentences of someone's remarks in one reply. */
const REMARK_SENTENCES = 8;

/**
 * An overview of the first paragraphs of `unshown` (the next ones a reply can quote), some of the
 * sentences where the person speaks (`all`): see overviewOfRemarks.
 */
function overview(all: readonly Spoken[], unshown: readonly Spoken[]): Spoken[] {
  const said = new Set(all.map((s) => sentenceKey(s.paragraph, s.sentence)));
  const paragraphs = [...new Set(unshown.map((s) => s.paragraph))].slice(0, QUOTED_PARAGRAPHS);
  const next = unshown.filter((s) => paragraphs.includes(s.paragraph));
  return overviewOfRemarks(next, (s) => s, (paragraph, sentence) => said.has(sentenceKey(paragraph, sentence)), REMARK_SENTENCES);
}

/** Every sentence where the person speaks (the extractors' statements and the language's speech rule). */
function spokenBy(engine: Engine, articleId: string, person: string): Spoken[] {
  const article = writtenArticle(engine, articleId);
  const statements = engine.knowledge.facts.get(articleId)?.statements ?? [];
  return article ? sentencesSpokenBy(article, person, statements) : [];
}

/** The heading of a reply quoting what someone (or each of a group) said. */
function saidHeadline(people: readonly string[], language: Language): string {
  if (language === 'zh') return `${people.join('、')}说：`;
  const named = people.map((p) => (/[·・•‧]/u.test(p) ? p : `${p} (${romanizeName(p)})`));
  return `What ${named.join(' and ')} said:`;
}

/** "他们说了什么？": the first things each of them is quoted saying (not yet shown, when asked past it). */
export function saidByGroup(engine: Engine, answer: Answer, exchange: Exchange, people: readonly string[], pastShownOnly: boolean): Answer {
  const shown = new Set(exchange.shown);
  const speakers = people.slice(0, 3);
  const spoken = speakers.flatMap((p) => spokenBy(engine, exchange.articleId, p).filter((s) => !pastShownOnly || !shown.has(sentenceKey(s.paragraph, s.sentence))).slice(0, 2));
  if (spoken.length === 0) return pastShownOnly ? { ...answer, headline: nothingMore(answer.language), direct: '', facts: [], passages: [], abstained: true } : answer;
  const ordered = [...spoken].sort((a, b) => a.paragraph - b.paragraph || a.sentence - b.sentence);
  return { ...answer, headline: saidHeadline(speakers, answer.language), direct: '', facts: [], passages: passagesOf(exchange.articleId, ordered), abstained: false };
}

/** The first two of `onTopic` from two paragraphs if it can: a remark and its continuation say less than two remarks. */
function twoRemarks(onTopic: readonly Spoken[]): Spoken[] {
  const firstOfParagraph = onTopic.filter((s, i) => onTopic.findIndex((t) => t.paragraph === s.paragraph) === i);
  const rest = onTopic.filter((s) => !firstOfParagraph.includes(s));
  return [...firstOfParagraph, ...rest].slice(0, 2).sort((a, b) => a.paragraph - b.paragraph || a.sentence - b.sentence);
}

/**
 * "他还说了什么？", "what did he say limits …?": the answer from the sentences where the person the
 * conversation is about speaks. Asking past what was shown, the ones not shown yet (or "nothing
 * more"); asking about something, the ones holding most of the question's other words; asking
 * neither, the engine's own answer stands.
 */
export function saidByPerson(engine: Engine, answer: Answer, exchange: Exchange, person: string, pastShownOnly: boolean): Answer {
  if (answer.article.id !== exchange.articleId) return answer;
  const shown = new Set(exchange.shown);
  const all = spokenBy(engine, exchange.articleId, person);
  const spoken = all.filter((s) => !pastShownOnly || !shown.has(sentenceKey(s.paragraph, s.sentence)));
  const topic = answer.question.terms.filter((t) => [...t].length >= 2 && !person.includes(t) && !t.includes(person));
  const overlap = (s: Spoken) => topic.filter((t) => s.text.includes(t)).length;
  const best = Math.max(0, ...spoken.map(overlap));
  const chosen = best > 0 ? twoRemarks(spoken.filter((s) => overlap(s) === best)) : pastShownOnly ? overview(all, spoken) : [];
  if (chosen.length > 0) {
    return { ...answer, headline: saidHeadline([person], answer.language), direct: '', facts: [], passages: passagesOf(exchange.articleId, chosen), abstained: false };
  }
  if (!pastShownOnly) return answer;
  return { ...answer, headline: nothingMore(answer.language), direct: '', facts: [], passages: [], abstained: true };
}

function nothingMore(language: Language): string {
  return language === 'zh' ? '文章没有再说更多。' : 'The article says nothing more about that.';
}

/**
 * The answer without what the exchange already showed, sentence by sentence: facts and passages
 * not shown yet (quoted from the facts' own paragraphs when the engine's passages were all shown).
 * With nothing left, what the person the exchange was about said and was not shown; then `strict`
 * ("what else?") says there is nothing more, otherwise the whole answer stands.
 */
export function pastShown(engine: Engine, answer: Answer, exchange: Exchange, strict: boolean): Answer {
  if (answer.abstained || answer.article.id !== exchange.articleId) return answer;
  const article = writtenArticle(engine, answer.article.id);
  if (!article) return answer;
  const shown = new Set(exchange.shown);
  const facts = answer.facts.filter((f) => !factShown(article, f, shown));
  let passages = answer.passages.flatMap((p) => passageUnshown(article, p, shown) ?? []);
  if (facts.length === 0 && passages.length === 0) {
    const person = exchange.people[0];
    const aboutSpeech = answer.intent === 'said' || exchange.intent === 'said';
    const all = person && aboutSpeech ? spokenBy(engine, exchange.articleId, person) : [];
    const said = all.filter((s) => !shown.has(sentenceKey(s.paragraph, s.sentence)));
    if (said.length > 0) return { ...answer, headline: saidHeadline([person!], answer.language), direct: '', facts: [], passages: passagesOf(article.id, overview(all, said)) };
    if (!strict) return answer;
    return { ...answer, headline: nothingMore(answer.language), direct: '', facts: [], passages: [], abstained: true };
  }
  if (passages.length === 0) {
    const cited = [...new Map(facts.map((f) => [f.paragraph, f])).values()].slice(0, 3);
    passages = cited.flatMap((f) => passageFor(article, f.paragraph, f.text) ?? []);
  }
  const trimmedList = LIST_INTENTS.has(answer.intent) && facts.length < answer.facts.length;
  const sameDirect = passages.length === answer.passages.length && passages.every((p, i) => p.text === answer.passages[i]?.text);
  return {
    ...answer,
    // A short answer read from a sentence already shown goes with it: the reply quotes what is new.
    headline: trimmedList ? (answer.language === 'zh' ? '另外还有：' : 'Also:') : sameDirect ? answer.headline : answer.language === 'zh' ? '文章还写道：' : 'The article also says:',
    direct: trimmedList ? facts.map((f) => f.text).join('、') : sameDirect ? answer.direct : '',
    facts,
    passages,
  };
}

/** Whether an answer's first quotation was all shown already: it brings back the last answer. */
export function repeats(engine: Engine, answer: Answer, exchange: Exchange): boolean {
  const article = writtenArticle(engine, answer.article.id);
  const first = answer.passages[0];
  if (!article || !first || answer.abstained || answer.article.id !== exchange.articleId) return false;
  return passageUnshown(article, first, new Set(exchange.shown)) === undefined;
}
