import type { AnyDriftReport, CheckReport, EmbeddingSection } from "driftlens";
import type { Engine } from "../engine";
import type { ReportView } from "../../media/src/shared/protocol";
import { embeddingKind } from "./embeddingKind";

/**
 * What the panel's view of a report takes from the engine: the verdict, the summary table, what
 * was not tested and why, text drift's findings and the figures. The engine process builds them
 * with the report (engineJobs), so when a panel opens the extension host only assembles the view
 * (`reportView`) — it runs no engine code while the webview loads. A report opened from disk (the
 * tree, the status bar) has its parts built on the host.
 */
export type ReportParts = Pick<ReportView, "verdict" | "drifted" | "state" | "columns" | "skipped" | "warnings" | "computed" | "text" | "figures" | "figuresNote">;

export function reportParts(engine: Engine, report: AnyDriftReport): ReportParts {
  const check = report.kind === "check" ? (report as CheckReport) : undefined;
  const embedded = embeddingKind(report);
  const notes = engine.reportNotes(report);
  const text = engine.textDriftFindings(report);
  const figures = engine.reportFigures(report);
  const datasetVerdict = engine.reportVerdict(report);
  const verdict = check
    ? engine.verdictLine(check)
    : embedded && report.columns.length === 1
      ? embeddingVerdict(report.columns[0], (report as { embeddings: EmbeddingSection | null }).embeddings)
      : engine.verdictPlain(datasetVerdict);
  return {
    verdict,
    drifted: datasetVerdict.drifted,
    state: datasetVerdict.state,
    columns: engine.summaryRows(report),
    skipped: notes.notTested,
    warnings: notes.warnings,
    computed: notes.computed,
    ...(text ? { text } : {}),
    figures,
    ...(figures.length > 0 ? {} : { figuresNote: "This report has no figures." }),
  };
}

/** "DRIFT (mmd p = 0.0099, threshold 0.05; model image-tiny-cnn)": the one column's test, and the model. */
function embeddingVerdict(column: AnyDriftReport["columns"][number], section: EmbeddingSection | null): string {
  const score = `${column.method} ${column.methodKind === "pvalue" ? "p" : "score"} = ${Number(column.score.toPrecision(3))}, threshold ${column.threshold}`;
  return `${column.drifted ? "DRIFT" : "NO DRIFT"} (${score}${section ? `; model ${section.model.id}` : ""})`;
}
