import { getStatTest } from "../stats/registry";

/**
 * Whether a method's score is a p-value (drift when small) or a distance (drift when large),
 * from the stat-test registry; `fallback` for a method the registry does not know (a report
 * written by another version).
 *
 * @example methodKind("ks", "distance") // "pvalue"
 */
export function methodKind(method: string, fallback: "pvalue" | "distance"): "pvalue" | "distance" {
  try {
    return getStatTest(method).kind;
  } catch {
    return fallback;
  }
}
