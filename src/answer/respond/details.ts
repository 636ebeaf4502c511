import { pick, rankedPassage, sentencePassage, type AskContext, type Draft } from '../draft.js';
import { findDates, findQuantities } from '../facts/dates.js';
import { firstWith, focusSentences } from './focus.js';

/** "When…": the time expression of the best sentence that has one; the dateline as a last resort. */
export function respondWhen(context: AskContext): Draft | undefined {
  const { language, article } = context;
  const ranked = focusSentences(context);
  const hit = firstWith(ranked, (text) => findDates(text)[0]);
  if (hit && hit.sentence.coverage > 0) {
    return {
      headline: pick(language, `时间：${hit.found}`, `When: ${hit.found}`),
      direct: hit.found,
      facts: [{ kind: 'date', text: hit.found, paragraph: hit.sentence.doc.paragraph }],
      passages: [rankedPassage(article, hit.sentence)],
    };
  }
  if (!article.date) return undefined;
  const lead = article.paragraphs[0];
  return {
    headline: pick(language, `时间：${article.date}`, `When: ${article.date}`),
    direct: article.date,
    facts: [{ kind: 'date', text: article.date, paragraph: lead?.n ?? 1 }],
    passages: lead ? [sentencePassage(article, lead.n, [0], 1)] : [],
  };
}

/** Settings as news text writes them: 在…会上, …会上, 在…期间, 在…举行. */
const SETTING = /在([^，。；]{2,40}?(?:上|期间|中|时))|^([^，。；]{2,24}?(?:会|会议|仪式|论坛|典礼|活动|现场)上)|在([^，。；]{2,24}?)(?:举行|召开|举办)/u;

function settingIn(text: string): string | undefined {
  const match = SETTING.exec(text);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** "Where / at which meeting…": the setting of the best sentence that names one. */
export function respondWhere(context: AskContext): Draft | undefined {
  const { language, article } = context;
  const hit = firstWith(focusSentences(context), settingIn);
  if (!hit || hit.sentence.coverage === 0) return undefined;
  return {
    headline: pick(language, `地点/场合：${hit.found}`, `Where: ${hit.found}`),
    direct: hit.found,
    facts: [{ kind: 'event', text: hit.found, paragraph: hit.sentence.doc.paragraph }],
    passages: [rankedPassage(article, hit.sentence)],
  };
}

/** "How many / how much" about something the article gives a number for; no number, no answer. */
export function respondQuantity(context: AskContext): Draft | undefined {
  const { language, article } = context;
  const hit = firstWith(focusSentences(context), (text) => {
    const quantities = findQuantities(text);
    return quantities.length > 0 ? quantities : undefined;
  }, 3);
  if (!hit || hit.sentence.coverage < 0.5) {
    return {
      headline: pick(language, '文章没有给出这个数字。', 'The article gives no such number.'),
      direct: '',
      facts: [],
      passages: [],
      abstained: true,
    };
  }
  return {
    headline: pick(language, `数量：${hit.found.join('、')}`, `Number: ${hit.found.join(', ')}`),
    direct: hit.found.join('、'),
    facts: hit.found.map((q) => ({ kind: 'count' as const, text: q, paragraph: hit.sentence.doc.paragraph })),
    passages: [rankedPassage(article, hit.sentence)],
  };
}
