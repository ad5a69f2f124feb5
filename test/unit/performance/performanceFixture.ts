// Reads test/fixtures/performance-metrics.json (written by test/fixtures/scripts/performance_metrics.py).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { repoPath } from "../../helpers/paths";
import { assertClose } from "../../helpers/closeTo";
import type { Label } from "../../../kernel-helpers/performance/encodeLabels";
import type { MetricSet } from "../../../kernel-helpers/performance/metricNames";

export type Expected = Record<string, number | null>;

export interface ClassificationCase {
  title: string;
  yTrue: (Label | null)[];
  yPred: (Label | null)[];
  /** The positive-class probability (binary) or one column per class (multiclass); null = missing. */
  proba: (number | null)[] | (number | null)[][] | null;
  classes: Label[];
  positive: Label | null;
  expected: Expected;
  confusionMatrix: number[][];
  windowRows?: number;
  windows?: Expected[];
}

export interface RegressionCase {
  title: string;
  yTrue: (number | null)[];
  yPred: (number | null)[];
  expected: Expected;
  windowRows?: number;
  windows?: Expected[];
}

export interface PerformanceFixture {
  sklearn: string;
  classification: ClassificationCase[];
  regression: RegressionCase[];
}

let cached: PerformanceFixture | undefined;

export function performanceFixture(): PerformanceFixture {
  cached ??= JSON.parse(readFileSync(repoPath("test/fixtures/performance-metrics.json"), "utf8")) as PerformanceFixture;
  return cached;
}

/** A probability column with NaN for the fixture's nulls. */
export function column(values: readonly (number | null)[]): Float64Array {
  return Float64Array.from(values, (v) => (v === null ? NaN : v));
}

/** The tolerance of the issue: 1e-12 relative, or absolute near zero. */
export const TOLERANCE = 1e-12;

/** Asserts every expected metric: a number within 1e-12, or null (undefined) with a reason. */
export function assertMetrics(actual: MetricSet, expected: Expected, label: string): void {
  for (const [name, value] of Object.entries(expected)) {
    const got = actual.values[name as keyof MetricSet["values"]];
    if (value === null) {
      assert.equal(got, null, `${label} ${name}: sklearn leaves it undefined, driftlens gave ${got}`);
      assert.ok((actual.reasons?.[name as keyof MetricSet["values"]] ?? "").length > 10, `${label} ${name}: a reason is given`);
    } else {
      assert.equal(typeof got, "number", `${label} ${name}: expected a number, got ${got}`);
      assertClose(got as number, value, TOLERANCE, TOLERANCE, `${label} ${name}`);
    }
  }
}
