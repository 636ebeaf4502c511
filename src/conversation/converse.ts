import type { Engine } from '../answer/engine.js';
import type { Answer, Language } from '../answer/types.js';
import { itemAnswer, pastShown, repeats, saidByGroup, saidByPerson } from './answers.js';
import { exchangeFrom } from './exchange.js';
import { readFollowUp, writtenIn } from './follow-up.js';
import type { Exchange, SentenceKey, Turn } from './types.js';
import { bareEllipsis } from './words.js';
import { understoodLine } from './understood.js';

export interface ConverseOptions {
  /** An article the member chose for this question (an option, a channel default): it wins over the conversation's. */
  articleId?: string;
  /** The language to reply in, whatever the question's (a server's setting); default the question's. */
  language?: Language;
}

/**
 * Answers `typed` in the context of the last exchange (none: a question on its own). A follow-up
 * is read against the exchange (`readFollowUp`) and asked about the exchange's article; a new
 * question is asked about that article first too (the conversation is about it), and about any
 * article when that one cannot answer. Returns the answer, how it was read, and the exchange to
 * remember next.
 */
export function converse(engine: Engine, previous: Exchange | undefined, typed: string, options: ConverseOptions = {}): Turn {
  const { knowledge } = engine;
  const usable = previous && engine.articles.some((a) => a.id === previous.articleId) && (!options.articleId || options.articleId === previous.articleId);
  const exchange = usable ? previous : undefined;
  if (!exchange && bareEllipsis(typed)) {
    // "And the other nurse?" with nothing before it: a guess would be a random paragraph.
    const answer = engine.ask(typed, { articleId: options.articleId, language: options.language });
    const zh = (options.language ?? answer.language) === 'zh';
    const headline = zh ? '这像是接着上一个问题的追问，但这里没有可接的问题：请把问题问完整。' : 'That reads as a follow-up, with no earlier question here to follow: please ask the whole question.';
    const unsure: Answer = { ...answer, abstained: true, headline, direct: '', facts: [], passages: [] };
    return { answer: unsure, reading: { kind: 'new' }, understood: undefined, exchange: exchangeFrom(engine, unsure, typed) };
  }
  const read = readFollowUp(exchange, typed, knowledge);
  let answer: Answer;
  let shownBefore: readonly SentenceKey[] = [];
  if (!exchange || read.reading.kind === 'new') {
    answer = engine.ask(typed, { articleId: options.articleId ?? exchange?.articleId, language: options.language });
    if (answer.abstained && exchange && !options.articleId) {
      const anywhere = engine.ask(typed, { language: options.language });
      if (!anywhere.abstained) answer = anywhere;
    }
    if (exchange && read.pastShown && answer.article.id === exchange.articleId) {
      answer = pastShown(engine, answer, exchange, false);
      shownBefore = exchange.shown;
    }
  } else if (read.reading.kind === 'item') {
    const language = options.language ?? (/[A-Za-z\p{Script=Han}]/u.test(typed) ? writtenIn(typed) : exchange.language);
    answer = itemAnswer(engine, exchange, read.reading.position, read.reading.item, typed, language);
    // The list stays the one to pick from: "and the third?" after "the second?".
    const turn = { answer, reading: read.reading, exchange: { ...exchange, people: answer.question.subject ? [answer.question.subject] : exchange.people } };
    return { ...turn, understood: understoodLine(read.reading, exchange, language) };
  } else {
    answer = engine.ask(read.question, { articleId: exchange.articleId, language: options.language });
    if (read.reading.kind === 'person' && answer.intent === 'said') {
      // "他还说了什么？", "what did he say about …": from what that person is quoted saying.
      answer = saidByPerson(engine, answer, exchange, read.reading.name, read.pastShown);
      if (read.pastShown) shownBefore = exchange.shown;
    } else if (read.reading.kind === 'group' && read.reading.group.kind === 'people' && answer.intent === 'said') {
      answer = saidByGroup(engine, answer, exchange, read.reading.group.members, read.pastShown);
      if (read.pastShown) shownBefore = exchange.shown;
    } else if (read.pastShown) {
      answer = pastShown(engine, answer, exchange, read.reading.kind === 'more');
      shownBefore = exchange.shown;
    } else if (read.reading.kind === 'rephrased' && read.narrower && repeats(engine, answer, exchange)) {
      // "X呢？" asks for another thing than was just shown: when the whole rephrasing brings the last
      // answer back, the narrower question, without what was shown, if it finds anything else.
      const narrower = engine.ask(read.narrower, { articleId: exchange.articleId, language: options.language });
      const rest = narrower.abstained ? narrower : pastShown(engine, narrower, exchange, true);
      if (!rest.abstained) answer = rest;
    }
  }
  // The reply echoes what the member typed; the engine was asked the resolved question.
  answer = { ...answer, question: { ...answer.question, raw: typed } };
  const next = exchangeFrom(engine, answer, read.question, shownBefore);
  // "More" keeps the question it continues: a second "more" goes on from there.
  const kept = read.reading.kind === 'more' && exchange ? { ...next, question: exchange.question, people: exchange.people, items: exchange.items } : next;
  return { answer, reading: read.reading, understood: exchange ? understoodLine(read.reading, exchange, answer.language) : undefined, exchange: kept };
}
