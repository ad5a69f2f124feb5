/**
 * A number for a figure spec: 6 significant digits (figures stay small and their JSON
 * snapshots stable), `null` for NaN and ±Infinity, which JSON cannot carry and Plotly draws as
 * a gap. Reports read back from JSON carry `null` for those already; it stays `null`.
 *
 * @example plotNumber(0.123456789) // 0.123457
 * @example plotNumber(NaN) // null
 */
export function plotNumber(value: number | null | undefined): number | null {
  if (typeof value !== "number" || !Number.isFinite(value)) return null;
  return Number(value.toPrecision(6));
}
