import type { Article } from '../article/types.js';
import type { Engine } from '../answer/engine.js';
import type { Answer, Fact, Language, Passage } from '../answer/types.js';
import { romanizeName } from '../language/pinyin.js';
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

/**
 * What the person the exchange was about said in paragraphs not shown yet ("他还说了什么？" after
 * three of their four paragraphs), quoted sentence by sentence as the extractor found them.
 */
function statementsPast(engine: Engine, exchange: Exchange, shown: ReadonlySet<number>): Passage[] {
  const person = exchange.people[0];
  const article = writtenArticle(engine, exchange.articleId);
  const statements = engine.knowledge.facts.get(exchange.articleId)?.statements ?? [];
  if (!person || !article) return [];
  const unseen = statements.filter((s) => s.speaker === person && !shown.has(s.paragraph));
  const byParagraph = new Map<number, Set<number>>();
  for (const s of unseen) byParagraph.set(s.paragraph, (byParagraph.get(s.paragraph) ?? new Set()).add(s.sentence));
  return [...byParagraph].slice(0, 3).flatMap(([n, sentences]) => {
    const paragraph = article.paragraphs.find((p) => p.n === n);
    if (!paragraph) return [];
    const text = [...sentences].sort((a, b) => a - b).map((i) => paragraph.sentences[i] ?? '').join('');
    return text ? [{ articleId: article.id, paragraph: n, text, score: 0, matched: [] }] : [];
  });
}

/**
 * The answer without what the exchange already showed: facts and passages of paragraphs not shown
 * yet (quoted from the facts' own paragraphs when the engine's passages were all shown). With
 * nothing left, `strict` ("what else?") says so; otherwise the whole answer stands.
 */
export function pastShown(engine: Engine, answer: Answer, exchange: Exchange, strict: boolean): Answer {
  if (answer.abstained || answer.article.id !== exchange.articleId) return answer;
  const shown = new Set(exchange.shown);
  const facts = answer.facts.filter((f) => !shown.has(f.paragraph));
  let passages = answer.passages.filter((p) => !shown.has(p.paragraph));
  if (facts.length === 0 && passages.length === 0) {
    const said = statementsPast(engine, exchange, shown);
    if (said.length > 0) return { ...answer, direct: '', facts: [], passages: said };
    if (!strict) return answer;
    const headline = answer.language === 'zh' ? '文章没有再说更多。' : 'The article says nothing more about that.';
    return { ...answer, headline, direct: '', facts: [], passages: [], abstained: true };
  }
  if (passages.length === 0) {
    const article = writtenArticle(engine, answer.article.id);
    const cited = [...new Map(facts.map((f) => [f.paragraph, f])).values()].slice(0, 3);
    passages = article ? cited.flatMap((f) => passageFor(article, f.paragraph, f.text) ?? []) : [];
  }
  const trimmedList = LIST_INTENTS.has(answer.intent) && facts.length < answer.facts.length;
  return {
    ...answer,
    headline: trimmedList ? (answer.language === 'zh' ? '另外还有：' : 'Also:') : answer.headline,
    direct: trimmedList ? facts.map((f) => f.text).join('、') : passages.length < answer.passages.length ? '' : answer.direct,
    facts,
    passages,
  };
}
