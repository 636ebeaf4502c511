import { pick, rankedPassage, sentencePassage, type AskContext, type Draft } from '../draft.js';
import { dateSpecificity, findDates, findQuantities, type Quantity } from '../facts/dates.js';
import type { Concept } from '../concepts.js';
import { firstWith, focusSentences } from './focus.js';

/** "When…": the most exact time expression among the best sentences; the dateline before a vague one. */
export function respondWhen(context: AskContext): Draft | undefined {
  const { language, article } = context;
  const ranked = focusSentences(context).filter((r) => r.coverage > 0).slice(0, 3);
  const dated = ranked.flatMap((sentence, rank) => findDates(sentence.doc.text).map((date) => ({ sentence, date, rank })));
  const exact = dated.filter((d) => dateSpecificity(d.date) > 0).sort((a, b) => a.rank - b.rank)[0];
  const hit = exact ?? (article.date ? undefined : dated[0]);
  if (hit) {
    return {
      headline: pick(language, `时间：${hit.date}`, `When: ${hit.date}`),
      direct: hit.date,
      facts: [{ kind: 'date', text: hit.date, paragraph: hit.sentence.doc.paragraph }],
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

/**
 * Settings as news text writes them: 在…会上, …会上, 在…期间 (closing their clause), and 在 + a place
 * + what happened there (在体育中心鸣枪开跑, 在会议中心举行).
 */
const SETTING =
  /在([^，。；]{2,40}?(?:上|期间|中|时))(?=[，。；、]|$)|^([^，。；]{2,24}?(?:会|会议|仪式|论坛|典礼|活动|现场)上)|在([^，。；在]{2,24}?)(?=举行|召开|举办|开幕|闭幕|开跑|进行|开展|鸣枪|出发|落幕|启动|揭牌|签约|发布|开工)/u;

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

/** The concept a count question counts: the word right after 多少/几 (and its measure word) or "how many". */
function countedConcept(context: AskContext): Concept | undefined {
  const question = context.understood.question.text.toLowerCase();
  const cue = /(?:多少|几)(?:个|名|位|家|项|人|次|所|座|条|场|届|批|处|件|种|类)?|how (?:many|much)\s+|number of\s+/u.exec(question);
  if (!cue) return undefined;
  const after = question.slice(cue.index + cue[0].length);
  return context.understood.concepts.find((c) => !c.cue && c.alternatives.length > 0 && after.startsWith(c.label.toLowerCase()));
}

/** Numbers standing right next to one of the words (3万名选手, 志愿者6000余名). */
function besides(text: string, quantities: Quantity[], words: string[]): Quantity[] {
  return quantities.filter((q) =>
    words.some((w) => {
      for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
        // At most two characters between, and no 和/、 that would make them two things (单位和2家企业).
        const gap = at >= q.index + q.text.length ? text.slice(q.index + q.text.length, at) : text.slice(at + w.length, q.index);
        if (gap.length <= 2 && !/[和与及、，。；]/u.test(gap)) return true;
      }
      return false;
    }),
  );
}

/** "How many / how much" about something the article gives a number for; no number, no answer. */
export function respondQuantity(context: AskContext): Draft | undefined {
  const { language, article, understood } = context;
  const countedWords = countedConcept(context)?.alternatives.map((a) => a.word);
  const counted = countedWords ?? [];
  const words = understood.concepts.filter((c) => !c.cue).flatMap((c) => c.alternatives.map((a) => a.word));
  const candidates = focusSentences(context)
    .slice(0, 5)
    .map((sentence) => {
      const text = sentence.doc.text;
      const quantities = findQuantities(text);
      const ofCounted = besides(text, quantities, counted);
      const ofAny = besides(text, quantities, words);
      // Named what to count: its numbers, else every number of the sentence (4家…单位和2家企业). Not named
      // (补给站有几个): the numbers next to any word of the question.
      const chosen = countedWords ? (ofCounted.length > 0 ? ofCounted : quantities) : ofAny.length > 0 ? ofAny : quantities;
      return { sentence, found: chosen.map((q) => q.text), fit: ofCounted.length > 0 ? 2 : ofAny.length > 0 ? 1 : 0 };
    })
    .filter((c) => c.found.length > 0);
  const hit = candidates.sort((a, b) => b.fit - a.fit)[0];
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
