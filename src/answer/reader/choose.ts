import type { Proposal, ScoredSpan } from './read.js';

// Which of the likely spans to answer with: the one they agree on (read.ts and the wording rules of
// worded.ts choose through it).

/** Spans weighed against each other when choosing: the rest carry almost no probability. */
export const CONSENSUS = 20;
/** How closely a span must agree with the consensus to stand for it (held-out F1 is flat from 0.7 to 0.9). */
const SETTLE = 0.8;

/** Character F1 of two spans of the article: their overlap, when they share a sentence. */
export function agreement(a: Proposal, b: Proposal): number {
  if (a.scored !== b.scored) return 0;
  const overlap = Math.min(a.candidate.end, b.candidate.end) - Math.max(a.candidate.start, b.candidate.start);
  if (overlap <= 0) return 0;
  const p = overlap / (a.candidate.end - a.candidate.start);
  const r = overlap / (b.candidate.end - b.candidate.start);
  return (2 * p * r) / (p + r);
}

/**
 * The span with the highest expected overlap with the answer under the ranker's distribution
 * (minimum-Bayes-risk choice): where several likely spans overlap, the one they share wins over a
 * lone peak, which is what a span's F1 rewards.
 */
export function choose(spans: readonly ScoredSpan[]): ScoredSpan | undefined {
  const top = spans.slice(0, CONSENSUS);
  let best: ScoredSpan | undefined;
  let bestValue = -1;
  for (const a of top) {
    let value = 0;
    for (const b of top) value += b.probability * agreement(a.proposal, b.proposal);
    if (value > bestValue) {
      bestValue = value;
      best = a;
    }
  }
  // Within the region the likely spans agree on, the likeliest span itself: 第二十三次, not 第二十三次中欧.
  if (!best) return best;
  const centre = best;
  return top.filter((s) => agreement(s.proposal, centre.proposal) >= SETTLE).sort((a, b) => b.probability - a.probability)[0] ?? best;
}

/**
 * The likeliest of the spans weighed (CONSENSUS) that a rule prefers, if the ranker gives it at
 * least `share` of the chosen span's probability; else the chosen span stands.
 */
export function likelyRival(spans: readonly ScoredSpan[], chosen: ScoredSpan, share: number, preferred: (s: ScoredSpan) => boolean): ScoredSpan {
  return spans.slice(0, CONSENSUS).find((s) => preferred(s) && s.probability >= share * chosen.probability) ?? chosen;
}
