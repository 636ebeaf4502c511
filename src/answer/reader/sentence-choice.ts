import type { AnalysedQuestion } from './analyse.js';
import { ANSWERING_KINDS } from './answer-types.js';
import type { Emit } from './features.js';
import { softmax, type LinearModel } from './model.js';
import type { ScoredSentence } from './retrieve.js';

/**
 * Which sentence answers: a small model over sentence-level evidence, trained (`npm run train`) to
 * put the sentence holding the gold answer first. The span ranker alone picks the sentence of its
 * likeliest span, and a span's own features (a name right after the asking word's neighbour) can
 * outweigh a sentence that says more of the question; this weighs the two at the sentence level.
 */

/**
 * The sentences weighed, best first by retrieval: every one the reader proposed spans in — the best
 * few, and any further one read for the form asked or for the attribute asked (left out, their
 * spans were lost whatever the ranker thought of them).
 */
export function weighedSentences(ranked: readonly ScoredSentence[], masses: ReadonlyMap<ScoredSentence, SpanMass>): [ScoredSentence, SpanMass][] {
  const weighed: [ScoredSentence, SpanMass][] = [];
  for (const scored of ranked) {
    const mass = masses.get(scored);
    if (mass) weighed.push([scored, mass]);
  }
  return weighed;
}

/** The span ranker's view of one sentence: its candidates' summed probability, and its likeliest one's. */
export interface SpanMass {
  mass: number;
  top: number;
  /** Kinds of the likeliest span (a date, a figure…). */
  topKinds: readonly string[];
}

const RANKS = ['sentence.rank.0', 'sentence.rank.1', 'sentence.rank.2', 'sentence.rank.3', 'sentence.rank.4', 'sentence.rank.5+'];

/** Longest run of the question's matched characters within WINDOW characters, as a share of the question. */
const WINDOW = 16;

export function sentenceChoiceFeatures(question: AnalysedQuestion, scored: ScoredSentence, spans: SpanMass, emit: Emit): void {
  emit('coverage', scored.coverage);
  emit('relative', scored.relative);
  emit(RANKS[Math.min(scored.rank, RANKS.length - 1)]!, 1);
  emit('run', scored.run);
  emit('ordered', scored.ordered);
  emit('ordered.before', scored.orderedBefore);
  emit('ordered.after', scored.orderedAfter);
  emit('words', scored.words);
  emit('off_title', scored.offTitle);
  emit('off_title.relative', scored.offTitleRelative);
  emit('density', scored.density);
  // The answer may stand in a sentence that continues the one naming the question's words.
  emit('previous', scored.previous);
  emit('next', scored.next);
  emit('length.log', Math.log(1 + scored.sentence.text.length) / 5);
  const text = scored.sentence.text;
  const before = question.before[question.before.length - 1];
  const after = question.after[0];
  if (before && before.length >= 2 && text.includes(before)) emit('has_before', 1);
  if (after && after.length >= 2 && text.includes(after)) emit('has_after', 1);
  const kinds = ANSWERING_KINDS[question.type];
  if (kinds?.some((k) => scored.kinds.has(k))) emit('kind.asked', 1);
  let best = 0;
  let inWindow = 0;
  const m = scored.matched;
  for (let i = 0; i < m.length; i++) {
    inWindow += m[i]!;
    if (i >= WINDOW) inWindow -= m[i - WINDOW]!;
    if (inWindow > best) best = inWindow;
  }
  const asked = question.text.replace(/[^\p{L}\p{N}]/gu, '').length || 1;
  emit('window', Math.min(1, best / asked));
  emit('span.mass', spans.mass);
  emit('span.top', spans.top);
  // The ranker's likeliest span here is of the asked kind: the sentence gives the value asked for.
  if (kinds?.some((k) => spans.topKinds.includes(k))) {
    emit('span.top_kind', 1);
    emit('span.top_kind_mass', spans.top);
  }
}

/**
 * The model's probability for each sentence weighed (a softmax over them),
 * given the span ranker's masses: how far to trust each, not only which to trust most (taking the
 * likeliest sentence's spans alone lost F1 where the model hesitated: CMRC 51.5 against 50.9, DRCD
 * 56.9 against 56.5, training folds cross-validated). (Keeping only sentences that offer a span of
 * the asked kind lost 1–5 points of hit@1 on the training folds: jieba's tags miss names and places,
 * and answers to "when" are not always dates; the kind of the ranker's likeliest span is a feature.)
 */
export function sentenceProbabilities(question: AnalysedQuestion, ranked: readonly ScoredSentence[], masses: ReadonlyMap<ScoredSentence, SpanMass>, model: LinearModel): Map<ScoredSentence, number> {
  const weighed: ScoredSentence[] = [];
  const scores: number[] = [];
  for (const [scored, mass] of weighedSentences(ranked, masses)) {
    let score = 0;
    sentenceChoiceFeatures(question, scored, mass, (name, value) => {
      score += (model.weights.get(name) ?? 0) * value;
    });
    weighed.push(scored);
    scores.push(score);
  }
  const probabilities = softmax(scores);
  return new Map(weighed.map((scored, i) => [scored, probabilities[i]!]));
}

/** Each sentence's span mass, from the spans the ranker scored (probabilities over all of them). */
export function spanMasses(spans: readonly { proposal: { scored: ScoredSentence; candidate: { kinds: readonly string[] } }; probability: number }[]): Map<ScoredSentence, SpanMass> {
  const masses = new Map<ScoredSentence, SpanMass>();
  for (const s of spans) {
    const m = masses.get(s.proposal.scored) ?? { mass: 0, top: 0, topKinds: [] };
    m.mass += s.probability;
    if (s.probability > m.top) {
      m.top = s.probability;
      m.topKinds = s.proposal.candidate.kinds;
    }
    masses.set(s.proposal.scored, m);
  }
  return masses;
}
