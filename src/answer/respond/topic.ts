import { mergeByParagraph, pick, rankedPassage, type AskContext, type Draft } from '../draft.js';
import { rankSentences, type RankedSentence } from '../retrieve.js';
import { MIN_COVERAGE } from '../thresholds.js';

/** Up to this many sentences quoted for a free question. */
const MAX_SENTENCES = 3;

/**
 * A free question: the sentences that cover it best. Below the calibrated coverage the article
 * does not answer it, and the reply says so, offering the closest sentence as "maybe related".
 */
export function respondTopic(context: AskContext, ranked: RankedSentence[] = rankSentences(context.knowledge, context.understood.concepts, { articleId: context.article.id })): Draft {
  const { language, article } = context;
  const best = ranked[0];
  if (!best || best.coverage < MIN_COVERAGE) {
    return {
      headline: pick(language, '文章没有提到这一点。', 'The article does not say.'),
      direct: '',
      facts: [],
      passages: [],
      abstained: true,
      related: best && best.coverage > 0 ? rankedPassage(article, best) : undefined,
    };
  }
  const chosen = ranked.filter((r) => r.score >= best.score * 0.6 && r.coverage > 0).slice(0, MAX_SENTENCES);
  return {
    headline: pick(language, '文章中的相关内容：', 'What the article says:'),
    direct: '',
    facts: [],
    passages: mergeByParagraph(article, chosen),
  };
}
