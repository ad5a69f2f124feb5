import type { Table } from "../data/table";
import { UsageError } from "../errors";
import { uniformRowSample } from "../stats/uniformRowSample";
import type { WindowRows } from "../windows/splitWindows";
import type { WindowSpan } from "../windows/windowSpan";
import { classifierDetector } from "./classifierDetector";
import { encodeRows, fitEncoding } from "./multivariateEncoding";
import { multivariateMessages } from "./multivariateMessages";
import type { MultivariateDetector, MultivariateDetectorNotRun, MultivariateDetectorResult, MultivariateDrift, MultivariateOptions } from "./multivariateResult";
import { MULTIVARIATE_DETECTORS } from "./multivariateResult";
import { reconstructionDetector } from "./reconstructionDetector";
import { DEFAULT_SEED } from "../stats/random";

/** Reference rows each chunk of the band needs at the least. */
const MIN_CHUNK_ROWS = 10;

/**
 * Reference rows the detectors use at most: beyond, a seeded uniform sample of this many (row
 * order kept). The PCA's axes and the band are settled long before; the current rows are all used.
 */
export const MULTIVARIATE_REFERENCE_ROWS = 100_000;

/**
 * Multivariate drift of `current` against `reference` (tables already read): the
 * data-reconstruction detector and the domain classifier (see `reconstructionDetector`,
 * `classifierDetector`) over the chosen numerical and categorical columns, over all current rows
 * and per window when `windows` are given. Missing cells are imputed and categories
 * frequency-encoded as the reference has them (`fitEncoding`). A reference beyond
 * `MULTIVARIATE_REFERENCE_ROWS` rows is sampled down to it (seeded).
 * Cost: O((reference + current) · columns²) for the reconstruction detector, plus one classifier
 * fit per reference chunk, window and the whole.
 *
 * @example multivariateDrift(reference, current, { columns: ["x", "y"] }).detectors[0].drifted // true after a correlation flip
 * @throws {UsageError} for bad options, fewer than 2 usable columns, or too few reference rows
 */
/**
 * The fewest reference rows `multivariateDrift` measures a band from: 10 per reference chunk
 * (200 with the default 20 chunks).
 *
 * @throws {UsageError} for bad options
 */
export function minReferenceRows(options: MultivariateOptions = {}): number {
  return validOptions(options).referenceChunks * MIN_CHUNK_ROWS;
}

export function multivariateDrift(
  reference: Table,
  current: Table,
  options: MultivariateOptions = {},
  windows?: { readonly every: string; readonly windows: readonly WindowRows[]; readonly minSamples: number },
): MultivariateDrift {
  const settings = validOptions(options);
  const columns = options.columns ?? reference.columns.filter((c) => (c.type === "numerical" || c.type === "categorical") && current.columns.some((other) => other.name === c.name && other.type === c.type)).map((c) => c.name);
  if (columns.length < 2) throw new UsageError(multivariateMessages.tooFewColumns(columns.length));
  if (reference.rowCount < minReferenceRows(options)) throw new UsageError(multivariateMessages.tooFewReferenceRows(reference.rowCount, minReferenceRows(options)));
  const encoding = fitEncoding(reference, columns);
  const used = reference.rowCount > MULTIVARIATE_REFERENCE_ROWS ? uniformRowSample(reference.rowCount, MULTIVARIATE_REFERENCE_ROWS, options.seed ?? DEFAULT_SEED) : undefined;
  const sides = {
    columns,
    dimension: columns.length,
    reference: encodeRows(encoding, reference, used),
    referenceRows: used ? used.length : reference.rowCount,
    current: encodeRows(encoding, current),
    currentRows: current.rowCount,
    minSamples: windows?.minSamples ?? 0,
    referenceChunks: settings.referenceChunks,
    ...(windows ? { windows: windows.windows.map((window) => ({ span: spanOf(window), rows: window.rows })) } : {}),
  };
  const outcomes = settings.detectors.map((detector) =>
    detector === "reconstruction"
      ? reconstructionDetector(sides, settings.varianceKept)
      : classifierDetector(sides, { rowsPerSide: settings.classifierRows, interactions: options.classifier?.interactions ?? columns.length <= 16, seed: options.seed ?? DEFAULT_SEED }),
  );
  const detectors = outcomes.filter((outcome): outcome is MultivariateDetectorResult => !("reason" in outcome));
  const notRun = outcomes.filter((outcome): outcome is MultivariateDetectorNotRun => "reason" in outcome);
  return {
    columns,
    detectors,
    ...(notRun.length > 0 ? { notRun } : {}),
    drifted: detectors.some((detector) => detector.drifted),
    ...(windows ? { every: windows.every, minSamples: windows.minSamples } : {}),
  };
}

/** A window's place as reports give it. */
export function spanOf(window: WindowRows): WindowSpan {
  const place = window.start !== undefined ? { start: new Date(window.start).toISOString(), end: new Date(window.end as number).toISOString() } : { firstRow: window.firstRow as number };
  return { index: window.index, ...place, rows: window.rows.length };
}

function validOptions(options: MultivariateOptions): { detectors: readonly MultivariateDetector[]; varianceKept: number; referenceChunks: number; classifierRows: number } {
  const varianceKept = options.varianceKept ?? 0.65;
  if (!(typeof varianceKept === "number" && varianceKept > 0 && varianceKept < 1)) throw new UsageError(multivariateMessages.varianceKept(varianceKept));
  const referenceChunks = options.referenceChunks ?? 20;
  if (!(Number.isInteger(referenceChunks) && referenceChunks >= 3)) throw new UsageError(multivariateMessages.chunks(referenceChunks));
  const classifierRows = options.classifier?.rows ?? 500;
  if (!(Number.isInteger(classifierRows) && classifierRows >= 50)) throw new UsageError(multivariateMessages.classifierRows(classifierRows));
  const detectors = options.detectors ?? MULTIVARIATE_DETECTORS;
  for (const detector of detectors) if (!MULTIVARIATE_DETECTORS.includes(detector)) throw new UsageError(multivariateMessages.detectorUnknown(String(detector)));
  return { detectors, varianceKept, referenceChunks, classifierRows };
}
