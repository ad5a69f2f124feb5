import { DataError } from "../errors";
import type { MetricName, MetricSet } from "./metricNames";
import { METRICS } from "./metricNames";
import { performanceMessages } from "./performanceMessages";

/**
 * One metric of a `MetricSet` as a number, for the scikit-learn-like functions that return one
 * value: an undefined metric throws its reason instead of returning NaN.
 *
 * @throws {DataError} with the reason when the metric is undefined on the data
 */
export function metricValue(set: MetricSet, name: MetricName): number {
  const value = set.values[name];
  if (value === null || value === undefined) throw new DataError(performanceMessages.metricUndefined(METRICS[name].title, set.reasons?.[name] ?? "not computed"));
  return value;
}
