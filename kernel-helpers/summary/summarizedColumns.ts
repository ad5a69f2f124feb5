import type { CategoricalColumn, Column, ColumnType, NumericalColumn, Table } from "../data/table";
import type { CategoricalPair, NumericalPair } from "../drift/columnSamples";
import type { CompareOptions } from "../drift/compareOptions";
import type { ColumnUnderTest } from "../drift/compareTables";
import { testFor } from "../drift/compareTables";
import type { ColumnSideSummary, SummaryProvenance } from "../drift/driftReport";
import { DataError } from "../errors";
import { messages } from "../messages";
import { countedValues } from "../stats/countedValues";
import { distinctInSorted } from "../stats/distinctInSorted";
import { histogramCounts } from "../stats/histogramCounts";
import { pairwiseSum } from "../stats/pairwiseSum";
import { DEFAULT_SEED } from "../stats/random";
import { sortedCopy } from "../stats/sortedCopy";
import type { NumericalSample } from "../stats/statTest";
import { sturgesBinEdges } from "../stats/sturgesBinEdges";
import { uniformRowSample } from "../stats/uniformRowSample";
import { quantileGrid, quantileGridCell } from "./quantileGrid";
import type { EngineColumn, SqlEngine } from "./sqlEngine";
import type { Condition, GridCellCount, NumericalColumnProfile } from "./tableQueries";
import { binCountsOf, categoryCountsOf, gridCountsOf, sampledValuesOf, valueCountsOf } from "./tableQueries";

/** Distinct values per column above which values are counted on a grid (and tests marked approximate). */
export const DEFAULT_DISTINCT_CAP = 1_000_000;
/** Cells of that grid: 256 intervals between reference quantiles × 256 equal cells (see `quantileGrid`). */
export const DEFAULT_GRID_CELLS = 65_536;
/** Rows per side of the seeded samples for the tests that need raw values (`es`, `empirical_mmd`). */
export const DEFAULT_RAW_SAMPLE_ROWS = 2_000;

/** How the summary layer counts: the distinct-value cap, the grid, the raw samples. */
export interface SummaryOptions {
  /** Distinct values per column up to which every value is counted (exact tests). Default `DEFAULT_DISTINCT_CAP`. */
  readonly distinctCap?: number;
  /** Cells of the grid used above the cap. Default `DEFAULT_GRID_CELLS`. */
  readonly gridCells?: number;
  /** Rows per side of the seeded samples for `es` and `empirical_mmd`. Default `DEFAULT_RAW_SAMPLE_ROWS`. */
  readonly rawSampleRows?: number;
}

/** One side of a comparison: rows in memory, or a table summarised where it lives. */
export type ComparisonSide =
  | { readonly kind: "rows"; readonly table: Table }
  | {
      readonly kind: "engine";
      readonly engine: SqlEngine;
      readonly where: Condition;
      readonly rows: number;
      readonly profiles: ReadonlyMap<string, NumericalColumnProfile>;
    };

/** Tests whose numbers stay exact on grid cells: binned on Sturges edges counted where the data lives, or from moments. */
const EXACT_ON_GRID = new Set(["psi", "kl_div", "jensenshannon", "t_test"]);

export function sideSource(side: ComparisonSide): string {
  return side.kind === "rows" ? side.table.source : side.engine.label;
}

export function sideRows(side: ComparisonSide): number {
  return side.kind === "rows" ? side.table.rowCount : side.rows;
}

function sideEngine(side: ComparisonSide): string {
  return side.kind === "rows" ? "memory" : side.engine.dialect.engine;
}

/** The column types of a side, by name (engine columns of untested types are left out). */
export function sideColumnTypes(side: ComparisonSide): Map<string, ColumnType | undefined> {
  return side.kind === "rows"
    ? new Map(side.table.columns.map((column) => [column.name, column.type]))
    : new Map(side.engine.columns.map((column) => [column.name, column.type]));
}

/**
 * A column of both sides, ready for its test (see `reportFromColumns`): rows in memory stay rows;
 * a table side becomes counts per category, per distinct value, or — above `distinctCap` — per
 * cell of a grid of the reference's quantiles, with Sturges bins and moments counted exactly
 * for the tests that use them. Each result carries how its numbers were obtained.
 *
 * @throws {DataError} when a side of the column has no values
 */
export async function summarizedColumn(
  name: string,
  type: "numerical" | "categorical",
  reference: ComparisonSide,
  current: ComparisonSide,
  options: CompareOptions & SummaryOptions,
  warnings: string[],
): Promise<ColumnUnderTest> {
  const engines = { reference: sideEngine(reference), current: sideEngine(current) };
  if (type === "categorical") {
    const pair = await categoricalCounts(name, reference, current);
    checkSides(name, pair, reference, current, warnings);
    return { name, type, pair, provenance: () => ({ exactness: "exact", engines }) };
  }
  const referenceSide = await numericalSide(name, reference, options);
  const currentSide = await numericalSide(name, current, options);
  const summaries = (side: NumericalSide): ColumnSideSummary => ({ count: side.count, missing: side.missing, nonFinite: side.nonFinite });
  const base = { referenceSummary: summaries(referenceSide), currentSummary: summaries(currentSide) };
  if (referenceSide.count === 0 || currentSide.count === 0) checkSides(name, { ...base } as NumericalPair, reference, current, warnings);

  const cap = options.distinctCap ?? Infinity;
  const exact = referenceSide.counted !== undefined && currentSide.counted !== undefined;
  let pair: NumericalPair;
  let grid: GridFacts | undefined;
  if (exact) {
    const r = referenceSide.counted as NumericalSample;
    const c = currentSide.counted as NumericalSample;
    pair = { reference: r, current: c, ...base, uniqueValues: distinctInSorted(r.values, c.values) };
  } else {
    const built = await gridPair(name, reference, current, referenceSide, currentSide, options);
    pair = { ...built.pair, ...base, uniqueValues: Math.min(cap, Math.max(referenceSide.distinct, currentSide.distinct)) };
    grid = built.facts;
  }
  checkSides(name, pair, reference, current, warnings);

  const { test } = testFor(name, "numerical", pair.referenceSummary.count, pair.uniqueValues, options);
  let rawPair: NumericalPair | undefined;
  let sampleRows: { reference: number; current: number } | undefined;
  if (test.needsRawValues && (reference.kind === "engine" || current.kind === "engine" || !exact)) {
    const rows = options.rawSampleRows ?? DEFAULT_RAW_SAMPLE_ROWS;
    const seed = options.seed ?? DEFAULT_SEED;
    const r = await rawValues(name, reference, rows, seed);
    const c = await rawValues(name, current, rows, seed + 1);
    rawPair = { reference: { type: "numerical", values: r, sorted: true }, current: { type: "numerical", values: c, sorted: true }, ...base, uniqueValues: pair.uniqueValues };
    sampleRows = { reference: r.length, current: c.length };
  }
  const provenance = (testName: string): SummaryProvenance => {
    if (rawPair && sampleRows && test.name === testName) return { exactness: "sampled", engines, sampleRows };
    if (!grid) return { exactness: "exact", engines };
    if (EXACT_ON_GRID.has(testName)) return { exactness: "exact", engines, cells: grid.cells };
    const bound = testName === "ks" ? { of: "D", maxError: grid.largestCellShare } : testName === "wasserstein" ? { of: "score", maxError: grid.wassersteinBound } : undefined;
    return { exactness: "approximate", engines, cells: grid.cells, largestCellShare: grid.largestCellShare, ...(bound ? { bound } : {}) };
  };
  return { name, type, pair, ...(rawPair ? { rawPair } : {}), provenance };
}

function checkSides(name: string, pair: Pick<NumericalPair | CategoricalPair, "referenceSummary" | "currentSummary">, reference: ComparisonSide, current: ComparisonSide, warnings: string[]): void {
  for (const [side, summary, source] of [["reference", pair.referenceSummary, reference], ["current", pair.currentSummary, current]] as const) {
    if (summary.count === 0) throw new DataError(messages.columnEmpty(name, side, sideSource(source), sideRows(source)));
    if (summary.nonFinite > 0 && !warnings.includes(messages.nonFiniteDropped(name, side, summary.nonFinite))) warnings.push(messages.nonFiniteDropped(name, side, summary.nonFinite));
  }
}

/** Category counts of both sides over the sorted union of their labels, as counted samples. */
async function categoricalCounts(name: string, reference: ComparisonSide, current: ComparisonSide): Promise<CategoricalPair> {
  const referenceCounts = await sideCategoryCounts(name, reference);
  const currentCounts = await sideCategoryCounts(name, current);
  const categories = [...new Set([...referenceCounts.labels, ...currentCounts.labels])].sort();
  const index = new Map(categories.map((label, i) => [label, i]));
  const sample = (counts: { labels: string[]; counts: Float64Array }) => ({
    type: "categorical" as const,
    codes: Int32Array.from(counts.labels, (label) => index.get(label) as number),
    categories,
    counts: counts.counts,
  });
  const total = (counts: Float64Array) => counts.reduce((sum, count) => sum + count, 0);
  return {
    reference: sample(referenceCounts),
    current: sample(currentCounts),
    referenceSummary: { count: total(referenceCounts.counts), missing: referenceCounts.missing, nonFinite: 0 },
    currentSummary: { count: total(currentCounts.counts), missing: currentCounts.missing, nonFinite: 0 },
    uniqueValues: categories.length,
  };
}

async function sideCategoryCounts(name: string, side: ComparisonSide): Promise<{ labels: string[]; counts: Float64Array; missing: number }> {
  if (side.kind === "engine") return categoryCountsOf(side.engine, engineColumn(side, name), side.where);
  const column = side.table.columns.find((c) => c.name === name) as CategoricalColumn;
  const counts = new Float64Array(column.dictionary.length);
  let missing = 0;
  for (const code of column.codes) {
    if (code < 0) missing++;
    else counts[code]++;
  }
  const present = [...counts.keys()].filter((code) => counts[code] > 0);
  return { labels: present.map((code) => column.dictionary[code]), counts: Float64Array.from(present, (code) => counts[code]), missing };
}

function engineColumn(side: Extract<ComparisonSide, { kind: "engine" }>, name: string): EngineColumn {
  return side.engine.columns.find((column) => column.name === name) as EngineColumn;
}

/** What one side of a numerical column contributes: its counts, its range, and its sample as counts when under the cap. */
interface NumericalSide {
  readonly count: number;
  readonly missing: number;
  readonly nonFinite: number;
  readonly min: number;
  readonly max: number;
  readonly distinct: number;
  /** Finite values in ascending order, for rows in memory. */
  readonly sorted?: Float64Array;
  /** The side as a sample for the tests: rows in memory as they are, a table as counts per distinct value (absent above the cap). */
  readonly counted?: NumericalSample;
  readonly profile?: NumericalColumnProfile;
}

async function numericalSide(name: string, side: ComparisonSide, options: SummaryOptions): Promise<NumericalSide> {
  const cap = options.distinctCap ?? DEFAULT_DISTINCT_CAP;
  if (side.kind === "rows") {
    const column = side.table.columns.find((c) => c.name === name) as NumericalColumn;
    let missing = 0;
    let nonFinite = 0;
    const finite: number[] = [];
    for (const value of column.values) {
      if (Number.isNaN(value)) missing++;
      else if (!Number.isFinite(value)) nonFinite++;
      else finite.push(value);
    }
    const sorted = sortedCopy(Float64Array.from(finite));
    const counted = countedValues({ type: "numerical", values: sorted, sorted: true }, name);
    return {
      count: sorted.length,
      missing,
      nonFinite,
      min: sorted[0],
      max: sorted[sorted.length - 1],
      distinct: counted.values.length,
      sorted,
      ...(counted.values.length <= cap ? { counted: { type: "numerical", values: sorted, sorted: true } } : {}),
    };
  }
  const profile = side.profiles.get(name) as NumericalColumnProfile;
  const facts = { count: profile.count, missing: profile.missing, nonFinite: profile.nonFinite, min: profile.min, max: profile.max, distinct: profile.distinct, profile };
  if (profile.count === 0 || profile.distinct > cap * 1.05) return facts;
  const counts = await valueCountsOf(side.engine, engineColumn(side, name), side.where, cap);
  if (!counts) return facts;
  return { ...facts, distinct: counts.values.length, counted: { type: "numerical", values: counts.values, counts: counts.counts, sorted: true } };
}

interface GridFacts {
  readonly cells: number;
  /** The largest share of either side in one cell that holds more than one value. */
  readonly largestCellShare: number;
  /** Bound on the normed Wasserstein score: how far each side's values move to their cell's lowest value, over the reference's standard deviation. */
  readonly wassersteinBound: number;
}

/** Rows of the reference's seeded sample from which the grid's quantiles are taken, when the reference is a table. */
export const QUANTILE_SAMPLE_ROWS = 65_536;

/**
 * Both sides counted on one grid of reference quantiles (see `quantileGrid`), with the Sturges bins
 * and the moments counted exactly. Each cell stands at the lowest value either side has in it, so a
 * cell that holds a single value is exact. KS D on the cells is off by at most the largest share of
 * either side in one cell that holds more than one value; the Wasserstein distance by at most how
 * far the values move to their cell's lowest value.
 */
async function gridPair(
  name: string,
  reference: ComparisonSide,
  current: ComparisonSide,
  referenceSide: NumericalSide,
  currentSide: NumericalSide,
  options: CompareOptions & SummaryOptions,
): Promise<{ pair: Pick<NumericalPair, "reference" | "current">; facts: GridFacts }> {
  const lo = Math.min(referenceSide.min, currentSide.min);
  const hi = Math.max(referenceSide.max, currentSide.max);
  const quantiles =
    reference.kind === "rows"
      ? (referenceSide.sorted as Float64Array)
      : sortedCopy(await sampledValuesOf(reference.engine, engineColumn(reference, name), reference.where, QUANTILE_SAMPLE_ROWS, options.seed ?? DEFAULT_SEED));
  const grid = quantileGrid(quantiles, lo, hi, options.gridCells ?? DEFAULT_GRID_CELLS);
  const edges = sturgesBinEdges(lo, hi, referenceSide.count + currentSide.count);
  const sides = [] as { cellCounts: Map<number, GridCellCount>; sturges: Float64Array; moments: { mean: number; squares: number }; total: number }[];
  for (const [side, facts] of [[reference, referenceSide], [current, currentSide]] as const) {
    if (side.kind === "rows") {
      const sorted = facts.sorted as Float64Array;
      // Ascending values: each cell's values are one run, its first the lowest and its last the highest.
      const cellCounts = new Map<number, GridCellCount>();
      let start = 0;
      let cell = sorted.length > 0 ? quantileGridCell(sorted[0], grid) : -1;
      for (let i = 1; i <= sorted.length; i++) {
        const next = i < sorted.length ? quantileGridCell(sorted[i], grid) : -1;
        if (next === cell) continue;
        cellCounts.set(cell, { count: i - start, min: sorted[start], max: sorted[i - 1] });
        start = i;
        cell = next;
      }
      const mean = pairwiseSum(sorted) / sorted.length;
      const squares = pairwiseSum(Float64Array.from(sorted, (value) => (value - mean) * (value - mean))) / sorted.length;
      sides.push({ cellCounts, sturges: histogramCounts(sorted, edges), moments: { mean, squares }, total: sorted.length });
    } else {
      const column = engineColumn(side, name);
      const profile = facts.profile as NumericalColumnProfile;
      sides.push({
        cellCounts: await gridCountsOf(side.engine, column, side.where, grid),
        sturges: await binCountsOf(side.engine, column, side.where, edges),
        moments: { mean: profile.mean, squares: (profile.variance * (profile.count - 1)) / profile.count },
        total: profile.count,
      });
    }
  }
  const used = [...new Set([...sides[0].cellCounts.keys(), ...sides[1].cellCounts.keys()])].sort((a, b) => a - b);
  let largestCellShare = 0;
  let moved = 0;
  const values: number[] = [];
  const counts: number[][] = [[], []];
  for (const cell of used) {
    const held = sides.map((side) => side.cellCounts.get(cell));
    const lowest = Math.min(...held.map((h) => h?.min ?? Infinity));
    const highest = Math.max(...held.map((h) => h?.max ?? -Infinity));
    const merge = values.length > 0 && values[values.length - 1] >= lowest;
    if (!merge) values.push(lowest);
    held.forEach((h, s) => {
      const count = h?.count ?? 0;
      if (merge) counts[s][counts[s].length - 1] += count;
      else counts[s].push(count);
      if (highest > lowest) {
        largestCellShare = Math.max(largestCellShare, count / sides[s].total);
        moved += (count / sides[s].total) * (highest - lowest);
      }
    });
  }
  const samples = sides.map((side, s) => ({
    type: "numerical" as const,
    values: Float64Array.from(values),
    counts: Float64Array.from(counts[s]),
    sorted: true,
    sturges: { edges, counts: side.sturges },
    moments: side.moments,
  }));
  const wassersteinBound = moved / Math.max(Math.sqrt(sides[0].moments.squares), 0.001);
  return { pair: { reference: samples[0], current: samples[1] }, facts: { cells: grid.cells, largestCellShare, wassersteinBound } };
}

async function rawValues(name: string, side: ComparisonSide, rows: number, seed: number): Promise<Float64Array> {
  if (side.kind === "engine") return sortedCopy(await sampledValuesOf(side.engine, engineColumn(side, name), side.where, rows, seed));
  const column = side.table.columns.find((c) => c.name === name) as Column & { values: Float64Array };
  const finite = column.values.filter((value) => Number.isFinite(value));
  if (finite.length <= rows) return sortedCopy(finite);
  return sortedCopy(Float64Array.from(uniformRowSample(finite.length, rows, seed), (i) => finite[i]));
}
