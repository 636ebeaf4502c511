import { existsSync, readFileSync } from 'node:fs';

/**
 * The scoring rules of ../shared/eval/score.mjs, restated so the bench can score peers that have no
 * command-line face. Same definitions: correct = every answer key in the answer, not abstained,
 * not a dump; hit@1 = the first passage overlaps an evidence string; abstain = unanswerable refused.
 */
export interface DevQuestion {
  id: string;
  lang: string;
  question: string;
  intent: string;
  answerable: boolean;
  evidence: string[];
  answer_keys: string[];
}

/** What any system under test says back: the same fields the scripting interface prints. */
export interface Reply {
  answer: string;
  direct: string;
  abstained: boolean;
  passages: { text: string }[];
  /** The article answered from, where the system says (wenda). */
  articleId?: string;
}

export interface Score {
  questions: number;
  answerable: number;
  unanswerable: number;
  correct: number;
  hit1: number;
  abstain: number;
}

/** The dev set, or undefined when it is not beside the project (the side-by-side is then skipped). */
export function readQuestions(file: string): DevQuestion[] | undefined {
  if (!existsSync(file)) return undefined;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as DevQuestion);
}

export const norm = (s: string | undefined): string => String(s ?? '').replace(/[\s\u3000\u00a0]+/g, '');

/** The article file as score.mjs sees it: tags and the common entities stripped. */
export function plainText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
}

/** Longest common substring length. */
export function lcs(a: string, b: string): number {
  let best = 0;
  const prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : 0;
      if (prev[j]! > best) best = prev[j]!;
      diag = up;
    }
  }
  return best;
}

export function passageHits(passage: string, evidence: readonly string[]): boolean {
  const p = norm(passage);
  return evidence.some((e) => {
    const ev = norm(e);
    return p.includes(ev) || ev.includes(p) || lcs(p, ev) >= Math.min(10, ev.length);
  });
}

/** Scores replies (one per question, in order) against the raw article file they were asked about. */
export function scoreReplies(questions: readonly DevQuestion[], replies: readonly Reply[], articleRaw: string): Score {
  const articleLength = norm(plainText(articleRaw)).length;
  const score: Score = { questions: questions.length, answerable: 0, unanswerable: 0, correct: 0, hit1: 0, abstain: 0 };
  questions.forEach((q, i) => {
    const reply = replies[i];
    if (!reply) throw new Error(`no reply for ${q.id}`);
    if (!q.answerable) {
      score.unanswerable++;
      if (reply.abstained) score.abstain++;
      return;
    }
    score.answerable++;
    const answer = norm(reply.answer);
    const dump = answer.length > Math.max(0.35 * articleLength, 300);
    if (!reply.abstained && !dump && q.answer_keys.every((k) => answer.includes(norm(k)))) score.correct++;
    const top = reply.passages[0];
    if (top && passageHits(top.text, q.evidence)) score.hit1++;
  });
  return score;
}

/** Shares of the questions each figure is counted over; abstain is 0 for a set with no unanswerable question. */
export function rates(score: Score): { correct: number; hit1: number; abstain: number } {
  return {
    correct: score.answerable ? score.correct / score.answerable : 0,
    hit1: score.answerable ? score.hit1 / score.answerable : 0,
    abstain: score.unanswerable ? score.abstain / score.unanswerable : 0,
  };
}
