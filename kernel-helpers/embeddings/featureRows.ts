/**
 * Rows of a feature matrix, dense or sparse, as the linear classifier reads them: a dot product
 * with a weight vector and a scaled add of a row into a gradient.
 */
export interface FeatureRows {
  readonly rows: number;
  readonly columns: number;
  dot(row: number, weights: Float64Array): number;
  addScaled(row: number, scale: number, target: Float64Array): void;
}

/** Dense row-major `rows × columns` values as `FeatureRows`. */
export function denseRows(values: Float64Array, columns: number): FeatureRows {
  return {
    rows: values.length / columns,
    columns,
    dot(row, weights) {
      let sum = 0;
      for (let j = 0, at = row * columns; j < columns; j++) sum += values[at + j] * weights[j];
      return sum;
    },
    addScaled(row, scale, target) {
      for (let j = 0, at = row * columns; j < columns; j++) target[j] += scale * values[at + j];
    },
  };
}

/** Compressed sparse rows (CSR) as `FeatureRows`: row i's entries are `indices/values[starts[i] .. starts[i+1])`. */
export function sparseRows(starts: Int32Array, indices: Int32Array, values: Float64Array, columns: number): FeatureRows {
  return {
    rows: starts.length - 1,
    columns,
    dot(row, weights) {
      let sum = 0;
      for (let k = starts[row]; k < starts[row + 1]; k++) sum += values[k] * weights[indices[k]];
      return sum;
    },
    addScaled(row, scale, target) {
      for (let k = starts[row]; k < starts[row + 1]; k++) target[indices[k]] += scale * values[k];
    },
  };
}
