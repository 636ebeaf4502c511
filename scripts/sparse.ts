// Named features as the trainers' inner loops read them: the sorted names once, and each row's
// features as parallel arrays of indices and values. Thousands of epochs over tens of thousands of
// rows through Map lookups took minutes; through typed arrays, seconds — in the same order of
// arithmetic, so the weights are the same.

export interface SparseRow {
  at: Int32Array;
  values: Float64Array;
}

/**
 * Every feature name the rows use, sorted (the weights file's order), and how to turn one row's
 * features, in their own order, into indices into those names and their values.
 */
export function sparseFeatures(rows: Iterable<ReadonlyMap<string, number>>): { names: string[]; row: (features: ReadonlyMap<string, number>) => SparseRow } {
  const seen = new Set<string>();
  for (const features of rows) for (const name of features.keys()) seen.add(name);
  const names = [...seen].sort();
  const index = new Map(names.map((name, i) => [name, i]));
  return { names, row: (features) => ({ at: Int32Array.from(features.keys(), (name) => index.get(name)!), values: Float64Array.from(features.values()) }) };
}

/** w · x for one row. */
export function dot(w: Float64Array, row: SparseRow): number {
  let z = 0;
  for (let k = 0; k < row.at.length; k++) z += w[row.at[k]!]! * row.values[k]!;
  return z;
}

/** gradient += g · x for one row. */
export function addScaled(gradient: Float64Array, row: SparseRow, g: number): void {
  for (let k = 0; k < row.at.length; k++) gradient[row.at[k]!]! += g * row.values[k]!;
}

/** Weights by name, rounded to four decimals as the weights file keeps them. */
export function namedWeights(names: readonly string[], w: Float64Array): Record<string, number> {
  return Object.fromEntries(names.map((name, i) => [name, Math.round(w[i]! * 10_000) / 10_000]));
}
