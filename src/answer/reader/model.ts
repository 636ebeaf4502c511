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
export function softmax(scores: readonly number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  let z = 0;
  for (const e of exps) z += e;
  return exps.map((e) => e / z);
}
