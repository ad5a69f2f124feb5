import { basename } from "node:path";
import type { AnyDriftReport, CheckReport, EmbeddingSection } from "driftlens";
import type { Engine } from "../engine";
import type { ColumnRow, ReportFigure, ReportView } from "../../media/src/shared/protocol";
import { embeddingKind } from "./embeddingKind";

/**
 * The report as the panel shows it: verdict, alerts, the summary table and the figures, and for a
 * table report (comparison or check) the What-if tab. A text or image drift report counts texts
 * or images, its verdict names the test and the model, and it has no What-if tab: the simulation
 * drifts tables. `displayPath` shows a data file's path (relative to the workspace in the panel).
 * `builtFigures` are the figures the engine process built (checks, comparisons, text and image
 * drift); without them they are built here.
 */
export function reportView(engine: Engine, report: AnyDriftReport, whatIf: ReportView["whatIf"], displayPath: (path: string) => string, builtFigures?: readonly ReportFigure[]): ReportView {
  const check = report.kind === "check" ? (report as CheckReport) : undefined;
  const embedded = embeddingKind(report);
  const rows: ColumnRow[] = engine.summaryRows(report);
  const notes = engine.reportNotes(report);
  const text = engine.textDriftFindings(report);
  const { figures, note } = figuresOf(builtFigures ?? engine.reportFigures(report));
  const datasetVerdict = engine.reportVerdict(report);
  const verdict = check
    ? engine.verdictLine(check)
    : embedded && report.columns.length === 1
      ? embeddingVerdict(report.columns[0], (report as { embeddings: EmbeddingSection | null }).embeddings)
      : engine.verdictPlain(datasetVerdict);
  const unit = embedded ? `${embedded}s` : "rows";
  return {
    title: check ? `${check.baseline.name} ${check.baseline.version} — ${basename(report.current.source)}` : `${basename(report.reference.source)} → ${basename(report.current.source)}`,
    verdict,
    drifted: datasetVerdict.drifted,
    state: datasetVerdict.state,
    subtitle: `Reference: ${displayPath(report.reference.source)} (${report.reference.rows.toLocaleString("en-US")} ${unit}) · Current: ${displayPath(report.current.source)} (${report.current.rows.toLocaleString("en-US")} ${unit}) · ${report.createdAt}`,
    alerts: (check?.alerts ?? []).map((alert) => ({ level: alert.level, message: alert.message })),
    columns: rows,
    skipped: notes.notTested,
    warnings: notes.warnings,
    computed: notes.computed,
    ...(text ? { text } : {}),
    figures,
    ...(note ? { figuresNote: note } : {}),
    ...(embedded || !whatIf ? {} : { whatIf }),
    loadLabel: embedded === "image" ? "Load other images…" : "Load another CSV…",
  };
}

/** "DRIFT (mmd p = 0.0099, threshold 0.05; model image-tiny-cnn)": the one column's test, and the model. */
function embeddingVerdict(column: AnyDriftReport["columns"][number], section: EmbeddingSection | null): string {
  const score = `${column.method} ${column.methodKind === "pvalue" ? "p" : "score"} = ${Number(column.score.toPrecision(3))}, threshold ${column.threshold}`;
  return `${column.drifted ? "DRIFT" : "NO DRIFT"} (${score}${section ? `; model ${section.model.id}` : ""})`;
}

/** Every figure of the report (`reportFigures`); the panel picks which to open with (selectFigures). */
function figuresOf(figures: readonly ReportFigure[]): { figures: readonly ReportFigure[]; note?: string } {
  return figures.length > 0 ? { figures } : { figures, note: "This report has no figures." };
}
