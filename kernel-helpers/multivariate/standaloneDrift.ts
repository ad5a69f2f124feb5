import type { Column, Table } from "../data/table";
import { toTable } from "../data/toTable";
import type { TableInput } from "../data/toTable";
import { UsageError } from "../errors";
import { windowMessages } from "../windows/windowMessages";
import { toTimestampColumn } from "../baseline/toTimestampColumn";
import { splitWindows } from "../windows/splitWindows";
import { parseWindowSpec, windowLabel } from "../windows/windowSpec";
import { multivariateDrift } from "./multivariateDrift";
import type { MultivariateDetector, MultivariateDetectorResult, MultivariateDriftOptions } from "./multivariateResult";

/**
 * Runs one multivariate detector on two datasets (anything `toTable` reads): the shared work of
 * `reconstructionDrift` and `classifierDrift` — reading, windows of the current data, and the
 * detector.
 */
export async function standaloneDrift(detector: MultivariateDetector, referenceInput: TableInput, currentInput: TableInput, options: MultivariateDriftOptions): Promise<MultivariateDetectorResult> {
  const [reference, current] = [await toTable(referenceInput), await toTable(currentInput)];
  const spec = typeof options.window === "string" ? parseWindowSpec(options.window) : options.window;
  const windows = spec ? { every: windowLabel(spec), windows: splitWindows(spec, current.rowCount, "hours" in spec ? timestamps(current, options.timestampColumn) : undefined).windows, minSamples: options.minSamples ?? 100 } : undefined;
  const drift = multivariateDrift(reference, current, { ...options, detectors: [detector] }, windows);
  const [result] = drift.detectors;
  if (!result) throw new UsageError(`multivariate drift: ${drift.notRun?.[0]?.reason ?? "the detector did not run"}`);
  return result;
}

function timestamps(table: Table, name: string | undefined): Float64Array {
  const column = name === undefined ? undefined : table.columns.find((c) => c.name === name);
  if (name === undefined || column === undefined) throw new UsageError(windowMessages.windowNeedsTimestamp("time"));
  return toTimestampColumn(column as Column, `the current data (${table.source})`).values;
}
