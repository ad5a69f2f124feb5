import { readFileSync } from "node:fs";
import type { CheckColumnResult, CheckReport, DriftWindow } from "../../kernel-helpers/check/checkReport";
import type { ColumnDriftResult, DriftReport } from "../../kernel-helpers/drift/driftReport";
import { repoPath } from "./paths";

/** A frozen report from test/fixtures/report/ (made by test/fixtures/scripts/report_fixtures.mjs). */
export function loadReport(name: "compare-report"): DriftReport;
export function loadReport(name: "check-report"): CheckReport;
export function loadReport(name: string): DriftReport {
  return JSON.parse(readFileSync(repoPath("test/fixtures/report", `${name}.json`), "utf8")) as DriftReport;
}

/** Column names and category labels that would run script, break markup, CSV, Markdown or a formula if not escaped. */
export const HOSTILE_NAMES = [
  "<script>window.__xss = 1</script>",
  `<img src=x onerror="window.__xss = 2">`,
  "</script><script>window.__xss = 3</script>",
  `"quoted" 'name', with comma`,
  "😀 émoji 列名",
  "a|b*c_[d]`e`",
  '=HYPERLINK("http://example.invalid")',
  "%{x} &amp; <b>bold</b>",
  "a very long column name that goes on and on well past what a table cell can show",
];

/**
 * The check fixture with hostile column names (every place a column is named: results, windows,
 * alerts), hostile category labels and sources, and scores that are NaN, +Infinity and exactly 0.
 */
export function hostileReport(): CheckReport {
  const report = loadReport("check-report");
  const names = new Map(report.columns.map((column, i) => [column.column, HOSTILE_NAMES[i % HOSTILE_NAMES.length]]));
  const rename = (name: string) => names.get(name) ?? name;
  const scores = [NaN, Infinity, 0];
  const columns = report.columns.map((column, i): CheckColumnResult => ({
    ...column,
    column: rename(column.column),
    ...(i < scores.length ? { score: scores[i] } : {}),
    ...(column.distribution?.kind === "categories" ? { distribution: { ...column.distribution, labels: column.distribution.labels.map((label, j) => `${HOSTILE_NAMES[j % HOSTILE_NAMES.length]} ${label}`) } } : {}),
  }));
  const windows = report.windows && {
    ...report.windows,
    windows: report.windows.windows.map((window): DriftWindow => ({
      ...window,
      columns: window.columns.map((result, i) => ({ ...result, column: rename(result.column), ...(i === 0 && result.status === "ok" ? { score: NaN } : {}) })),
    })),
  };
  return {
    ...report,
    reference: { ...report.reference, source: "<b>ref</b>.csv" },
    current: { ...report.current, source: `cur "<script>window.__xss = 4</script>".csv` },
    columns,
    ...(windows ? { windows } : {}),
    alerts: report.alerts.map((alert) => ({ ...alert, ...(alert.column ? { column: rename(alert.column), message: alert.message.replace(`'${alert.column}'`, `'${rename(alert.column)}'`) } : {}) })),
    warnings: [...report.warnings, "<script>window.__xss = 5</script> in a warning"],
  };
}

/** A report of no column: nothing was tested. */
export function emptyReport(): CheckReport {
  const report = loadReport("check-report");
  const rest: CheckReport = { ...report };
  delete (rest as { prediction?: unknown }).prediction;
  delete (rest as { target?: unknown }).target;
  return {
    ...rest,
    columns: [],
    dataset: { ...report.dataset, columns: 0, driftedColumns: 0, driftScore: 0, drifted: false },
    alerts: [],
    ...(report.windows ? { windows: { ...report.windows, windows: report.windows.windows.map((window) => ({ ...window, columns: [] })) } } : {}),
  };
}

/**
 * A check report of `count` columns with windows, made by copying the fixture's columns under
 * new names (`feature_0001` …) with seeded scores: the shape of a 2,000-column report, cheaply.
 */
export function wideReport(count: number): CheckReport {
  const report = loadReport("check-report");
  const score = (i: number, w: number) => ((i * 7919 + w * 104729) % 1000) / 4000;
  const name = (i: number) => `feature_${String(i + 1).padStart(4, "0")}`;
  const columns = Array.from({ length: count }, (_, i): CheckColumnResult => {
    const template = report.columns[i % report.columns.length] as ColumnDriftResult;
    const value = score(i, 0);
    const drifted = template.methodKind === "distance" ? value >= template.threshold : value < template.threshold;
    return { ...template, column: name(i), score: value, drifted, severity: drifted ? "medium" : "none" };
  });
  const windows = report.windows && {
    ...report.windows,
    windows: report.windows.windows.map((window, w): DriftWindow => ({
      ...window,
      columns: columns.map((column, i) => ({ column: column.column, status: "ok", values: window.rows, method: column.method, score: score(i, w + 1), threshold: column.threshold, drifted: score(i, w + 1) >= column.threshold, severity: "none" })),
    })),
  };
  const driftedColumns = columns.filter((column) => column.drifted).length;
  return { ...report, columns, dataset: { ...report.dataset, columns: count, driftedColumns, driftScore: driftedColumns / count }, ...(windows ? { windows } : {}) };
}
