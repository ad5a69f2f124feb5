/**
 * Where a drifted column's severity moves from low to medium to high, per kind of method.
 * Every field is optional in a config file (`driftlens.config.json`).
 */
export interface SeverityBands {
  /**
   * PSI, on the score itself: score ≥ `medium` → medium ("monitor"), score > `high` → high
   * ("investigate"), below `medium` → none (low when the column drifted at a custom threshold
   * under `medium`). Defaults 0.1 and 0.2, the industry bands.
   */
  readonly psi: { readonly medium: number; readonly high: number };
  /**
   * p-value tests, as fractions of the threshold, for drifted columns: p ≥ threshold · `low` → low;
   * p ≥ threshold · `medium` → medium; smaller → high. Defaults 0.1 and 0.01 (one and two orders
   * of magnitude below the threshold).
   */
  readonly pValue: { readonly low: number; readonly medium: number };
  /**
   * Other distances, as multiples of the threshold, for drifted columns: score < threshold ·
   * `medium` → low; < threshold · `high` → medium; otherwise high. Defaults 1.5 and 2.
   */
  readonly distance: { readonly medium: number; readonly high: number };
}

/** The default bands, applied by `severityOf` unless others are given. */
export const DEFAULT_SEVERITY_BANDS: SeverityBands = {
  psi: { medium: 0.1, high: 0.2 },
  pValue: { low: 0.1, medium: 0.01 },
  distance: { medium: 1.5, high: 2 },
};
