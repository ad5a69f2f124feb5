import type { Column, Table } from "../data/table";
import type { MonitoringSettings } from "../config/monitoringSettings";
import type { CompareOptions } from "../drift/compareOptions";
import { compareTables } from "../drift/compareTables";
import type { DriftWindow, WindowColumnResult, WindowedDrift } from "./checkReport";
import { datasetDrift } from "../drift/datasetDrift";
import { datasetAlertLevel } from "./driftAlerts";
import { splitWindows } from "../windows/splitWindows";
import { takeRows } from "../data/takeRows";
import type { WindowSpec } from "../windows/windowSpec";
import { windowLabel } from "../windows/windowSpec";

/**
 * Checks each window of the current data against the reference: one column-drift result per
 * window and per tested column (the data of a drift heatmap and of a score trend), the window's
 * drift score over the feature columns, and the alert it would raise. A window with fewer rows
 * than `minSamples`, and a column with fewer values than that in a window, is reported as
 * "insufficient data" — no verdict, not drift.
 * Cost: one `compareTables` per window with enough rows.
 */
export function checkWindows(input: {
  readonly spec: WindowSpec;
  readonly reference: Table;
  readonly current: Table;
  readonly timestamps?: Float64Array;
  readonly timestampColumn?: string;
  /** Names of the feature columns (the window's drift score counts only them). */
  readonly features: ReadonlySet<string>;
  readonly compareOptions: CompareOptions;
  readonly settings: MonitoringSettings;
}): WindowedDrift {
  const { spec, reference, current, settings } = input;
  const tested = input.compareOptions.columns ?? [];
  const split = splitWindows(spec, current.rowCount, input.timestamps);
  const windows = split.windows.map((slice): DriftWindow => {
    const place = slice.start !== undefined ? { start: new Date(slice.start).toISOString(), end: new Date(slice.end as number).toISOString() } : { firstRow: slice.firstRow as number };
    const rows = slice.rows.length;
    const table = takeRows(current, slice.rows);
    const counts = new Map(table.columns.map((column) => [column.name, valueCount(column)]));
    if (rows < settings.minSamples) {
      return { index: slice.index, ...place, rows, status: "insufficient data", columns: tested.map((column) => ({ column, status: "insufficient data", values: counts.get(column) ?? 0 })) };
    }
    const enough = tested.filter((column) => (counts.get(column) ?? 0) >= settings.minSamples);
    // Identifier columns tested anyway stay included in the windows that test them.
    const included = input.compareOptions.includeColumns?.filter((column) => enough.includes(column));
    const report = compareTables(reference, table, { ...input.compareOptions, columns: enough, includeColumns: included ?? [] });
    const byColumn = new Map(report.columns.map((result) => [result.column, result]));
    const columns = tested.map((column): WindowColumnResult => {
      const result = byColumn.get(column);
      if (!result) return { column, status: "insufficient data", values: counts.get(column) ?? 0 };
      return { column, status: "ok", values: result.current.count, method: result.method, score: result.score, threshold: result.threshold, drifted: result.drifted, severity: result.severity };
    });
    const dataset = datasetDrift(report.columns.filter((result) => input.features.has(result.column)), report.dataset.driftShare);
    const alert = datasetAlertLevel(dataset, settings.criticalThreshold);
    return { index: slice.index, ...place, rows, status: "ok", driftScore: dataset.driftScore, driftedColumns: dataset.driftedColumns, testedColumns: dataset.columns, drifted: dataset.drifted, ...(alert ? { alert } : {}), columns };
  });
  return {
    every: windowLabel(spec),
    ...(input.timestampColumn !== undefined && "hours" in spec ? { timestampColumn: input.timestampColumn } : {}),
    minSamples: settings.minSamples,
    rowsWithoutTimestamp: split.rowsWithoutTimestamp,
    windows,
  };
}

/** Non-missing (and, for numbers, finite) values of a column. */
function valueCount(column: Column): number {
  let count = 0;
  if (column.type === "categorical") {
    for (let i = 0; i < column.codes.length; i++) if (column.codes[i] >= 0) count++;
  } else if (column.type === "numerical") {
    for (let i = 0; i < column.values.length; i++) if (Number.isFinite(column.values[i])) count++;
  }
  return count;
}
