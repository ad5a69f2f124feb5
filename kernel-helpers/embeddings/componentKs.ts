import { ksTwoSample } from "../stats/ksTwoSample";
import type { RepeatedRows } from "./repeatedRows";
import { repeatedRowsOf, rowComponent } from "./repeatedRows";

/** What `componentKs` returns. */
export interface ComponentKs {
  /** Bonferroni-adjusted smallest p-value: min(1, dimension · min pᵢ). Drift when below the level. */
  readonly pValue: number;
  /** The KS p-value of each component. */
  readonly pValues: Float64Array;
  /** The largest KS statistic D over the components. */
  readonly statistic: number;
}

/**
 * A two-sample Kolmogorov–Smirnov test on every component (usually PCA axes) with Bonferroni
 * correction — the univariate test of Rabanser et al. ("Failing Loudly", 2019) and alibi-detect's
 * `KSDrift(correction="bonferroni")`: drift when some pᵢ < α / dimension, i.e. when
 * `min(1, dimension · min pᵢ) < α`. Each pᵢ agrees with `scipy.stats.ks_2samp` (see `ksTwoSample`).
 * Rows that repeat (`RepeatedRows`) count once per row.
 * Cost: O(dimension · (n + m) log(n + m)).
 *
 * @example componentKs(Float64Array.of(0, 1, 2, 3), Float64Array.of(10, 11, 12, 13), 1).pValue // 0.028571428571428577
 */
export function componentKs(x: Float64Array | RepeatedRows, y: Float64Array | RepeatedRows, dimension: number): ComponentKs {
  const xRows = repeatedRowsOf(x, dimension);
  const yRows = repeatedRowsOf(y, dimension);
  const pValues = new Float64Array(dimension);
  let statistic = 0;
  let smallest = 1;
  for (let j = 0; j < dimension; j++) {
    const result = ksTwoSample(rowComponent(xRows, dimension, j), rowComponent(yRows, dimension, j));
    pValues[j] = result.pValue;
    smallest = Math.min(smallest, result.pValue);
    statistic = Math.max(statistic, result.statistic);
  }
  return { pValue: Math.min(1, smallest * dimension), pValues, statistic };
}
