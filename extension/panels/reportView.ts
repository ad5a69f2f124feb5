import { basename } from "node:path";
import type { AnyDriftReport, CheckReport } from "driftlens";
import type { ReportView } from "../../media/src/shared/protocol";
import { formatCount } from "../../kernel-helpers/formatCount";
import { embeddingKind } from "./embeddingKind";
import type { ReportParts } from "./reportParts";

/**
 * The report as the panel shows it: its engine-built parts (`reportParts`: verdict, summary
 * table, notes, figures) with the title, the sources, the alerts and, for a table report
 * (comparison or check), the What-if tab. A text or image drift report counts texts or images
 * and has no What-if tab: the simulation drifts tables. `displayPath` shows a data file's path
 * (relative to the workspace in the panel). No engine code runs here.
 */
export function reportView(parts: ReportParts, report: AnyDriftReport, whatIf: ReportView["whatIf"], displayPath: (path: string) => string): ReportView {
  const check = report.kind === "check" ? (report as CheckReport) : undefined;
  const embedded = embeddingKind(report);
  const unit = embedded ? `${embedded}s` : "rows";
  return {
    ...parts,
    title: check ? `${check.baseline.name} ${check.baseline.version} — ${basename(report.current.source)}` : `${basename(report.reference.source)} → ${basename(report.current.source)}`,
    subtitle: `Reference: ${displayPath(report.reference.source)} (${formatCount(report.reference.rows)} ${unit}) · Current: ${displayPath(report.current.source)} (${formatCount(report.current.rows)} ${unit}) · ${report.createdAt}`,
    alerts: (check?.alerts ?? []).map((alert) => ({ level: alert.level, message: alert.message })),
    ...(embedded || !whatIf ? {} : { whatIf }),
    loadLabel: embedded === "image" ? "Load other images…" : "Load another CSV…",
  };
}
