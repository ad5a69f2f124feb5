// Reads test/fixtures/stats-pvalue.json (written by test/fixtures/scripts/stats_pvalue_tests.py)
// and compares numbers with stated tolerances.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { CategoricalSample, NumericalSample } from "../../../kernel-helpers/stats/statTest";
import { assertClose } from "../../helpers/closeTo";

/** A number as the fixture writes it: null for scipy's NaN, strings for infinities. */
export type FixtureNumber = number | null | "Infinity" | "-Infinity";

export interface StatisticAndP {
  statistic: FixtureNumber;
  pValue: FixtureNumber;
}

export interface NumericalCase {
  title: string;
  reference: string;
  current: string;
  ks: StatisticAndP & { method: "exact" | "asymptotic" };
  mannw: { method: "exact" | "asymptotic"; "two-sided": StatisticAndP; less: StatisticAndP; greater: StatisticAndP };
  t_test: StatisticAndP & { singleValueAsZeroVariance?: StatisticAndP };
}

export interface CategoricalCase {
  title: string;
  reference: string[];
  current: string[];
  chisquare: StatisticAndP;
  g_test: StatisticAndP;
  z: StatisticAndP & { evidentlyPValue: FixtureNumber };
  fisher_exact?: { table: [[number, number], [number, number]]; oddsRatio: FixtureNumber; pValue: FixtureNumber };
}

export interface StatsFixture {
  samples: Record<string, number[]>;
  numerical: NumericalCase[];
  categorical: CategoricalCase[];
  fisherTables: { table: [[number, number], [number, number]]; oddsRatio: FixtureNumber; pValue: FixtureNumber }[];
  frequencies: { observed: number[]; expected: number[]; chisquare: StatisticAndP; g_test: StatisticAndP }[];
  kstwo: [number, number, FixtureNumber][];
  smirnov: [number, number, FixtureNumber][];
  special: {
    logGamma: [number, number][];
    regularizedGamma: [number, number, number, number][];
    erfc: [number, number, number, FixtureNumber][];
    normal: [number, number, number, FixtureNumber, FixtureNumber][];
    regularizedBeta: [number, number, number, number][];
    studentTSf: [number, number, number, FixtureNumber][];
  };
  pairwiseSums: Record<string, number>;
  hypergeometric: { population: number; successes: number; draws: number; masses: number[] }[];
}

let cached: StatsFixture | undefined;

/** The fixture, read once (tests run from dist/test/unit/stats/). */
export function statsFixture(): StatsFixture {
  cached ??= JSON.parse(readFileSync(path.resolve(__dirname, "../../../../test/fixtures/stats-pvalue.json"), "utf8")) as StatsFixture;
  return cached;
}

export function fixtureNumber(value: FixtureNumber): number {
  if (value === null) return Number.NaN;
  if (value === "Infinity") return Number.POSITIVE_INFINITY;
  if (value === "-Infinity") return Number.NEGATIVE_INFINITY;
  return value;
}

/** Relative tolerance for everything compared with scipy (p-values and statistics). */
export const RELATIVE = 1e-9;
/** Absolute floor, only for p-values that underflow towards the subnormal range. */
export const UNDERFLOW = 1e-300;

/** Asserts that `actual` is scipy's fixture number within `relative` (and `absolute` near zero); equal infinities pass. */
export function assertCloseToScipy(actual: number, expected: FixtureNumber, what: string, relative = RELATIVE, absolute = 0): void {
  const want = fixtureNumber(expected);
  assert.ok(!Number.isNaN(want), `${what}: the fixture has no number here (scipy gave NaN); test the documented answer instead`);
  assertClose(actual, want, relative, absolute, `${what} (scipy ${want})`);
}

/** A p-value: relative 1e-9, with the underflow floor. */
export function assertCloseP(actual: number, expected: FixtureNumber, what: string): void {
  assertCloseToScipy(actual, expected, what, RELATIVE, UNDERFLOW);
}

export function numerical(fixture: StatsFixture, name: string): NumericalSample {
  return { type: "numerical", values: Float64Array.from(fixture.samples[name]) };
}

/** Both samples of a categorical case, coded against one shared `categories` array. */
export function categorical(reference: string[], current: string[]): [CategoricalSample, CategoricalSample] {
  const categories = [...new Set([...current, ...reference])];
  const index = new Map(categories.map((label, i) => [label, i]));
  const code = (values: string[]): Int32Array => Int32Array.from(values, (v) => index.get(v) as number);
  return [
    { type: "categorical", codes: code(reference), categories },
    { type: "categorical", codes: code(current), categories },
  ];
}
