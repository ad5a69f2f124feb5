import { getStatTest, statTestNames } from "./registry";

/**
 * Each registered test's default threshold, grouped by value, as the docs state it (the comment
 * of `CompareOptions.threshold`, the `driftlens.threshold` setting and the README): written from
 * the registry so that a test can tell when a doc goes stale.
 *
 * @example defaultThresholdsText() // "0.05 for ks, chisquare, z, mannw, t_test, es; 0.1 for wasserstein, …"
 */
export function defaultThresholdsText(): string {
  const byThreshold = new Map<number, string[]>();
  for (const name of statTestNames()) {
    const threshold = getStatTest(name).defaultThreshold;
    byThreshold.set(threshold, [...(byThreshold.get(threshold) ?? []), name]);
  }
  return [...byThreshold].sort(([a], [b]) => a - b).map(([threshold, names]) => `${threshold} for ${names.join(", ")}`).join("; ");
}
