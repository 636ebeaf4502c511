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
