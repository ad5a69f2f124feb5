import type { AlertLevel, CheckReport } from "driftlens";
import { reportVerdict } from "../../kernel-helpers/report/reportVerdict";

const RANK: Readonly<Record<AlertLevel, number>> = { WARNING: 1, CRITICAL: 2 };

/** The most urgent alert of a report, if any. */
export function alertLevel(report: Pick<CheckReport, "alerts"> | undefined): AlertLevel | undefined {
  let level: AlertLevel | undefined;
  for (const alert of report?.alerts ?? []) if (level === undefined || RANK[alert.level] > RANK[level]) level = alert.level;
  return level;
}

/** True when `now` raises an alert more urgent than `before` did (a new WARNING or CRITICAL). */
export function isNewAlert(before: Pick<CheckReport, "alerts"> | undefined, now: Pick<CheckReport, "alerts">): boolean {
  const level = alertLevel(now);
  if (level === undefined) return false;
  const previous = alertLevel(before);
  return previous === undefined || RANK[level] > RANK[previous];
}

/**
 * The level of the verdict itself — the dataset alert (WARNING when the dataset drifted, CRITICAL
 * at the critical drift score), else the multivariate alert that made the verdict DRIFT
 * (CRITICAL), or none for NO DRIFT even when single columns raised WARNINGs.
 * What colours the status bar, so its colour never contradicts the verdict.
 */
export function verdictLevel(report: Pick<CheckReport, "alerts" | "dataset"> & Partial<Pick<CheckReport, "multivariate">>): AlertLevel | undefined {
  if (!reportVerdict(report).drifted) return undefined;
  const datasetAlert = report.alerts.find((alert) => alert.kind === "dataset-drift");
  const multivariateAlert = report.alerts.find((alert) => alert.kind === "multivariate-drift" && alert.level === "CRITICAL");
  return (datasetAlert ?? multivariateAlert)?.level ?? "WARNING";
}
