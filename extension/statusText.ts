import type { CheckReport, Severity } from "driftlens";
import { reportVerdict, verdictPlain } from "../kernel-helpers/report/reportVerdict";
import { countNoun } from "../kernel-helpers/report/countNoun";

const SEVERITY_ORDER: readonly Severity[] = ["none", "low", "medium", "high"];

/**
 * The verdict as the status bar, the tree and their tooltips show it — all from the dataset
 * verdict, so they cannot disagree: "Drift: DRIFT 5/11 ▲ HIGH" (the worst drifted column's
 * severity), "Drift: NO DRIFT · 1/11" (drifted columns below the dataset's drift share are
 * counted, never flagged), "Drift: NOT CHECKED (0/9 tested)" when too few columns were tested,
 * "Drift: DRIFT (multivariate) · 3/10" when the multivariate detectors found drift that the
 * columns alone do not show.
 */
export function statusText(report: Pick<CheckReport, "dataset" | "columns"> & Partial<Pick<CheckReport, "multivariate">>): string {
  const verdict = reportVerdict(report);
  if (verdict.state === "not-checked") return `Drift: NOT CHECKED (${verdict.columns}/${verdict.columns + verdict.notTested} tested)`;
  const { driftedColumns, columns } = report.dataset;
  if (!verdict.drifted) return `Drift: NO DRIFT · ${driftedColumns}/${columns}`;
  if (verdict.multivariateOnly) return `Drift: DRIFT (multivariate) · ${driftedColumns}/${columns}`;
  let worst: Severity = "none";
  for (const column of report.columns) if (column.drifted && SEVERITY_ORDER.indexOf(column.severity) > SEVERITY_ORDER.indexOf(worst)) worst = column.severity;
  return `Drift: DRIFT ${driftedColumns}/${columns}${worst === "none" ? "" : ` ▲ ${worst.toUpperCase()}`}`;
}

/** The tooltip line of a verdict: "credit v1 · 2,000 rows · NO DRIFT (score 9%, 1/11 columns) · checked …". */
export function verdictTooltip(report: Pick<CheckReport, "dataset" | "columns" | "current" | "createdAt"> & Partial<Pick<CheckReport, "multivariate">> & { baseline?: { name: string; version: string } }): string {
  return `${report.baseline?.name ?? "comparison"} ${report.baseline?.version ?? ""} · ${countNoun(report.current.rows, "row")} · ${verdictPlain(reportVerdict(report))} · checked ${report.createdAt}`;
}
