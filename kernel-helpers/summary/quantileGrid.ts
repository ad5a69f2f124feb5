import type { SqlDialect } from "./sqlDialect";

/**
 * The grid on which a numerical column above the distinct-value cap is counted: the range of both
 * sides cut at the reference's quantiles into intervals, each split into `cellsPerInterval` equal
 * cells. Cell `i · cellsPerInterval + j` is the j-th cell
 * of interval i. Its index is computed the same way in SQL (`quantileGridSql`) and here
 * (`quantileGridCell`), in IEEE double arithmetic on literals that read back as the same doubles.
 */
export interface QuantileGrid {
  /** Interval edges, strictly increasing: the lowest value of both sides, the reference's quantiles, the highest value. */
  readonly edges: Float64Array;
  /** Per interval, `cellsPerInterval / width` (0 when the width is too small to divide). */
  readonly scales: Float64Array;
  readonly cellsPerInterval: number;
  /** Cells in all: intervals × cellsPerInterval. */
  readonly cells: number;
}

/**
 * A grid of about `cells` cells over [lo, hi] from the reference's finite values in ascending
 * order (all of them, or a seeded sample): Q = √cells intervals between the reference's quantiles
 * at levels (1 − cos(πk/Q)) / 2, each cut into √cells equal cells. The levels are closer together
 * in the tails, where equal cells fit the values worst: on a long tail the last interval holds
 * about (π/2Q)² / 2 of the reference instead of 1/Q. Repeated quantiles (a value that holds much of
 * the reference) collapse into one edge.
 *
 * @example quantileGrid(Float64Array.of(1, 2, 3, 4), 0, 10, 9).edges // Float64Array [0, 2, 4, 10] (levels 0.25 and 0.75)
 */
export function quantileGrid(referenceSorted: Float64Array, lo: number, hi: number, cells: number): QuantileGrid {
  const intervals = Math.max(1, Math.floor(Math.sqrt(cells)));
  const cellsPerInterval = Math.max(1, Math.floor(cells / intervals));
  const edges = [lo];
  const n = referenceSorted.length;
  for (let k = 1; k < intervals && n > 0; k++) {
    const level = (1 - Math.cos((Math.PI * k) / intervals)) / 2;
    const cut = referenceSorted[Math.min(n - 1, Math.floor(level * n + 1e-9))];
    if (cut > edges[edges.length - 1] && cut < hi) edges.push(cut);
  }
  edges.push(hi);
  const scales = new Float64Array(edges.length - 1);
  for (let i = 0; i < scales.length; i++) {
    const scale = cellsPerInterval / (edges[i + 1] - edges[i]);
    scales[i] = Number.isFinite(scale) ? scale : 0;
  }
  return { edges: Float64Array.from(edges), scales, cellsPerInterval, cells: scales.length * cellsPerInterval };
}

/** The 0-based cell of `x` on `grid`, as `quantileGridSql` computes it in the database. */
export function quantileGridCell(x: number, grid: QuantileGrid): number {
  const { edges, scales, cellsPerInterval } = grid;
  let low = 0;
  let high = scales.length;
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    if (x < edges[mid]) high = mid;
    else low = mid;
  }
  const within = Math.min(Math.max(Math.floor((x - edges[low]) * scales[low]), 0), cellsPerInterval - 1);
  return low * cellsPerInterval + within;
}

/**
 * `quantileGridCell` in SQL: a balanced CASE over the interval edges (depth log2 of the
 * intervals), then the equal cut within the interval with the dialect's `gridIndex`. Every number
 * is a validated literal.
 */
export function quantileGridSql(dialect: SqlDialect, x: string, grid: QuantileGrid): string {
  const { edges, scales, cellsPerInterval } = grid;
  const interval = (low: number, high: number): string => {
    if (high - low === 1) return `(${low * cellsPerInterval} + ${dialect.gridIndex(x, edges[low], scales[low], cellsPerInterval)})`;
    const mid = (low + high) >> 1;
    return `(CASE WHEN ${x} < ${dialect.number(edges[mid])} THEN ${interval(low, mid)} ELSE ${interval(mid, high)} END)`;
  };
  return interval(0, scales.length);
}
