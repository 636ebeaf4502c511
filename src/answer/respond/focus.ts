import { statementDocs, type AskContext } from '../draft.js';
import { rankSentences, type RankedSentence } from '../retrieve.js';

/**
 * Sentences for a question that wants one detail (a date, a place, a number): the named person's
 * statements first when the question is about what someone said, else the whole article.
 */
export function focusSentences(context: AskContext): RankedSentence[] {
  const { understood, knowledge, article, facts } = context;
  const speaker = understood.people.find((name) => facts.statements.some((s) => s.speaker === name));
  const speakerWords = new Set(understood.concepts.filter((c) => c.alternatives.some((a) => a.word === speaker)).map((c) => c.label));
  const all = rankSentences(knowledge, understood.concepts, { articleId: article.id });
  if (!speaker) return all;
  const docs = statementDocs(context, speaker);
  const own = rankSentences(knowledge, understood.concepts, { articleId: article.id, within: docs, ignore: speakerWords });
  const ids = new Set(own.map((r) => r.doc.id));
  return [...own.filter((r) => r.coverage > 0), ...all.filter((r) => !ids.has(r.doc.id))];
}

/** The first of the top sentences holding a detail, with the detail. */
export function firstWith<T>(ranked: readonly RankedSentence[], find: (text: string) => T | undefined, depth = 5): { sentence: RankedSentence; found: T } | undefined {
  for (const sentence of ranked.slice(0, depth)) {
    const found = find(sentence.doc.text);
    if (found !== undefined) return { sentence, found };
  }
  return undefined;
}
