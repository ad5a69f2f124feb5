import { wassersteinStatTest } from "../stats/wasserstein";
import type { RepeatedRows } from "./repeatedRows";
import { repeatedRowsOf, rowComponent } from "./repeatedRows";

/** What `componentDriftShare` returns. */
export interface ComponentDriftShare {
  /** Share of components whose normed Wasserstein distance is ≥ the component threshold. */
  readonly share: number;
  readonly driftedComponents: number;
  /** Normed Wasserstein distance of each component. */
  readonly distances: Float64Array;
}

/**
 * Evidently's `ratio` embedding method: each component (dimension, or PCA axis) is tested alone
 * with the normed Wasserstein distance (Wasserstein / reference std, see `wassersteinStatTest`)
 * and counts as drifted at ≥ `componentThreshold` (default 0.1); the score is the share drifted.
 * Agrees with `scipy.stats.wasserstein_distance` per component, divided by `max(std, 0.001)`.
 * Rows that repeat (`RepeatedRows`) count once per row.
 * Cost: O(dimension · (n + m) log(n + m)).
 *
 * @example componentDriftShare(Float64Array.of(0, 0, 1, 0), Float64Array.of(5, 0, 6, 0), 2).share // 0.5
 */
export function componentDriftShare(x: Float64Array | RepeatedRows, y: Float64Array | RepeatedRows, dimension: number, componentThreshold = 0.1): ComponentDriftShare {
  const xRows = repeatedRowsOf(x, dimension);
  const yRows = repeatedRowsOf(y, dimension);
  const distances = new Float64Array(dimension);
  let drifted = 0;
  for (let j = 0; j < dimension; j++) {
    const { score } = wassersteinStatTest.run(
      { type: "numerical", values: rowComponent(xRows, dimension, j) },
      { type: "numerical", values: rowComponent(yRows, dimension, j) },
      { seed: 0 },
    );
    distances[j] = score;
    if (wassersteinStatTest.drifted(score, componentThreshold)) drifted++;
  }
  return { share: drifted / dimension, driftedComponents: drifted, distances };
}
