import type { MultivariateDetectorNotRun, MultivariateDetectorResult, MultivariateWindow } from "./multivariateResult";
import { multivariateMessages } from "./multivariateMessages";
import { bandLimits, chunkBand } from "./chunkBand";
import type { EncodedSides } from "./encodedSides";
import { chunkStart } from "./encodedSides";
import { fitReconstruction, outOfChunkErrors, reconstructionErrors } from "./reconstructionModel";

/**
 * NannyML's data-reconstruction drift detector on encoded rows: fit the scaler and the PCA on the
 * reference (`fitReconstruction`), take the mean reconstruction error of each reference chunk —
 * measured out of sample, by a PCA fitted on the other chunks (`outOfChunkErrors`; NannyML
 * measures them in sample, which puts the band below unchanged data) — for the band (mean ± 3σ),
 * and the mean error of the current rows and of each window, each held to
 * the band for its number of rows (`bandLimits`; lower limit clipped at 0). A change in how the
 * columns move together moves rows off the reference's principal axes and raises the error,
 * even when every column's own distribution stays put.
 * Not run when the PCA keeps every axis (two uncorrelated columns at the default 65%): each row is
 * then rebuilt exactly, both sides' errors are rounding noise, and a band of noise would alert at
 * random.
 * Cost: O((reference + current) · dimension · components) plus the PCA fit.
 */
export function reconstructionDetector(sides: EncodedSides, varianceKept: number): MultivariateDetectorResult | MultivariateDetectorNotRun {
  const { dimension, referenceRows, currentRows, referenceChunks } = sides;
  const model = fitReconstruction(sides.reference, referenceRows, dimension, varianceKept);
  if (model.pca.components === dimension) return { method: "reconstruction_error", reason: multivariateMessages.everyAxisKept(dimension, model.pca.components, varianceKept) };
  const starts = Array.from({ length: referenceChunks + 1 }, (_, c) => chunkStart(c, referenceChunks, referenceRows));
  const referenceErrors = outOfChunkErrors(model, sides.reference, referenceRows, starts);
  const chunkMeans: number[] = [];
  for (let c = 0; c < referenceChunks; c++) chunkMeans.push(meanOf(referenceErrors, chunkStart(c, referenceChunks, referenceRows), chunkStart(c + 1, referenceChunks, referenceRows)));
  const band = chunkBand(chunkMeans, Math.floor(referenceRows / referenceChunks));
  const errors = reconstructionErrors(model, sides.current, currentRows);
  const value = meanOf(errors, 0, currentRows);
  const limits = bandLimits(band, currentRows, 0);
  const windows = sides.windows?.map(({ span, rows }): MultivariateWindow => {
    if (rows.length < sides.minSamples) return { ...span, status: "insufficient data" };
    let sum = 0;
    for (const row of rows) sum += errors[row];
    const mean = sum / rows.length;
    const window = bandLimits(band, rows.length, 0);
    return { ...span, status: "ok", value: mean, ...window, drifted: mean < window.lower || mean > window.upper };
  });
  return {
    method: "reconstruction_error",
    columns: sides.columns,
    referenceRows,
    currentRows,
    value,
    ...limits,
    drifted: value < limits.lower || value > limits.upper,
    band,
    components: model.pca.components,
    varianceKept,
    varianceExplained: model.varianceExplained,
    ...(windows ? { windows } : {}),
  };
}

function meanOf(values: Float64Array, from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += values[i];
  return sum / (to - from);
}
