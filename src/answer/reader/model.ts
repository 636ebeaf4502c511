/** A linear model over named features: the span ranker and the answer-or-refuse decision both are one. */
export interface LinearModel {
  weights: ReadonlyMap<string, number>;
}

export function linearModel(weights: Record<string, number>): LinearModel {
  return { weights: new Map(Object.entries(weights)) };
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** A softmax over scores, shifted by their maximum so that no exponent overflows: probabilities summing to 1. */
export function softmax(scores: ArrayLike<number>): Float64Array {
  let max = -Infinity;
  for (let i = 0; i < scores.length; i++) if (scores[i]! > max) max = scores[i]!;
  const probabilities = new Float64Array(scores.length);
  let z = 0;
  for (let i = 0; i < scores.length; i++) z += probabilities[i] = Math.exp(scores[i]! - max);
  for (let i = 0; i < scores.length; i++) probabilities[i]! /= z;
  return probabilities;
}
