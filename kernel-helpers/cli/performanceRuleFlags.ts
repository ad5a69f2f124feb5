import { UsageError } from "../errors";
import type { DegradationRules } from "../performance/degradationRules";
import { checkedRules } from "../performance/degradationRules";

/**
 * Parses repeated `--perf-absolute METRIC=VALUE` and `--perf-relative METRIC=SHARE` flags into
 * degradation rules per metric, checked (known metric, limits in range) before any file is read.
 *
 * @example performanceRuleFlags(["accuracy=0.8"], ["f1=0.05"]) // { accuracy: { absolute: 0.8 }, f1: { relative: 0.05 } }
 * @throws {UsageError} for a flag that is not METRIC=NUMBER, an unknown metric or a relative share outside (0, 1]
 */
export function performanceRuleFlags(absolute: readonly string[] | undefined, relative: readonly string[] | undefined): DegradationRules | undefined {
  if (!absolute?.length && !relative?.length) return undefined;
  // No prototype: `--perf-relative __proto__=0.1` is a metric name to refuse, not a prototype to set.
  const rules: Record<string, { absolute?: number; relative?: number }> = Object.create(null);
  const read = (flag: string, values: readonly string[] | undefined, field: "absolute" | "relative") => {
    for (const value of values ?? []) {
      const at = value.indexOf("=");
      const metric = value.slice(0, at).trim();
      const number = Number(value.slice(at + 1));
      if (at <= 0 || value.slice(at + 1).trim() === "" || !Number.isFinite(number)) {
        throw new UsageError(`--${flag} expects METRIC=NUMBER, e.g. --${flag} ${field === "absolute" ? "accuracy=0.8" : "f1=0.1"}; got '${value}'.`);
      }
      rules[metric] = { ...rules[metric], [field]: number };
    }
  };
  read("perf-absolute", absolute, "absolute");
  read("perf-relative", relative, "relative");
  return checkedRules(rules);
}
