import { fromWireDateline, wirePlace } from '../../article/dateline.js';
import { pick, sentencePassage, type AskContext, type Draft } from '../draft.js';

/** Asking where this report was filed from (这条消息是在哪里发出的, where was the report filed). */
const ASKS_FILED_FROM = /(?:消息|新闻|报道|稿件?|电讯?).{0,6}(?:在哪里|在哪儿|从哪里|哪个城市)(?:发出|发布|发的|发来|播发|采写)|发自哪里|\bwhere was (?:the|this) (?:report|story|dispatch|news) (?:filed|written|sent)\b|\bdatelined?\b/iu;

/**
 * "这条消息是在哪里发出的？": the place of the wire dateline (新华社某地1月3日电), which names no one and
 * no event for the reader to find. Undefined for any other question, or a report with no such dateline.
 */
export function respondFiledFrom(context: AskContext): Draft | undefined {
  const { article, language, understood } = context;
  if (!ASKS_FILED_FROM.test(understood.question.text)) return undefined;
  const found = fromWireDateline(article.paragraphs, wirePlace);
  if (!found) return undefined;
  const { paragraph, value: place } = found;
  return {
    headline: pick(language, `发自${place}`, `Filed from ${place}`),
    direct: place,
    facts: [],
    passages: [sentencePassage(article, paragraph.n, [0], 1, [place])],
  };
}
