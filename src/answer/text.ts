import type { Answer, Fact, Passage } from './types.js';

/** How much of the reply the facts and passages may take, by level of detail (most detail first). */
interface Detail {
  glosses: boolean;
  detailGlosses: boolean;
  passages: number;
}

const LEVELS: Detail[] = [
  { glosses: true, detailGlosses: true, passages: 3 },
  { glosses: true, detailGlosses: false, passages: 3 },
  { glosses: true, detailGlosses: false, passages: 1 },
  { glosses: false, detailGlosses: false, passages: 1 },
];

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

function passageLine(passage: Passage): string {
  return passage.paragraph === 0 ? `¶0（标题）${passage.text}` : `¶${passage.paragraph} ${passage.text}`;
}

function compose(answer: Answer, detail: Detail): string {
  const lines = [answer.headline];
  if (answer.direct && !answer.headline.includes(answer.direct)) lines.push(answer.direct);
  for (const fact of answer.facts) lines.push(factLine(fact, answer, detail));
  for (const passage of answer.passages.slice(0, detail.passages)) lines.push(passageLine(passage));
  if (answer.abstained && answer.related) lines.push(`${answer.language === 'zh' ? '可能相关' : 'Maybe related'}: ${passageLine(answer.related)}`);
  return lines.join('\n');
}

const visible = (text: string) => text.replace(/\s+/g, '').length;

/** Cuts text to at most `budget` visible characters, at a sentence end where there is one. */
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
