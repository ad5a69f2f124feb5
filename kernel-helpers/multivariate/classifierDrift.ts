import type { TableInput } from "../data/toTable";
import type { MultivariateDetectorResult, MultivariateDriftOptions } from "./multivariateResult";
import { standaloneDrift } from "./standaloneDrift";

/**
 * Multivariate drift by a domain classifier (NannyML's `DomainClassifierCalculator`): the ROC
 * AUC of a logistic regression — on the scaled columns and their pairwise products — that tells
 * current rows from reference rows, against the band of the reference's chunks told from the
 * rest of the reference (mean ± 3σ). Drifted when the AUC is above the band.
 * Cost: one fit on ≤ 2 · `classifier.rows` rows per reference chunk, per window and once overall.
 *
 * @example (await classifierDrift(reference, current)).value // 0.93 after a correlation flip
 * @throws {UsageError} for bad options, fewer than 2 usable columns, or too few reference rows
 */
export function classifierDrift(reference: TableInput, current: TableInput, options: MultivariateDriftOptions = {}): Promise<MultivariateDetectorResult> {
  return standaloneDrift("classifier", reference, current, options);
}
