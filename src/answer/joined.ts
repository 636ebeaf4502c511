import type { Answer, Passage, Question } from './types.js';

/** Passages in a reply: the engine keeps three for one question, and no more for several. */
const PASSAGES_KEPT = 3;

/**
 * The reply to a message asking several questions (question-parts.ts): every answer given, in the
 * order asked, each short answer once; a part the article cannot answer says so in the headline.
 * Each part's best passage comes before any part's second, so every answer is quoted with its source.
 */
export function joinAnswers(question: Question, parts: readonly Answer[]): Answer {
  const answered = parts.filter((a) => !a.abstained);
  const lead = answered[0] ?? parts[0]!;
  if (answered.length === 0) return { ...lead, question };
  const zh = question.language === 'zh';
  const separator = zh ? '；' : '; ';
  const unique = (items: readonly string[]) => [...new Set(items.map((s) => s.trim()).filter((s) => s.length > 0))];
  // A refusal's full stop would end the joined line: the parts are separated, not ended.
  const headlines = unique(parts.map((a) => a.headline.replace(/[。.]\s*$/u, '')));
  const passages: Passage[] = [];
  const depth = Math.max(...answered.map((a) => a.passages.length));
  for (let i = 0; i < depth && passages.length < PASSAGES_KEPT; i++) {
    for (const a of answered) {
      const p = a.passages[i];
      if (p && passages.length < PASSAGES_KEPT && !passages.some((q) => q.articleId === p.articleId && q.paragraph === p.paragraph && q.text === p.text)) passages.push(p);
    }
  }
  return {
    ...lead,
    question,
    headline: headlines.join(separator),
    direct: unique(answered.map((a) => a.direct)).join(separator),
    facts: answered.flatMap((a) => a.facts),
    passages,
    abstained: false,
  };
}
