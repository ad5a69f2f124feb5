import type { Pca } from "../embeddings/pca";
import { fitPca } from "../embeddings/pca";
import { symmetricEigen } from "../embeddings/symmetricEigen";
import type { StandardScaler } from "./standardScaler";
import { fitStandardScaler, scaleRows } from "./standardScaler";

/** A standard scaler and a PCA fitted on the reference: what the reconstruction error is measured with. */
export interface ReconstructionModel {
  readonly scaler: StandardScaler;
  /** The PCA keeping the fewest axes whose cumulative share of variance exceeds `varianceKept`. */
  readonly pca: Pca;
  /** The share of variance asked for. */
  readonly varianceKept: number;
  /** The share the kept axes explain. */
  readonly varianceExplained: number;
}

/**
 * Fits NannyML's data-reconstruction model on the encoded reference (`rows × dimension`,
 * row-major, no missing values): a `StandardScaler`, then a PCA keeping the smallest number of
 * axes whose cumulative explained-variance ratio is above `varianceKept` — as
 * `sklearn.decomposition.PCA(n_components=varianceKept)` picks them.
 * Reference: NannyML, "Data Reconstruction with PCA" (docs, How it works).
 * Cost: O(rows · dimension²) plus O(dimension³).
 *
 * @param values encoded reference rows; not modified
 * @example fitReconstruction(values, 1000, 4, 0.65).pca.components // 2 for two pairs of correlated columns
 */
export function fitReconstruction(values: Float64Array, rows: number, dimension: number, varianceKept: number): ReconstructionModel {
  const scaler = fitStandardScaler(values, rows, dimension);
  const scaled = scaleRows(scaler, Float64Array.from(values), rows);
  const full = fitPca(scaled, rows, dimension, dimension);
  let kept = dimension;
  let cumulative = 0;
  for (let k = 0; k < dimension; k++) {
    cumulative += full.explainedVarianceRatio[k];
    if (cumulative > varianceKept) {
      kept = k + 1;
      break;
    }
  }
  const pca: Pca = {
    dimension,
    components: kept,
    mean: full.mean,
    axes: full.axes.slice(0, kept * dimension),
    explainedVariance: full.explainedVariance.slice(0, kept),
    explainedVarianceRatio: full.explainedVarianceRatio.slice(0, kept),
  };
  let explained = 0;
  for (const ratio of pca.explainedVarianceRatio) explained += ratio;
  return { scaler, pca, varianceKept, varianceExplained: explained };
}

/**
 * The reconstruction error of each row: scale it, project it onto the kept axes and back
 * (sklearn's `inverse_transform(transform(x))`), and take the Euclidean distance between the
 * scaled row and its reconstruction — NannyML's per-row error, whose mean over a chunk is the
 * detector's statistic.
 * Cost: O(rows · dimension · components).
 *
 * @param values encoded rows (`rows × dimension`); not modified
 */
export function reconstructionErrors(model: ReconstructionModel, values: Float64Array, rows: number): Float64Array {
  const { scaler, pca } = model;
  const d = pca.dimension;
  const k = pca.components;
  const errors = new Float64Array(rows);
  const centred = new Float64Array(d);
  const projected = new Float64Array(k);
  // The hot loop reads its arrays from locals (the same arithmetic, in the same order).
  const { mean: scalerMean, scale } = scaler;
  const { mean: pcaMean, axes } = pca;
  for (let i = 0; i < rows; i++) {
    const at = i * d;
    for (let j = 0; j < d; j++) centred[j] = (values[at + j] - scalerMean[j]) / scale[j] - pcaMean[j];
    for (let c = 0; c < k; c++) {
      let sum = 0;
      const axis = c * d;
      for (let j = 0; j < d; j++) sum += centred[j] * axes[axis + j];
      projected[c] = sum;
    }
    let squares = 0;
    for (let j = 0; j < d; j++) {
      let back = 0;
      for (let c = 0; c < k; c++) back += projected[c] * axes[c * d + j];
      const residual = centred[j] - back;
      squares += residual * residual;
    }
    errors[i] = Math.sqrt(squares);
  }
  return errors;
}

/**
 * The reconstruction error of each reference row measured out of sample: for each of `chunks`
 * equal consecutive chunks, a PCA with the model's number of axes fitted on the other reference
 * rows (scaled by the model's scaler), applied to the chunk's rows. The PCA of the whole
 * reference fits its own rows better than new ones, so in-sample chunk errors sit below what
 * unchanged current data gives — by several per cent with few rows and many columns — and a
 * band from them would alert on unchanged data. The other rows' covariance comes from the total
 * scatter minus the chunk's, so this costs one pass over the rows.
 * Agrees with sklearn's `PCA(n_components=k, svd_solver="full")` fitted on the other rows.
 * Cost: O(rows · dimension²) plus O(chunks · dimension³).
 */
export function outOfChunkErrors(model: ReconstructionModel, values: Float64Array, rows: number, chunkStarts: readonly number[]): Float64Array {
  const { scaler } = model;
  const d = scaler.dimension;
  const k = model.pca.components;
  const scaled = new Float64Array(d);
  const chunks = chunkStarts.length - 1;
  const sums = Array.from({ length: chunks }, () => new Float64Array(d));
  const scatters = Array.from({ length: chunks }, () => new Float64Array(d * d));
  for (let c = 0; c < chunks; c++) {
    for (let i = chunkStarts[c]; i < chunkStarts[c + 1]; i++) {
      for (let j = 0; j < d; j++) scaled[j] = (values[i * d + j] - scaler.mean[j]) / scaler.scale[j];
      for (let a = 0; a < d; a++) {
        sums[c][a] += scaled[a];
        for (let b = a; b < d; b++) scatters[c][a * d + b] += scaled[a] * scaled[b];
      }
    }
  }
  const totalSum = new Float64Array(d);
  const totalScatter = new Float64Array(d * d);
  for (let c = 0; c < chunks; c++) {
    for (let a = 0; a < d; a++) totalSum[a] += sums[c][a];
    for (let e = 0; e < d * d; e++) totalScatter[e] += scatters[c][e];
  }
  const errors = new Float64Array(rows);
  for (let c = 0; c < chunks; c++) {
    const n = rows - (chunkStarts[c + 1] - chunkStarts[c]);
    const mean = Float64Array.from(totalSum, (sum, a) => (sum - sums[c][a]) / n);
    const covariance = new Float64Array(d * d);
    for (let a = 0; a < d; a++) {
      for (let b = a; b < d; b++) {
        const value = (totalScatter[a * d + b] - scatters[c][a * d + b] - n * mean[a] * mean[b]) / Math.max(n - 1, 1);
        covariance[a * d + b] = value;
        covariance[b * d + a] = value;
      }
    }
    const { vectors } = symmetricEigen(covariance, d);
    const axes = new Float64Array(k * d);
    for (let q = 0; q < k; q++) for (let j = 0; j < d; j++) axes[q * d + j] = vectors[j * d + q];
    const pca: Pca = { dimension: d, components: k, mean, axes, explainedVariance: new Float64Array(k), explainedVarianceRatio: new Float64Array(k) };
    const from = chunkStarts[c];
    const count = chunkStarts[c + 1] - from;
    errors.set(reconstructionErrors({ ...model, pca }, values.subarray(from * d, (from + count) * d), count), from);
  }
  return errors;
}
