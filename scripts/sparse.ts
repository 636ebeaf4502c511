// Named features as the trainers' inner loops read them: the sorted names once, and each row's
// features as parallel arrays of indices and values. Thousands of epochs over tens of thousands of
// rows through Map lookups took minutes; through typed arrays, seconds — in the same order of
// arithmetic, so the weights are the same.

/** Every feature name the rows use, sorted (the weights file's order). */
export function featureNames(rows: Iterable<ReadonlyMap<string, number>>): string[] {
  const names = new Set<string>();
  for (const features of rows) for (const name of features.keys()) names.add(name);
  return [...names].sort();
}

export interface SparseRow {
  at: Int32Array;
  values: Float64Array;
}

/** One row's features, in their own order, as indices into `names` and values. */
export function sparseRow(features: ReadonlyMap<string, number>, index: ReadonlyMap<string, number>): SparseRow {
  return { at: Int32Array.from(features.keys(), (name) => index.get(name)!), values: Float64Array.from(features.values()) };
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
