import type { TableInput } from "../data/toTable";
import type { MultivariateDetectorResult, MultivariateDriftOptions } from "./multivariateResult";
import { standaloneDrift } from "./standaloneDrift";

/**
 * Multivariate drift by data reconstruction (NannyML's `DataReconstructionDriftCalculator`):
 * impute, scale and fit a PCA keeping `varianceKept` (0.65) of the variance on the reference,
 * then compare the mean reconstruction error of the current rows — and of each window — with the
 * band of the reference's own chunks (mean ± 3σ). It catches what column-by-column tests cannot:
 * a correlation that flips while every column's distribution stays the same.
 * Scaling and PCA agree with scikit-learn's `StandardScaler` and `PCA` (1e-9 on the fixtures).
 * Cost: O((reference + current) · columns²).
 *
 * @example (await reconstructionDrift("reference.csv", "today.csv", { window: "1000" })).drifted // true
 * @throws {UsageError} for bad options, fewer than 2 usable columns, or too few reference rows
 */
export function reconstructionDrift(reference: TableInput, current: TableInput, options: MultivariateDriftOptions = {}): Promise<MultivariateDetectorResult> {
  return standaloneDrift("reconstruction", reference, current, options);
}
