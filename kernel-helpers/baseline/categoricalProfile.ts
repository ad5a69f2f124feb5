import type { CategoricalColumn } from "../data/table";
import type { CategoricalProfile } from "./baselineInfo";
import { MAX_CATEGORY_LIST, TOP_VALUES } from "./baselineInfo";
import { FrequencySketch } from "../stats/sketch/frequencySketch";

/**
 * The profile of a categorical column from exact counts per label (codes that share a label are
 * counted together): count, missing, distinct, the most frequent values and the rest. With
 * `sketch`, also the Misra–Gries sketch of those counts (exact for the most frequent
 * `DEFAULT_FREQUENCY_CAPACITY` labels), which checks beyond the sample cap use; and the sorted
 * list of every label (up to `MAX_CATEGORY_LIST`), which the out-of-list quality test uses.
 * Cost: O(n + k log k) for n rows and k labels.
 *
 * @example categoricalProfile({ name: "c", type: "categorical", codes: Int32Array.of(0, 1, 1, -1), dictionary: ["a", "b"] }, { sketch: false }).profile.top // [{ value: "b", count: 2 }, { value: "a", count: 1 }]
 */
export function categoricalProfile(column: CategoricalColumn, options: { readonly sketch: boolean }): { profile: CategoricalProfile; sketch?: FrequencySketch } {
  const byCode = new Float64Array(column.dictionary.length);
  let missing = 0;
  const codes = column.codes;
  for (let i = 0; i < codes.length; i++) {
    if (codes[i] < 0) missing++;
    else byCode[codes[i]]++;
  }
  const byLabel = new Map<string, number>();
  column.dictionary.forEach((label, code) => {
    if (byCode[code] > 0) byLabel.set(label, (byLabel.get(label) ?? 0) + byCode[code]);
  });
  const labels = [...byLabel.keys()];
  const counts = labels.map((label) => byLabel.get(label) as number);
  const sketch = FrequencySketch.fromCounts(labels, counts, options.sketch ? undefined : TOP_VALUES);
  const top = sketch.top(TOP_VALUES);
  const count = codes.length - missing;
  const categories = labels.length <= MAX_CATEGORY_LIST ? [...labels].sort() : undefined;
  const profile = { count, missing, distinct: labels.length, top, otherCount: count - top.reduce((sum, item) => sum + item.count, 0), ...(categories ? { categories } : {}) };
  return options.sketch ? { profile, sketch } : { profile };
}
