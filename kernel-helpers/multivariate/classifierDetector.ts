import { domainClassifier } from "../embeddings/domainClassifier";
import { denseRows } from "../embeddings/featureRows";
import { uniformRowSample } from "../stats/uniformRowSample";
import { bandLimits, chunkBand } from "./chunkBand";
import type { EncodedSides } from "./encodedSides";
import { chunkStart } from "./encodedSides";
import type { MultivariateDetectorResult, MultivariateWindow } from "./multivariateResult";
import type { StandardScaler } from "./standardScaler";
import { fitStandardScaler } from "./standardScaler";

/** Gradient steps of each classifier fit: enough for the ranking the ROC AUC needs. */
const ITERATIONS = 60;

/** Reference chunks of the classifier's band (NannyML's default chunk count): each costs a fit. */
export const CLASSIFIER_CHUNKS = 10;

/**
 * The domain-classifier drift detector (NannyML's `DomainClassifierCalculator`, with the
 * logistic regression driftlens already has instead of LightGBM): for a chunk of current rows,
 * draw up to `rowsPerSide` of its rows and as many reference rows, fit a classifier telling them
 * apart on half of each side and measure its ROC AUC on the other half (`domainClassifier`).
 * 0.5 means the chunk looks like the reference. Features are the columns scaled on the
 * reference and, with `interactions`, every pairwise product of them (squares included), so that
 * the linear model sees changes in how columns move together. The band comes from each
 * reference chunk against the rest of the reference (mean ± 3σ over the chunks), for samples of
 * the same size; a window with fewer rows is held to the band widened for its size.
 * Cost: one logistic-regression fit on ≤ 2·`rowsPerSide` rows of d + d(d+1)/2 features per
 * reference chunk, per window and once for all current rows.
 */
export function classifierDetector(sides: EncodedSides, options: { readonly rowsPerSide: number; readonly interactions: boolean; readonly seed: number }): MultivariateDetectorResult {
  const { dimension, referenceRows, currentRows } = sides;
  const referenceChunks = Math.min(sides.referenceChunks, CLASSIFIER_CHUNKS);
  const scaler = fitStandardScaler(sides.reference, referenceRows, dimension);
  const features = dimension + (options.interactions ? (dimension * (dimension + 1)) / 2 : 0);
  const auc = (currentSide: { values: Float64Array; rows: Int32Array }, referenceRowsUsed: Int32Array, seed: number): number => {
    const n = referenceRowsUsed.length + currentSide.rows.length;
    const matrix = new Float64Array(n * features);
    let at = 0;
    for (const row of referenceRowsUsed) at = writeFeatures(sides.reference, row, scaler, options.interactions, matrix, at);
    for (const row of currentSide.rows) at = writeFeatures(currentSide.values, row, scaler, options.interactions, matrix, at);
    return domainClassifier(denseRows(matrix, features), referenceRowsUsed.length, seed, { iterations: ITERATIONS }).auc;
  };

  const chunkAucs: number[] = [];
  let chunkSample = 0;
  for (let c = 0; c < referenceChunks; c++) {
    const from = chunkStart(c, referenceChunks, referenceRows);
    const to = chunkStart(c + 1, referenceChunks, referenceRows);
    const size = Math.min(options.rowsPerSide, to - from);
    chunkSample = Math.max(chunkSample, size);
    const inChunk = offset(uniformRowSample(to - from, size, options.seed + 2 * c), from);
    const rest = uniformRowSample(referenceRows - (to - from), size, options.seed + 2 * c + 1).map((row) => (row >= from ? row + (to - from) : row));
    chunkAucs.push(auc({ values: sides.reference, rows: inChunk }, rest, options.seed + c));
  }
  const band = chunkBand(chunkAucs, chunkSample);
  const against = (rows: Int32Array, seed: number): { value: number; size: number } => {
    const size = Math.min(options.rowsPerSide, rows.length);
    const chosen = uniformRowSample(rows.length, size, seed).map((i) => rows[i]);
    return { value: auc({ values: sides.current, rows: chosen }, uniformRowSample(referenceRows, size, seed + 1), seed), size };
  };
  const all = against(Int32Array.from({ length: currentRows }, (_, i) => i), options.seed + 7919);
  const limits = bandLimits(band, all.size);
  const windows = sides.windows?.map(({ span, rows }, w): MultivariateWindow => {
    if (rows.length < sides.minSamples) return { ...span, status: "insufficient data" };
    const result = against(rows, options.seed + 104_729 + 2 * w);
    const window = bandLimits(band, result.size);
    return { ...span, status: "ok", value: result.value, ...window, drifted: result.value > window.upper };
  });
  return {
    method: "domain_classifier",
    columns: sides.columns,
    referenceRows,
    currentRows,
    value: all.value,
    ...limits,
    drifted: all.value > limits.upper,
    band,
    classifier: { model: "logistic_regression", features, interactions: options.interactions, rowsPerSide: options.rowsPerSide },
    ...(windows ? { windows } : {}),
  };
}

function offset(rows: Int32Array, by: number): Int32Array {
  return rows.map((row) => row + by);
}

/** Writes one row's features (scaled columns, then pairwise products) at `at`; returns the next position. */
function writeFeatures(values: Float64Array, row: number, scaler: StandardScaler, interactions: boolean, out: Float64Array, at: number): number {
  const d = scaler.dimension;
  const start = at;
  for (let j = 0; j < d; j++) out[at++] = (values[row * d + j] - scaler.mean[j]) / scaler.scale[j];
  if (interactions) for (let a = 0; a < d; a++) for (let b = a; b < d; b++) out[at++] = out[start + a] * out[start + b];
  return at;
}
