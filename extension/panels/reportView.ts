import { basename } from "node:path";
import type { CheckReport, DriftReport } from "driftlens";
import type { Engine } from "../engine";
import { displayPath } from "../workspacePaths";
import type { ColumnRow, ReportFigure, ReportView } from "../../media/src/shared/protocol";

/** The report as the panel shows it: verdict, alerts, the summary table and the figures. */
export function reportView(engine: Engine, report: DriftReport | CheckReport, whatIf: ReportView["whatIf"]): ReportView {
  const check = report.kind === "check" ? (report as CheckReport) : undefined;
  const rows: ColumnRow[] = [
    ...report.columns.map((column) => row(column, "feature")),
    ...(check?.target ? [row(check.target, "target")] : []),
    ...(check?.prediction?.columns ?? []).map((column) => row(column, "prediction")),
  ];
  const { figures, note } = figuresOf(engine, report);
  const pct = Math.round(report.dataset.driftScore * 100);
  const verdict = check
    ? engine.verdictLine(check)
    : `${report.dataset.drifted ? "DRIFT" : "NO DRIFT"} (score ${pct}%, ${report.dataset.driftedColumns}/${report.dataset.columns} columns; the dataset drifts at ≥ ${Math.round(report.dataset.driftShare * 100)}%)`;
  return {
    title: check ? `${check.baseline.name} ${check.baseline.version} — ${basename(report.current.source)}` : `${basename(report.reference.source)} → ${basename(report.current.source)}`,
    verdict,
    drifted: report.dataset.drifted,
    subtitle: `Reference: ${displayPath(report.reference.source)} (${report.reference.rows.toLocaleString("en-US")} rows) · Current: ${displayPath(report.current.source)} (${report.current.rows.toLocaleString("en-US")} rows) · ${report.createdAt}`,
    alerts: (check?.alerts ?? []).map((alert) => ({ level: alert.level, message: alert.message })),
    columns: rows,
    figures,
    ...(note ? { figuresNote: note } : {}),
    whatIf,
  };
}

function row(column: DriftReport["columns"][number], role: string): ColumnRow {
  return { column: column.column, type: column.type, role, method: column.method, score: column.score, threshold: column.threshold, drifted: column.drifted, severity: column.severity };
}

/** Every figure of the report (`reportFigures`); the panel picks which to open with (selectFigures). */
function figuresOf(engine: Engine, report: DriftReport): { figures: ReportFigure[]; note?: string } {
  const figures = engine.reportFigures(report);
  return figures.length > 0 ? { figures } : { figures, note: "This report has no figures." };
}
