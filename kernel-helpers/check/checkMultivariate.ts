import type { Baseline } from "../baseline/baselineInfo";
import type { Table } from "../data/table";
import { minReferenceRows, multivariateDrift } from "../multivariate/multivariateDrift";
import { multivariateMessages } from "../multivariate/multivariateMessages";
import { notRunLine } from "../multivariate/multivariateSummary";
import type { MultivariateDrift, MultivariateOptions, MultivariateUnavailable } from "../multivariate/multivariateResult";
import { splitWindows } from "../windows/splitWindows";
import type { WindowSpec } from "../windows/windowSpec";
import { windowLabel } from "../windows/windowSpec";
import type { DriftAlert } from "./checkReport";

/**
 * Multivariate drift of a check: the detectors of `multivariateDrift` on the baseline's
 * reference sample and the aligned current data, over the feature columns both have with the same
 * type (or the configured `columns`), whole and per window. Not measured — with the reason, never
 * "no drift" — when the baseline was loaded without its sample, fewer than two feature columns
 * can be used, or the reference sample has too few rows for its band (`minReferenceRows`: a small
 * reference still gets its column-by-column check).
 * Cost: that of `multivariateDrift` on the sample.
 *
 * @throws {UsageError} for bad multivariate settings (unknown column, variance out of range, …)
 */
export function checkMultivariate(
  baseline: Baseline,
  current: Table,
  input: { readonly features: readonly string[]; readonly settings: MultivariateOptions; readonly window?: WindowSpec; readonly timestamps?: Float64Array; readonly minSamples: number; readonly seed?: number },
): MultivariateDrift | MultivariateUnavailable {
  const { info } = baseline;
  if (!baseline.sample) return { unavailable: multivariateMessages.sampleNotLoaded(`${info.name}/${info.version}`) };
  const sample = baseline.sample;
  const columns =
    input.settings.columns ??
    input.features.filter((name) => {
      const reference = sample.columns.find((c) => c.name === name);
      const now = current.columns.find((c) => c.name === name);
      return reference && now && reference.type === now.type && (reference.type === "numerical" || reference.type === "categorical");
    });
  if (columns.length < 2) return { unavailable: `not checked: ${multivariateMessages.tooFewColumns(columns.length)}` };
  const needed = minReferenceRows(input.settings);
  if (sample.rowCount < needed) return { unavailable: `not checked: ${multivariateMessages.tooFewReferenceRows(sample.rowCount, needed)}` };
  const windows = input.window ? { every: windowLabel(input.window), windows: splitWindows(input.window, current.rowCount, input.timestamps).windows, minSamples: input.minSamples } : undefined;
  const drift = multivariateDrift(sample, current, { ...input.settings, columns, ...(input.seed !== undefined && input.settings.seed === undefined ? { seed: input.seed } : {}) }, windows);
  // No detector ran (each said why): not checked, never "no drift".
  if (drift.detectors.length === 0) return { unavailable: (drift.notRun ?? []).map(notRunLine).join(" ") };
  return drift;
}

/**
 * The alerts of multivariate drift: a CRITICAL per detector whose statistic over the whole current
 * data is outside its band — it makes the check's verdict DRIFT (`reportVerdict`), as a drift
 * score at the critical threshold does — and a WARNING per detector with only windows outside the
 * band (naming how many).
 */
export function multivariateAlerts(drift: MultivariateDrift | MultivariateUnavailable | undefined): DriftAlert[] {
  if (drift === undefined || "unavailable" in drift) return [];
  const alerts: DriftAlert[] = [];
  for (const detector of drift.detectors) {
    const name = detector.method === "reconstruction_error" ? "reconstruction error" : "domain classifier ROC AUC";
    if (detector.drifted) {
      alerts.push({ level: "CRITICAL", kind: "multivariate-drift", message: `multivariate drift: ${name} ${detector.value.toPrecision(4)} is outside the reference band [${detector.lower.toPrecision(4)}, ${detector.upper.toPrecision(4)}] over ${detector.columns.length} columns — how the columns move together changed.` });
    }
    const windows = detector.windows?.filter((window) => window.drifted) ?? [];
    if (windows.length > 0 && !detector.drifted) {
      alerts.push({ level: "WARNING", kind: "multivariate-drift", message: `multivariate drift: ${name} outside the reference band in ${windows.length} of ${detector.windows?.length} windows (${drift.every}).` });
    }
  }
  return alerts;
}
