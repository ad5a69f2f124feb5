import type { Severity } from "../drift/driftReport";

/**
 * Colours shared by every figure: reference vs current (colour-blind safe: blue and orange),
 * severities, alerts.
 *
 * @example reportColors.severity.high // "#e03131"
 */
export const reportColors = {
  reference: "#4c78a8",
  current: "#f58518",
  threshold: "#868e96",
  text: "#212529",
  grid: "#dee2e6",
  /** Strong colours for markers and verdict text. */
  severity: { none: "#2f9e44", low: "#e8a200", medium: "#f76707", high: "#e03131" } satisfies Record<Severity, string>,
  /** Light fills for table rows. */
  severityFill: { none: "#f8f9fa", low: "#fff3bf", medium: "#ffd8a8", high: "#ffc9c9" } satisfies Record<Severity, string>,
  alert: { WARNING: "#f76707", CRITICAL: "#e03131" },
} as const;

/** The severities from least to most severe. */
export const SEVERITIES: readonly Severity[] = ["none", "low", "medium", "high"];

/** The font of every figure. */
export const FIGURE_FONT = { family: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", size: 12, color: reportColors.text } as const;
