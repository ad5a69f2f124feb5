import type { ColumnRow, ReportFigure } from "../shared/protocol";
import type { PlotlyApi } from "../shared/plotly";
import { PLOT_CONFIG, themedLayout } from "../shared/plotly";
import { el } from "../shared/dom";
import { summaryTable } from "../shared/summaryTable";
import { selectFigures } from "../shared/selectFigures";
import { reportFigures } from "../../../kernel-helpers/report/reportFigures";
import type { DriftReport } from "../../../kernel-helpers/drift/driftReport";

interface ColumnResult {
  readonly column: string;
  readonly type: string;
  readonly method: string;
  readonly score: number;
  readonly threshold: number;
  readonly drifted: boolean;
  readonly severity: string;
}

/** The fields of a DriftReport / CheckReport this renderer reads. */
interface ReportLike {
  readonly kind?: string;
  readonly createdAt?: string;
  readonly reference?: { readonly source: string; readonly rows: number };
  readonly current?: { readonly source: string; readonly rows: number };
  readonly dataset: { readonly drifted: boolean; readonly driftScore: number; readonly driftedColumns: number; readonly columns: number; readonly driftShare: number };
  readonly columns: readonly ColumnResult[];
  readonly baseline?: { readonly name: string; readonly version: string };
  readonly target?: ColumnResult;
  readonly prediction?: { readonly columns: readonly ColumnResult[] };
  readonly alerts?: readonly { readonly level: string; readonly message: string }[];
}

/**
 * Draws a drift report into `host`: the verdict, alerts, the figures and the summary table.
 * The payload is the report's JSON (what `show` emits); its figures are made here by the
 * engine's `reportFigures`, bundled into the renderer (pure code: no Node, no DOM).
 * Returns the plot elements, for `Plotly.purge` when the output goes away.
 */
export function drawReport(Plotly: PlotlyApi, payload: unknown, host: HTMLElement): HTMLElement[] {
  const { report, figures } = unpack(payload);
  const d = report.dataset;
  const title = report.baseline ? `Drift report — ${report.baseline.name} ${report.baseline.version}` : "Drift report";
  const verdict = `${d.drifted ? "DRIFT" : "NO DRIFT"} · score ${Math.round(d.driftScore * 100)}% · ${d.driftedColumns}/${d.columns} columns drifted (dataset drifts at ≥ ${Math.round(d.driftShare * 100)}%)`;
  const sides = report.reference && report.current ? `Reference: ${report.reference.source} (${report.reference.rows.toLocaleString("en-US")} rows) · Current: ${report.current.source} (${report.current.rows.toLocaleString("en-US")} rows)` : "";
  const plots: HTMLElement[] = [];
  const root = el("div", { class: "driftlens-report" },
    el("h3", {}, title),
    el("p", { class: `driftlens-verdict ${d.drifted ? "drift" : "no-drift"}` }, verdict),
    ...(sides ? [el("p", { class: "driftlens-sides" }, sides)] : []),
    ...(report.alerts ?? []).map((alert) => el("p", { class: "driftlens-alert" }, `${alert.level}: ${alert.message}`)));
  for (const figure of figures) {
    const plot = el("div", { class: "driftlens-plot", "data-figure": figure.id });
    root.append(plot);
    plots.push(plot);
  }
  root.append(summaryTable(rows(report)));
  host.append(root);
  for (const [index, figure] of figures.entries()) void Plotly.newPlot(plots[index], figure.data, themedLayout(figure.layout, host), PLOT_CONFIG);
  return plots;
}

function unpack(payload: unknown): { report: ReportLike; figures: readonly ReportFigure[] } {
  const report = payload as ReportLike | null;
  if (!report || typeof report !== "object" || !report.dataset || !Array.isArray(report.columns)) throw new Error("the output is not a driftlens report (no dataset or columns)");
  const drifted = new Set(report.columns.filter((column) => column.drifted).map((column) => column.column));
  return { report, figures: selectFigures(reportFigures(report as unknown as DriftReport), drifted) };
}

function rows(report: ReportLike): ColumnRow[] {
  const row = (column: ColumnResult, role: string): ColumnRow => ({ column: column.column, type: column.type, role, method: column.method, score: column.score, threshold: column.threshold, drifted: column.drifted, severity: column.severity });
  return [...report.columns.map((c) => row(c, "feature")), ...(report.target ? [row(report.target, "target")] : []), ...(report.prediction?.columns ?? []).map((c) => row(c, "prediction"))];
}
