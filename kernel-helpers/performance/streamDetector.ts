/** A change detector over a stream of numbers (a per-row error, a metric per window, a score). */
export interface StreamDetector {
  /** The detector's name in reports: "page-hinkley" or "adwin". */
  readonly name: string;
  /** Feeds one value; true when a change is detected at it. After a detection the next value starts afresh, as in River. */
  update(value: number): boolean;
}

/** Change points found in a series: the indices (0-based) of the values at which a change was detected. */
export interface ChangePoints {
  readonly detector: string;
  /** The detector's parameters, for the report. */
  readonly parameters: Readonly<Record<string, number>>;
  /** Values fed (non-finite values are skipped and not counted). */
  readonly values: number;
  readonly changePoints: readonly number[];
}

/**
 * Runs a detector over a series and lists where it fired. Indices refer to `series` (or to
 * `index[i]` when given, e.g. the data rows the values came from); NaN values are skipped.
 * Cost: O(n) times the detector's update.
 *
 * @example detectChanges([...zeros, ...ones], new PageHinkley()).changePoints // [the index shortly after the step]
 */
export function detectChanges(series: ArrayLike<number>, detector: StreamDetector & { readonly parameters: Readonly<Record<string, number>> }, index?: ArrayLike<number>): ChangePoints {
  const changePoints: number[] = [];
  let values = 0;
  for (let i = 0; i < series.length; i++) {
    const value = series[i];
    if (!Number.isFinite(value)) continue;
    values++;
    if (detector.update(value)) changePoints.push(index ? index[i] : i);
  }
  return { detector: detector.name, parameters: detector.parameters, values, changePoints };
}
