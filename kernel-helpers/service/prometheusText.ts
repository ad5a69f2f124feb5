/** Label names and values of one sample. */
export type Labels = Readonly<Record<string, string>>;

/** One sample of a gauge or counter. */
export interface Sample {
  readonly labels: Labels;
  readonly value: number;
}

/** One labelled series of a histogram: cumulative counts per upper bound, sum and count. */
export interface HistogramSeries {
  readonly labels: Labels;
  /** Cumulative counts, one per bound of `bounds` (the +Inf bucket is `count`). */
  readonly cumulative: readonly number[];
  readonly sum: number;
  readonly count: number;
}

/**
 * One metric family in the Prometheus text exposition format (version 0.0.4): `# HELP`,
 * `# TYPE` and one line per sample, label values escaped (`\\`, `"`, newline), numbers as Go
 * prints them (`NaN`, `+Inf`, `-Inf`). A family without samples is left out entirely.
 * See https://prometheus.io/docs/instrumenting/exposition_formats/.
 *
 * @example metricFamily("driftlens_dataset_drift_share", "gauge", "Share of drifted columns.", [{ labels: { baseline: "credit" }, value: 0.5 }])
 * // '# HELP driftlens_dataset_drift_share Share of drifted columns.\n# TYPE driftlens_dataset_drift_share gauge\ndriftlens_dataset_drift_share{baseline="credit"} 0.5\n'
 */
export function metricFamily(name: string, type: "gauge" | "counter", help: string, samples: readonly Sample[]): string {
  if (samples.length === 0) return "";
  return header(name, type, help) + samples.map((sample) => `${name}${labelText(sample.labels)} ${numberText(sample.value)}\n`).join("");
}

/**
 * A histogram family in the text format: `_bucket` lines with `le` for each bound and `+Inf`,
 * then `_sum` and `_count`, per series.
 *
 * @example histogramFamily("driftlens_check_duration_seconds", "Check time.", [0.1, 1], [{ labels: {}, cumulative: [0, 1], sum: 0.4, count: 1 }])
 */
export function histogramFamily(name: string, help: string, bounds: readonly number[], series: readonly HistogramSeries[]): string {
  if (series.length === 0) return "";
  let text = header(name, "histogram", help);
  for (const one of series) {
    bounds.forEach((bound, i) => {
      text += `${name}_bucket${labelText({ ...one.labels, le: numberText(bound) })} ${one.cumulative[i]}\n`;
    });
    text += `${name}_bucket${labelText({ ...one.labels, le: "+Inf" })} ${one.count}\n`;
    text += `${name}_sum${labelText(one.labels)} ${numberText(one.sum)}\n`;
    text += `${name}_count${labelText(one.labels)} ${one.count}\n`;
  }
  return text;
}

function header(name: string, type: string, help: string): string {
  return `# HELP ${name} ${help.replace(/\\/g, "\\\\").replace(/\n/g, "\\n")}\n# TYPE ${name} ${type}\n`;
}

function labelText(labels: Labels): string {
  const entries = Object.entries(labels);
  if (entries.length === 0) return "";
  return `{${entries.map(([key, value]) => `${key}="${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`).join(",")}}`;
}

function numberText(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (value === Infinity) return "+Inf";
  if (value === -Infinity) return "-Inf";
  return String(value);
}
