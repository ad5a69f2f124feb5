import type { AlertLevel, CheckReport } from "driftlens";

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
