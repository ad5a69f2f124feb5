/** The band of a statistic over the reference's own chunks. */
export interface ChunkBand {
  /** Rows per reference chunk the band was measured on. */
  readonly chunkRows: number;
  /** The statistic of each reference chunk. */
  readonly values: readonly number[];
  readonly mean: number;
  /** Population standard deviation of `values` (numpy's `std`, as NannyML's thresholds). */
  readonly std: number;
  /** Sigmas either side of the mean. */
  readonly sigmas: number;
}

/** Width of the band in standard deviations of the reference chunks (NannyML's default). */
export const BAND_SIGMAS = 3;

/**
 * The band of the reference chunks' values: mean ± 3σ, σ the population standard deviation over
 * the chunks (NannyML's `StandardDeviationThreshold(3, 3)`).
 * Cost: O(chunks).
 *
 * @example chunkBand([1, 2, 3], 100).std // 0.816…
 */
export function chunkBand(values: readonly number[], chunkRows: number): ChunkBand {
  let mean = 0;
  for (const value of values) mean += value;
  mean /= values.length;
  let squares = 0;
  for (const value of values) squares += (value - mean) ** 2;
  return { chunkRows, values: [...values], mean, std: Math.sqrt(squares / values.length), sigmas: BAND_SIGMAS };
}

/**
 * The band's limits for a statistic measured on `rows` rows: mean ± 3σ·√(max(chunkRows / rows,
 * 1 / chunks)). The statistics here are means over rows (or, for the classifier, scores on `rows`
 * rows), whose spread shrinks as 1/√rows; for a chunk the size of the reference chunks this is
 * NannyML's band, and a window of another size is held to the band of its own size. The band never
 * gets narrower than the precision of its own centre, the mean of `chunks` chunk values (σ/√chunks):
 * without that floor, data far larger than the reference (a million rows against 20 chunks) would
 * be held to a band thinner than the reference can know its mean, and alert on unchanged data.
 * `lower` is clipped at `floor`.
 *
 * @example bandLimits(chunkBand([1, 2, 3], 100), 200, 0) // { lower: 0.267…, upper: 3.73… }
 */
export function bandLimits(band: ChunkBand, rows: number, floor = -Infinity): { lower: number; upper: number } {
  const spread = band.sigmas * band.std * Math.sqrt(Math.max(band.chunkRows / Math.max(rows, 1), 1 / band.values.length));
  return { lower: Math.max(floor, band.mean - spread), upper: band.mean + spread };
}
