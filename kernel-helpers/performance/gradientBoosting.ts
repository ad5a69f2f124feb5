/** One regression tree, as flat arrays: node i splits on `feature[i]` at `threshold[i]` (≤ goes left), or is a leaf (`feature[i]` = −1) with `value[i]`. */
interface Tree {
  readonly feature: Int32Array;
  readonly threshold: Float64Array;
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly value: Float64Array;
}

/** A fitted gradient-boosted ensemble of regression trees (squared loss). */
export interface GradientBoosting {
  readonly dimension: number;
  readonly base: number;
  readonly learningRate: number;
  readonly trees: readonly Tree[];
}

export interface GradientBoostingOptions {
  /** Trees. Default 100. */
  readonly rounds?: number;
  /** Default 0.1. */
  readonly learningRate?: number;
  /** Default 3. */
  readonly maxDepth?: number;
  /** Fewest rows in a leaf. Default 20. */
  readonly minLeaf?: number;
  /** Candidate split points per feature (quantile bins). Default 32. */
  readonly bins?: number;
}

/**
 * Fits gradient-boosted regression trees on `rows × dimension` values (row-major, no missing
 * values) for targets `y`, with squared loss: start from the mean, then each round fits a tree of
 * depth ≤ `maxDepth` to the residuals and adds it scaled by `learningRate`. Splits are searched
 * on quantile bins of each feature (histogram gradient boosting, as LightGBM and sklearn's
 * `HistGradientBoostingRegressor`); a split must leave `minLeaf` rows on each side.
 * Deterministic. Reference: Friedman, "Greedy function approximation: a gradient boosting
 * machine" (2001); Ke et al., "LightGBM" (2017).
 * Cost: O(rounds · maxDepth · rows · dimension) plus a sort per feature.
 *
 * @example predictGradientBoosting(fitGradientBoosting(x, 1000, 1, y), x, 1000) // ≈ y where y is a step of x
 */
export function fitGradientBoosting(values: Float64Array, rows: number, dimension: number, y: ArrayLike<number>, options: GradientBoostingOptions = {}): GradientBoosting {
  const rounds = options.rounds ?? 100;
  const learningRate = options.learningRate ?? 0.1;
  const maxDepth = options.maxDepth ?? 3;
  const minLeaf = options.minLeaf ?? 20;
  const binCount = options.bins ?? 32;
  const edges = Array.from({ length: dimension }, (_, j) => binEdges(values, rows, dimension, j, binCount));
  const binned = new Uint8Array(rows * dimension);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < dimension; j++) {
      const e = edges[j];
      const x = values[i * dimension + j];
      let lo = 0;
      let hi = e.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (x <= e[mid]) hi = mid;
        else lo = mid + 1;
      }
      binned[i * dimension + j] = lo;
    }
  }
  let base = 0;
  for (let i = 0; i < rows; i++) base += y[i];
  base /= Math.max(rows, 1);
  const fitted = new Float64Array(rows).fill(base);
  const residual = new Float64Array(rows);
  const trees: Tree[] = [];
  const all = Int32Array.from({ length: rows }, (_, i) => i);
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < rows; i++) residual[i] = y[i] - fitted[i];
    const nodes: { feature: number; threshold: number; left: number; right: number; value: number }[] = [];
    const grow = (members: Int32Array, depth: number): number => {
      const at = nodes.length;
      let sum = 0;
      for (const i of members) sum += residual[i];
      nodes.push({ feature: -1, threshold: 0, left: -1, right: -1, value: sum / members.length });
      if (depth >= maxDepth || members.length < 2 * minLeaf) return at;
      const split = bestSplit(members, residual, binned, dimension, edges, minLeaf, sum);
      if (!split) return at;
      const leftRows = members.filter((i) => binned[i * dimension + split.feature] <= split.bin);
      const rightRows = members.filter((i) => binned[i * dimension + split.feature] > split.bin);
      nodes[at].feature = split.feature;
      nodes[at].threshold = edges[split.feature][split.bin];
      nodes[at].left = grow(leftRows, depth + 1);
      nodes[at].right = grow(rightRows, depth + 1);
      return at;
    };
    grow(all, 0);
    const tree: Tree = {
      feature: Int32Array.from(nodes, (n) => n.feature),
      threshold: Float64Array.from(nodes, (n) => n.threshold),
      left: Int32Array.from(nodes, (n) => n.left),
      right: Int32Array.from(nodes, (n) => n.right),
      value: Float64Array.from(nodes, (n) => n.value),
    };
    trees.push(tree);
    for (let i = 0; i < rows; i++) fitted[i] += learningRate * leafValue(tree, values, i * dimension);
  }
  return { dimension, base, learningRate, trees };
}

/** Predictions of a fitted ensemble for `rows × dimension` values. Cost: O(rows · trees · depth). */
export function predictGradientBoosting(model: GradientBoosting, values: Float64Array, rows: number): Float64Array {
  const out = new Float64Array(rows).fill(model.base);
  for (const tree of model.trees) for (let i = 0; i < rows; i++) out[i] += model.learningRate * leafValue(tree, values, i * model.dimension);
  return out;
}

function leafValue(tree: Tree, values: Float64Array, offset: number): number {
  let node = 0;
  while (tree.feature[node] >= 0) node = values[offset + tree.feature[node]] <= tree.threshold[node] ? tree.left[node] : tree.right[node];
  return tree.value[node];
}

/** Upper edges of up to `bins` quantile bins of column j (distinct values; the last bin is open). */
function binEdges(values: Float64Array, rows: number, dimension: number, j: number, bins: number): Float64Array {
  const column = new Float64Array(rows);
  for (let i = 0; i < rows; i++) column[i] = values[i * dimension + j];
  column.sort();
  const edges: number[] = [];
  for (let b = 1; b < bins; b++) {
    const edge = column[Math.min(rows - 1, Math.floor((b * rows) / bins))];
    if (edges.length === 0 || edge > edges[edges.length - 1]) edges.push(edge);
  }
  if (edges.length > 0 && edges[edges.length - 1] >= column[rows - 1]) edges.pop();
  return Float64Array.from(edges);
}

/** The split of `members` that most reduces the squared error, by histograms of residual sums per bin. */
function bestSplit(members: Int32Array, residual: Float64Array, binned: Uint8Array, dimension: number, edges: readonly Float64Array[], minLeaf: number, total: number): { feature: number; bin: number } | undefined {
  const n = members.length;
  let best: { feature: number; bin: number } | undefined;
  let bestGain = 1e-12 * Math.max(1, Math.abs(total));
  const base = (total * total) / n;
  for (let j = 0; j < dimension; j++) {
    const k = edges[j].length;
    if (k === 0) continue;
    const sums = new Float64Array(k + 1);
    const counts = new Int32Array(k + 1);
    for (const i of members) {
      const b = binned[i * dimension + j];
      sums[b] += residual[i];
      counts[b]++;
    }
    let leftSum = 0;
    let leftCount = 0;
    for (let b = 0; b < k; b++) {
      leftSum += sums[b];
      leftCount += counts[b];
      const rightCount = n - leftCount;
      if (leftCount < minLeaf || rightCount < minLeaf) continue;
      const rightSum = total - leftSum;
      const gain = (leftSum * leftSum) / leftCount + (rightSum * rightSum) / rightCount - base;
      if (gain > bestGain) {
        bestGain = gain;
        best = { feature: j, bin: b };
      }
    }
  }
  return best;
}
