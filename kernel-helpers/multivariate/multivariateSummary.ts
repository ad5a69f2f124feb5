import type { MultivariateDetectorNotRun, MultivariateDetectorResult, MultivariateDrift, MultivariateUnavailable } from "./multivariateResult";

/** "reconstruction error" or "domain classifier ROC AUC". */
export function detectorTitle(detector: Pick<MultivariateDetectorResult, "method">): string {
  return detector.method === "reconstruction_error" ? "reconstruction error" : "domain classifier ROC AUC";
}

/** "reconstruction error: not run: …" — a detector that did not run on this data, and why. */
export function notRunLine(skipped: MultivariateDetectorNotRun): string {
  return `${detectorTitle(skipped)}: ${skipped.reason}`;
}

/** One line per detector: its value against the band and the verdict, e.g. "reconstruction error 1.204 (band 0.81–0.93, PCA 2 of 3 axes): DRIFT". */
export function detectorLine(detector: MultivariateDetectorResult): string {
  const windows = detector.windows?.filter((w) => w.status === "ok") ?? [];
  const outside = windows.filter((w) => w.drifted).length;
  const model = detector.method === "reconstruction_error" ? `PCA ${detector.components} of ${detector.columns.length} axes, ${Math.round((detector.varianceExplained ?? 0) * 100)}% of the variance` : `logistic regression on ${detector.classifier?.features} features`;
  return `${detectorTitle(detector)} ${detector.value.toPrecision(4)} (band ${detector.lower.toPrecision(4)}–${detector.upper.toPrecision(4)}; ${model}): ${detector.drifted ? "DRIFT" : "no drift"}${windows.length > 0 ? `; ${outside} of ${windows.length} windows outside the band` : ""}`;
}

/**
 * The multivariate part of a check for a person at a terminal.
 *
 * @example multivariateSummary(report.multivariate) // "Multivariate drift over 6 columns: DRIFT\n  reconstruction error 1.204 …"
 */
export function multivariateSummary(drift: MultivariateDrift | MultivariateUnavailable): string {
  if ("unavailable" in drift) return `Multivariate drift: ${drift.unavailable}`;
  return [
    `Multivariate drift over ${drift.columns.length} columns (${drift.columns.join(", ")}): ${drift.drifted ? "DRIFT" : "no drift"}`,
    ...drift.detectors.map((detector) => `  ${detectorLine(detector)}`),
    ...(drift.notRun ?? []).map((skipped) => `  ${notRunLine(skipped)}`),
  ].join("\n");
}
