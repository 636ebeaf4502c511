// Fits the span ranker: a log-linear model (softmax over one question's candidate spans) trained
// with AdaGrad on the candidates' named features. Deterministic: a fixed shuffle seed, a fixed
// number of epochs, and questions visited in a seeded order, so the same data gives the same weights.
import { candidateFeatures } from '../src/answer/reader/features.js';
import type { Gathered } from '../src/answer/reader/read.js';
import type { AnalysedQuestion } from '../src/answer/reader/analyse.js';

export interface Example {
  question: AnalysedQuestion;
  gathered: Gathered;
  /** Best F1 of each proposal against the gold answers. */
  f1: Float32Array;
  /** How much the question counts in the loss (its set's share, ranker-examples.ts); 1 when unset. */
  weight?: number;
}

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const next = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export interface TrainOptions {
  epochs: number;
  /** Spans within this share of the best span's F1 are targets too, weighted by F1² (1: the best only). */
  near: number;
  rate: number;
  l2: number;
  seed: number;
}

export const DEFAULT_TRAINING: TrainOptions = { epochs: 6, near: 0.9, rate: 0.2, l2: 1e-5, seed: 20261130 };

export function trainRanker(examples: readonly Example[], options: TrainOptions = DEFAULT_TRAINING): Record<string, number> {
  const weights = new Map<string, number>();
  const squares = new Map<string, number>();
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const example of shuffled(examples, options.seed + epoch)) {
      const { proposals } = example.gathered;
      const best = Math.max(...example.f1);
      if (!(best > 0)) continue;
      const features: Map<string, number>[] = proposals.map((p) => {
        const f = new Map<string, number>();
        candidateFeatures(example.question, p.scored, p.candidate, (name, value) => f.set(name, (f.get(name) ?? 0) + value));
        return f;
      });
      const scores = features.map((f) => {
        let s = 0;
        for (const [name, value] of f) s += (weights.get(name) ?? 0) * value;
        return s;
      });
      const max = Math.max(...scores);
      const exps = scores.map((s) => Math.exp(s - max));
      const z = exps.reduce((a, b) => a + b, 0);
      // The spans nearly as good as the best (a name with or without its title) share the target,
      // by their F1 squared: the answer's F1 rewards them too, and forcing one of near-equals apart
      // from the others teaches the ranker nothing about answers.
      const targets = example.f1.map((v) => (v >= options.near * best ? v * v : 0));
      const positives = targets.reduce((a: number, b) => a + b, 0);
      const gradient = new Map<string, number>();
      const weight = example.weight ?? 1;
      features.forEach((f, i) => {
        const g = weight * (exps[i]! / z - targets[i]! / positives);
        if (Math.abs(g) < 1e-6) return;
        for (const [name, value] of f) gradient.set(name, (gradient.get(name) ?? 0) + g * value);
      });
      for (const [name, g0] of gradient) {
        const w = weights.get(name) ?? 0;
        const g = g0 + options.l2 * w;
        const sq = (squares.get(name) ?? 0) + g * g;
        squares.set(name, sq);
        weights.set(name, w - (options.rate * g) / Math.sqrt(sq + 1e-8));
      }
    }
  }
  const out: Record<string, number> = {};
  for (const name of [...weights.keys()].sort()) {
    const w = Math.round(weights.get(name)! * 10_000) / 10_000;
    if (w !== 0) out[name] = w;
  }
  return out;
}
