import type { TextProfile } from "./baselineInfo";
import { TOP_VALUES } from "./baselineInfo";
import { FrequencySketch } from "../stats/sketch/frequencySketch";

/** Counters of the text profile's Misra–Gries sketch: values rarer than total / 1025 may be missed. */
const TEXT_COUNTERS = 1024;

/**
 * The profile of a text column: count, missing (null) and the most frequent values by a
 * Misra–Gries sketch, so a column of millions of distinct strings costs O(1024) memory; flagged
 * `approximate` with the largest possible shortfall of a count when the sketch had to reduce.
 * Cost: O(n) amortised.
 *
 * @example textProfile(["a", "b", "a", null]).top // [{ value: "a", count: 2 }, { value: "b", count: 1 }]
 */
export function textProfile(values: readonly (string | null)[]): TextProfile {
  const sketch = new FrequencySketch(TEXT_COUNTERS);
  let missing = 0;
  for (const value of values) {
    if (value === null) missing++;
    else sketch.add(value);
  }
  const base = { count: values.length - missing, missing, top: sketch.top(TOP_VALUES) };
  return sketch.maxError > 0 ? { ...base, approximate: { countError: sketch.maxError } } : base;
}
