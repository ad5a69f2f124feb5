import { DataError } from "../errors";
import { createRandom } from "../stats/random";
import type { MmdPermutationTest, RbfMmdResult } from "./rbfMmd";
import { rbfMmdTest } from "./rbfMmd";
import type { RepeatedRows } from "./repeatedRows";
import { expandRows } from "./repeatedRows";
import { squaredDistance, squaredNorms } from "./squaredDistance";

/** Relabelings whose MMD²ᵤ is within this relative distance below the observed one count as ≥ it (as in `rbfMmd`). */
const RELATIVE_TOLERANCE = 1e-12;

/**
 * `rbfMmd` of rows that repeat, computed on the distinct rows weighted by how many rows hold them:
 * the same statistic, bandwidth and permutation p-value as `rbfMmd` on the expanded rows (the same
 * seeded relabelings of the rows; sums in another order, so the statistic agrees to rounding).
 *
 * With k distinct rows in the pool of N = n + m rows:
 * - the bandwidth is the median of the N(N−1)/2 pair distances, taken over the k(k+1)/2 distinct
 *   distances with their multiplicities (cᵢcⱼ, and cᵢ(cᵢ−1)/2 for two rows holding the same one);
 * - MMD²ᵤ sums the kernel over distinct pairs times those multiplicities;
 * - each relabeling draws the same rows as `rbfMmd`'s and counts how many of the smaller group
 *   hold each distinct row.
 * When the distinct rows are too many for that to pay (k > min(n, m) / 2), it runs `rbfMmd` on the
 * expanded rows.
 * Cost: O(k² · dimension + k² log k + permutations · (min(n, m) + k²)).
 *
 * @param x reference rows, `rowOf` null when none repeats
 * @param y current rows
 * @throws {DataError} when a sample has fewer than 2 rows
 * @example repeatedRbfMmd({ values: Float64Array.of(0, 1), rows: 4, rowOf: Int32Array.of(0, 0, 1, 1) }, { values: Float64Array.of(5), rows: 3, rowOf: Int32Array.of(0, 0, 0) }, 1).pValue
 */
export function repeatedRbfMmd(x: RepeatedRows, y: RepeatedRows, dimension: number, permutations = 100, seed = 0): RbfMmdResult {
  return repeatedRbfMmdTest(x, y, dimension)(permutations, seed);
}

/**
 * `repeatedRbfMmd` with the kernel computed once: the returned test runs any number of
 * relabelings from any seed on it, with the result `repeatedRbfMmd` gives for them.
 *
 * @throws {DataError} when a sample has fewer than 2 rows
 */
export function repeatedRbfMmdTest(x: RepeatedRows, y: RepeatedRows, dimension: number): MmdPermutationTest {
  const n = x.rows;
  const m = y.rows;
  if (n < 2 || m < 2) throw new DataError(`MMD needs at least 2 rows on each side (reference has ${n}, current has ${m}).`);
  const small = Math.min(n, m);
  const N = n + m;
  // The distinct rows in use, reference ones first, and the distinct row of each pooled row.
  const pointOfRow = new Int32Array(N);
  const used: number[][] = [[], []];
  [x, y].forEach((side, s) => {
    const newIndex = new Int32Array(side.values.length / dimension).fill(-1);
    for (let row = 0; row < side.rows; row++) {
      const at = side.rowOf === null ? row : side.rowOf[row];
      if (newIndex[at] < 0) newIndex[at] = used[s].push(at) - 1;
      pointOfRow[s === 0 ? row : n + row] = newIndex[at];
    }
  });
  const pointsX = used[0].length;
  const P = pointsX + used[1].length;
  if (2 * P > small) return rbfMmdTest(expandRows(x, dimension), expandRows(y, dimension), dimension);
  for (let row = n; row < N; row++) pointOfRow[row] += pointsX;

  const z = new Float64Array(P * dimension);
  used[0].forEach((at, p) => z.set(x.values.subarray(at * dimension, (at + 1) * dimension), p * dimension));
  used[1].forEach((at, p) => z.set(y.values.subarray(at * dimension, (at + 1) * dimension), (pointsX + p) * dimension));
  const counts = new Float64Array(P);
  for (const p of pointOfRow) counts[p]++;
  const norms = squaredNorms(z, dimension);
  const kernel = new Float64Array(P * P);
  for (let p = 0; p < P; p++) {
    for (let q = p; q < P; q++) {
      const distance = squaredDistance(z, p, q, dimension, norms[p], norms[q]);
      kernel[p * P + q] = distance;
      kernel[q * P + p] = distance;
    }
  }
  const median = weightedPairMedian(kernel, counts, N);
  const twoSigmaSquared = median > 0 ? median : 1;
  for (let i = 0; i < kernel.length; i++) kernel[i] = Math.exp(-kernel[i] / twoSigmaSquared);

  // A row holding point p: its kernel sum over every other row.
  const rowSum = new Float64Array(P);
  let totalRowSum = 0;
  for (let p = 0; p < P; p++) {
    let sum = -kernel[p * P + p];
    for (let q = 0; q < P; q++) sum += counts[q] * kernel[p * P + q];
    rowSum[p] = sum;
    totalRowSum += counts[p] * sum;
  }
  const pairSum = (from: number, to: number, other: number, end: number): number => {
    let sum = 0;
    for (let p = from; p < to; p++) {
      if (other === from) {
        sum += ((counts[p] * (counts[p] - 1)) / 2) * kernel[p * P + p];
        for (let q = p + 1; q < end; q++) sum += counts[p] * counts[q] * kernel[p * P + q];
      } else {
        for (let q = other; q < end; q++) sum += counts[p] * counts[q] * kernel[p * P + q];
      }
    }
    return sum;
  };
  const xx = pairSum(0, pointsX, 0, pointsX);
  const yy = pairSum(pointsX, P, pointsX, P);
  const xy = pairSum(0, pointsX, pointsX, P);
  const statistic = (2 * xx) / (n * (n - 1)) + (2 * yy) / (m * (m - 1)) - (2 * xy) / (n * m);

  // The relabelings of `mmdPermutationCount`: the same draws, counted per distinct row.
  const smallIsX = n <= m;
  const group = new Float64Array(P);
  const active: number[] = [];
  const add = (p: number) => {
    if (group[p] === 0) active.push(p);
    group[p]++;
  };
  const split = (): number => {
    let inside = 0;
    let rows = 0;
    for (let a = 0; a < active.length; a++) {
      const p = active[a];
      const g = group[p];
      rows += g * rowSum[p];
      inside += ((g * (g - 1)) / 2) * kernel[p * P + p];
      for (let b = a + 1; b < active.length; b++) inside += g * group[active[b]] * kernel[p * P + active[b]];
    }
    for (const p of active) group[p] = 0;
    active.length = 0;
    const cross = rows - 2 * inside;
    const other = (totalRowSum - rows - cross) / 2;
    const [sameX, sameY] = smallIsX ? [inside, other] : [other, inside];
    return (2 * sameX) / (n * (n - 1)) + (2 * sameY) / (m * (m - 1)) - (2 * cross) / (n * m);
  };
  for (let a = 0; a < small; a++) add(pointOfRow[smallIsX ? a : n + a]);
  const observed = split();
  const bar = observed - RELATIVE_TOLERANCE * Math.abs(observed);
  return (permutations, seed) => {
    const random = createRandom(seed);
    const indices = Int32Array.from({ length: N }, (_, i) => i);
    let atLeast = 0;
    for (let permutation = 0; permutation < permutations; permutation++) {
      for (let t = 0; t < small; t++) {
        const pick = t + random.int(N - t);
        const index = indices[pick];
        indices[pick] = indices[t];
        indices[t] = index;
        add(pointOfRow[index]);
      }
      if (split() >= bar) atLeast++;
    }
    return { statistic, pValue: (1 + atLeast) / (1 + permutations), sigma: Math.sqrt(twoSigmaSquared / 2), permutations };
  };
}

/**
 * numpy's median of the N(N−1)/2 distances between distinct rows of a pool where point p is held
 * by `counts[p]` rows: the distance of points p < q counts cₚc_q times, a point's own distance
 * cₚ(cₚ−1)/2 times. `distances` is the full `P × P` matrix.
 */
function weightedPairMedian(distances: Float64Array, counts: Float64Array, N: number): number {
  const P = counts.length;
  const values: number[] = [];
  const weights: number[] = [];
  for (let p = 0; p < P; p++) {
    for (let q = p; q < P; q++) {
      const weight = p === q ? (counts[p] * (counts[p] - 1)) / 2 : counts[p] * counts[q];
      if (weight === 0) continue;
      values.push(distances[p * P + q]);
      weights.push(weight);
    }
  }
  const order = Array.from(values.keys()).sort((a, b) => values[a] - values[b]);
  const total = (N * (N - 1)) / 2;
  const at = (rank: number): number => {
    let seen = 0;
    for (const k of order) {
      seen += weights[k];
      if (seen > rank) return values[k];
    }
    return values[order[order.length - 1]];
  };
  const upper = at(Math.floor(total / 2));
  return total % 2 === 1 ? upper : (at(Math.floor(total / 2) - 1) + upper) / 2;
}
