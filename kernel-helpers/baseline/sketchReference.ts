import type { CategoricalColumn, Column, Table } from "../data/table";
import type { BaselineColumn, BaselineInfo } from "./baselineInfo";
import { FrequencySketch } from "../stats/sketch/frequencySketch";
import { KllSketch } from "../stats/sketch/kllSketch";
import { formatCount } from "../formatCount";

/** The label standing for every category a lossy frequency sketch did not keep. */
export const OTHER_CATEGORIES = "(other categories)";

/** A stand-in reference built from sketches, and how to map the current data onto it. */
export interface SketchReference {
  readonly table: Table;
  /** For categorical columns whose sketch dropped categories: the labels it kept (others become `OTHER_CATEGORIES`). */
  readonly keptLabels: ReadonlyMap<string, ReadonlySet<string>>;
  /** Largest rank error bound (share of values, 99%) of the numerical sketches used. */
  readonly rankErrorBound: number;
}

/**
 * A reference table rebuilt from the sketches of a baseline beyond its sample cap, for the
 * given numerical and categorical columns: `cap` rows, in which a column has m values — its share
 * of values in the reference times `cap` — and missing cells for the rest. For numbers the m
 * values are the KLL quantiles at ranks (i + ½) / m (the distribution of every reference row,
 * within the sketch's rank error); for categories, the sketched counts scaled to m by largest
 * remainders, with the mass of categories the sketch did not keep under `OTHER_CATEGORIES`.
 * Stat tests then run on it as on any reference; their results are approximate.
 * Cost: O(cap) per column.
 *
 * @example sketchReference(baseline.info, ["age", "region"]).table.rowCount // 1000000 for a 10,000,000-row baseline
 */
export function sketchReference(info: BaselineInfo, columns: readonly BaselineColumn[]): SketchReference {
  const keptLabels = new Map<string, ReadonlySet<string>>();
  let rankErrorBound = 0;
  const rows = Math.min(info.rows, info.sample.cap);
  const built = columns.map((column): Column => {
    const share = column.profile.count / info.rows;
    const size = column.profile.count === 0 ? 0 : Math.min(rows, Math.max(1, Math.round(share * rows)));
    if (column.type === "numerical" && column.sketch) {
      const sketch = KllSketch.fromJSON(column.sketch);
      rankErrorBound = Math.max(rankErrorBound, sketch.rankErrorBound());
      const values = new Float64Array(rows).fill(NaN);
      values.set(sketch.quantilePoints(size));
      return { name: column.name, type: "numerical", values };
    }
    if (column.type === "categorical" && column.sketch) {
      const sketch = FrequencySketch.fromJSON(column.sketch);
      const items = sketch.top();
      const other = sketch.total - items.reduce((sum, item) => sum + item.count, 0);
      if (other > 0 || sketch.maxError > 0) keptLabels.set(column.name, new Set(items.map((item) => item.value)));
      const labels = items.map((item) => item.value);
      const counts = items.map((item) => item.count);
      if (other > 0) {
        labels.push(OTHER_CATEGORIES);
        counts.push(other);
      }
      return scaledCategorical(column.name, labels, counts, size, rows);
    }
    throw new RangeError(`column '${column.name}' has no sketch to stand in for the reference`);
  });
  return {
    table: { rowCount: rows, columns: built, source: `baseline ${info.name}/${info.version} (sketches of ${formatCount(info.rows)} rows)` },
    keptLabels,
    rankErrorBound,
  };
}

/**
 * The current column with every label outside `kept` replaced by `OTHER_CATEGORIES`, so both
 * sides of the test see the same coarser categories.
 */
export function lumpCategories(column: CategoricalColumn, kept: ReadonlySet<string>): CategoricalColumn {
  const dictionary = column.dictionary.map((label) => (kept.has(label) ? label : OTHER_CATEGORIES));
  return { ...column, dictionary };
}

/** A categorical column of `rows` codes: `counts` scaled to `size` (largest remainders) in blocks, then missing. */
function scaledCategorical(name: string, labels: readonly string[], counts: readonly number[], size: number, rows: number): CategoricalColumn {
  const total = counts.reduce((sum, count) => sum + count, 0);
  const exact = counts.map((count) => (count * size) / total);
  const whole = exact.map(Math.floor);
  let left = size - whole.reduce((sum, count) => sum + count, 0);
  const byRemainder = exact.map((_, i) => i).sort((a, b) => exact[b] - whole[b] - (exact[a] - whole[a]) || a - b);
  for (const i of byRemainder) {
    if (left === 0) break;
    whole[i]++;
    left--;
  }
  const codes = new Int32Array(rows).fill(-1);
  let at = 0;
  whole.forEach((count, code) => {
    codes.fill(code, at, at + count);
    at += count;
  });
  return { name, type: "categorical", codes, dictionary: [...labels] };
}
