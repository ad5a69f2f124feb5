import type { StreamDetector } from "./streamDetector";

export interface PageHinkleyOptions {
  /** Values seen before a change can be signalled. Default 30. */
  readonly minInstances?: number;
  /** Magnitude of change tolerated. Default 0.005. */
  readonly delta?: number;
  /** Alarm threshold λ on the cumulative deviation. Default 50. */
  readonly threshold?: number;
  /** Forgetting factor of the cumulative deviation. Default 0.9999. */
  readonly alpha?: number;
}

/**
 * The Page-Hinkley test for an increase in the mean of a stream, with River's defaults and
 * behaviour (`river.drift.PageHinkley(min_instances=30, delta=0.005, threshold=50, alpha=0.9999)`):
 * with x̄ₜ the running mean, mₜ = max(0, α·mₜ₋₁ + xₜ − x̄ₜ − δ); a change is signalled when
 * mₜ ≥ λ once `minInstances` values were seen, and the next value starts afresh.
 * Feed it something that rises when the model gets worse: a per-row error (0/1), a loss.
 * Reference: E. S. Page (1954), "Continuous inspection schemes", Biometrika 41.
 * Cost: O(1) per value.
 *
 * @example const ph = new PageHinkley(); detectChanges(errors, ph).changePoints
 */
export class PageHinkley implements StreamDetector {
  readonly name = "page-hinkley";
  readonly parameters: { readonly minInstances: number; readonly delta: number; readonly threshold: number; readonly alpha: number };
  private count = 1;
  private mean = 0;
  private sum = 0;
  private detected = false;

  constructor(options: PageHinkleyOptions = {}) {
    this.parameters = { minInstances: options.minInstances ?? 30, delta: options.delta ?? 0.005, threshold: options.threshold ?? 50, alpha: options.alpha ?? 1 - 0.0001 };
  }

  update(value: number): boolean {
    if (this.detected) {
      this.count = 1;
      this.mean = 0;
      this.sum = 0;
    }
    const { alpha, delta, threshold, minInstances } = this.parameters;
    this.mean += (value - this.mean) / this.count;
    this.sum = Math.max(0, alpha * this.sum + (value - this.mean - delta));
    this.count++;
    this.detected = this.count >= minInstances && this.sum >= threshold;
    return this.detected;
  }
}
