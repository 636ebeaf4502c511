import { mergeByParagraph, type AskContext, type Draft } from '../draft.js';
import { rankSentences } from '../retrieve.js';
import type { SentenceDoc } from '../../search/types.js';

/** Wording that asks who said something (谁说, who said): the speaker of a remark, not the remark. */
export const ASKS_SPEAKER = /^\s*who\s+(?:said|says|stated|told|stressed|noted|warned|added|argued|claimed|described|called)\b|谁(?:说|表示|指出|称|认为|强调)/iu;

/** Share of the question's words a remark must hold to be the one asked about. */
const MATCHED = 0.6;

/**
 * "谁说今年是攻坚之年？": the speaker of the remark the question quotes. A quotation the article
 * splits into sentences (“…。…。”某某直言) names its speaker only after the last of them, so the
 * reader, which weighs one sentence at a time, would not find them; the article's statements say
 * whose every sentence is. Undefined when no remark holds most of the question's words.
 */
export function respondSpeaker(context: AskContext): Draft | undefined {
  const { facts, understood, knowledge, article } = context;
  if (!ASKS_SPEAKER.test(understood.question.text) || facts.statements.length === 0) return undefined;
  const docs = facts.statements
    .map((s) => knowledge.index.docAt(article.id, s.paragraph, s.sentence))
    .filter((d): d is SentenceDoc => d !== undefined);
  const [best] = rankSentences(knowledge, understood.concepts, { articleId: article.id, within: docs });
  if (!best || best.coverage < MATCHED) return undefined;
  const speaker = facts.statements.find((s) => s.paragraph === best.doc.paragraph && s.sentence === best.doc.sentence)!.speaker;
  return { headline: speaker, direct: speaker, facts: [], passages: mergeByParagraph(article, [best]) };
}
