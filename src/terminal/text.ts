import { cutSentences } from '../article/sentences.js';
import type { Article } from '../article/types.js';
import { articleText } from '../answer/knowledge.js';
import { paragraphRange } from '../answer/cited.js';
import type { Answer, Fact, Passage } from '../answer/types.js';

/** How much of the reply the facts and passages may take, by level of detail (most detail first). */
interface Detail {
  glosses: boolean;
  detailGlosses: boolean;
  passages: number;
  /** Long sentences reduced to their key clauses. */
  condensed: boolean;
}

const LEVELS: Detail[] = [
  { glosses: true, detailGlosses: true, passages: 3, condensed: false },
  { glosses: true, detailGlosses: false, passages: 3, condensed: false },
  { glosses: true, detailGlosses: false, passages: 3, condensed: true },
  { glosses: true, detailGlosses: false, passages: 1, condensed: true },
  { glosses: false, detailGlosses: false, passages: 1, condensed: true },
];

/** Sentences longer than this are condensed when a reply must be shortened. */
const LONG_SENTENCE = 60;

/**
 * A long sentence's key clauses: its opening, any clause holding a quoted phrase (news text quotes
 * its slogans and key terms), and its close, with …… where clauses were left out.
 */
export function condenseSentence(sentence: string, matched: readonly string[] = []): string {
  if (sentence.length <= LONG_SENTENCE) return sentence;
  const clauses = sentence.match(/[^，：]+[，：]?/gu) ?? [sentence];
  // Enumerations (A、B、C) are facts, and a clause holding a word of the question is why the sentence was chosen.
  const key = (c: string) => /[“「『]/u.test(c) || (c.match(/、/gu) ?? []).length >= 2 || matched.some((w) => w.length >= 2 && c.includes(w));
  const keep = clauses.map((c, i) => i === 0 || i === clauses.length - 1 || key(c));
  return clauses.map((c, i) => (keep[i] ? c : keep[i - 1] ? '……' : '')).join('');
}

/** A passage condensed sentence by sentence. Only 。！？； end one: in a Chinese passage an ASCII ! ? ; sits in quoted English or a name. */
function condense(text: string, matched: readonly string[]): string {
  return cutSentences(text, { asciiStops: '' }).map((s) => condenseSentence(s, matched)).join('');
}

function factLine(fact: Fact, answer: Answer, detail: Detail): string {
  const cite = `¶${fact.paragraph}`;
  if (answer.language === 'zh') {
    const group = fact.group ? `［${fact.group}］` : '';
    return fact.kind === 'person' ? `· ${fact.detail ?? ''} ${fact.text}${group}（${cite}）` : `· ${fact.text}（${cite}）`;
  }
  const name = detail.glosses && fact.gloss ? `${fact.text} ${fact.gloss}` : fact.text;
  if (fact.kind !== 'person') return `· ${name} (${cite})`;
  const post = detail.detailGlosses && fact.detailGloss ? `${fact.detail} (${fact.detailGloss})` : (fact.detail ?? '');
  return `· ${name} — ${post}${fact.group ? ` [${fact.group}]` : ''} (${cite})`;
}

function passageLine(passage: Passage, condensed = false): string {
  const text = condensed ? condense(passage.text, passage.matched) : passage.text;
  return passage.paragraph === 0 ? `¶0（标题）${text}` : `¶${paragraphRange(passage)} ${text}`;
}

function compose(answer: Answer, detail: Detail): string {
  const lines = [answer.headline];
  if (answer.direct && !answer.headline.includes(answer.direct)) lines.push(answer.direct);
  for (const fact of answer.facts) lines.push(factLine(fact, answer, detail));
  for (const passage of answer.passages.slice(0, detail.passages)) lines.push(passageLine(passage, detail.condensed));
  return lines.join('\n');
}

const visible = (text: string) => text.replace(/\s+/g, '').length;

/**
 * Cuts text to at most `budget` visible characters, at a sentence end where there is one. Not the
 * article's splitter: the reply is lines, some of them English, so a line end and any ASCII . ! ?
 * are places to cut, and where this cuts is part of the `--jsonl` answer outside scorers read.
 */
export function cutToBudget(text: string, budget: number): string {
  if (visible(text) <= budget) return text;
  let kept = '';
  for (const piece of text.match(/[^。！？；.!?\n]+[。！？；.!?\n]?[”’」』）)]?/gu) ?? [text]) {
    if (visible(kept + piece) > budget - 1) break;
    kept += piece;
  }
  return (kept || text.slice(0, budget - 1)).trimEnd() + '…';
}

/**
 * The reply as one text, as the terminal prints it and the scripting interface returns it. Kept
 * within `budget` visible characters by dropping detail (English glosses, further passages) before
 * cutting: a reply that quotes most of the article is a dump, not an answer.
 */
export function answerText(answer: Answer, budget: number): string {
  for (const level of LEVELS) {
    const text = compose(answer, level);
    if (visible(text) <= budget) return text;
  }
  return cutToBudget(compose(answer, LEVELS[LEVELS.length - 1]!), budget);
}

const budgets = new WeakMap<Article, number>();

/** A reply may quote at most this share of the article (and never under a short floor): more is a dump. */
export function replyBudget(article: Article): number {
  let budget = budgets.get(article);
  if (budget === undefined) {
    budget = Math.max(280, Math.floor(articleText(article).replace(/\s+/g, '').length * 0.3));
    budgets.set(article, budget);
  }
  return budget;
}

/**
 * `answerText` within the budget of the article the answer is about. `articles` are the engine's,
 * as their files write them: the budget counts the article the reply quotes.
 */
export function replyText(answer: Answer, articles: readonly Article[]): string {
  const article = articles.find((a) => a.id === answer.article.id);
  if (!article) throw new Error(`wenda: the answer is about an article the engine does not have (${answer.article.id})`);
  return answerText(answer, replyBudget(article));
}
