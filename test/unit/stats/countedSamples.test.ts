import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { columnDistribution } from "../../../kernel-helpers/drift/columnDistribution";
import { numericalAsCategorical } from "../../../kernel-helpers/drift/columnSamples";
import { countedValues } from "../../../kernel-helpers/stats/countedValues";
import { createRandom } from "../../../kernel-helpers/stats/random";
import { statTestsFor } from "../../../kernel-helpers/stats/registry";
import { sortedCopy } from "../../../kernel-helpers/stats/sortedCopy";
import type { CategoricalSample, NumericalSample, Sample, StatTestOutcome } from "../../../kernel-helpers/stats/statTest";
import { assertClose } from "../../helpers/closeTo";

/** The relative tolerance within which a test on counts must equal the same test on every row. */
const EXACT = 1e-12;

function plain(values: Float64Array): NumericalSample {
  return { type: "numerical", values: sortedCopy(values), sorted: true };
}

/** The same rows as distinct ascending values with their counts, as a database's GROUP BY returns them. */
function counted(values: Float64Array): NumericalSample {
  const { values: distinct, counts } = countedValues(plain(values), "test");
  return { type: "numerical", values: distinct, counts, sorted: true };
}

function countedCategories(sample: CategoricalSample): CategoricalSample {
  const counts = new Float64Array(sample.categories.length);
  for (const code of sample.codes) counts[code]++;
  const codes: number[] = [];
  const kept: number[] = [];
  counts.forEach((count, code) => {
    if (count > 0) {
      codes.push(code);
      kept.push(count);
    }
  });
  // Reversed, since a database returns groups in no particular order.
  return { type: "categorical", codes: Int32Array.from(codes.reverse()), categories: sample.categories, counts: Float64Array.from(kept.reverse()) };
}

function assertSameOutcome(actual: StatTestOutcome, expected: StatTestOutcome, label: string): void {
  assertClose(actual.score, expected.score, EXACT, 1e-300, `${label} score`);
  for (const key of ["pValue", "statistic"] as const) {
    if (expected[key] === undefined) assert.equal(actual[key], undefined, `${label} ${key}`);
    else assertClose(actual[key] as number, expected[key] as number, EXACT, 1e-300, `${label} ${key}`);
  }
}

function draw(seed: number, size: number, make: (u: number) => number): Float64Array {
  const random = createRandom(seed);
  return Float64Array.from({ length: size }, () => make(random.next()));
}

const NUMERICAL_CASES: [string, Float64Array, Float64Array][] = [
  ["continuous values", draw(1, 400, (u) => Math.log(u / (1 - u))), draw(2, 300, (u) => 0.3 + Math.log(u / (1 - u)))],
  ["heavy ties", draw(3, 500, (u) => Math.floor(u * 7)), draw(4, 450, (u) => Math.floor(u * u * 7))],
  ["few rows, exact p-values", Float64Array.of(1, 2, 2, 3, 5), Float64Array.of(2, 4, 4, 6, 7, 8)],
  ["large sizes, asymptotic p-values", draw(5, 12_000, (u) => Math.round(u * 2000) / 10), draw(6, 11_000, (u) => Math.round(u ** 1.1 * 2000) / 10)],
  ["huge magnitudes", draw(7, 300, (u) => 1e12 + u * 1e6), draw(8, 300, (u) => 1e12 + u * 1.2e6)],
];

describe("stat tests on counted samples", () => {
  const numericalTests = statTestsFor("numerical").filter((test) => !test.needsRawValues);
  for (const [label, reference, current] of NUMERICAL_CASES) {
    it(`give the same numbers as on every row for ${label} (${numericalTests.map((t) => t.name).join(", ")})`, () => {
      for (const test of numericalTests) {
        const expected = test.run(plain(reference), plain(current), { seed: 0 });
        assertSameOutcome(test.run(counted(reference), counted(current), { seed: 0 }), expected, `${test.name} counted/counted`);
        // A baseline's sample (every row) against a table's counts, as a check pushed down runs it.
        assertSameOutcome(test.run(plain(reference), counted(current), { seed: 0 }), expected, `${test.name} plain/counted`);
      }
    });
  }

  it("count a numerical column with few values as categories the same way", () => {
    const reference = draw(9, 600, (u) => Math.floor(u * 4));
    const current = draw(10, 500, (u) => Math.floor(u * u * 4));
    const summary = { count: 0, missing: 0, nonFinite: 0 };
    const asCategories = (r: NumericalSample, c: NumericalSample) => numericalAsCategorical({ reference: r, current: c, referenceSummary: summary, currentSummary: summary, uniqueValues: 4 });
    const rows = asCategories(plain(reference), plain(current));
    const counts = asCategories(counted(reference), counted(current));
    for (const test of statTestsFor("categorical")) {
      if (test.name === "fisher_exact") continue;
      assertSameOutcome(test.run(counts.reference, counts.current, { seed: 3 }), test.run(rows.reference, rows.current, { seed: 3 }), `${test.name} on numbers`);
    }
  });

  it("give categorical tests the same numbers from category counts in any order", () => {
    const categories = ["a", "b", "c", "d", "e"];
    const codes = (seed: number, size: number, power: number) => Int32Array.from(draw(seed, size, (u) => Math.floor(u ** power * 5)));
    const reference: CategoricalSample = { type: "categorical", codes: codes(11, 800, 1), categories };
    const current: CategoricalSample = { type: "categorical", codes: codes(12, 700, 1.3), categories };
    const binary = (sample: CategoricalSample): CategoricalSample => ({ ...sample, codes: sample.codes.map((code) => code % 2), categories: ["no", "yes"] });
    for (const test of statTestsFor("categorical")) {
      const [r, c] = test.name === "fisher_exact" ? [binary(reference), binary(current)] : [reference, current];
      const expected = test.run(r, c, { seed: 7 });
      assertSameOutcome(test.run(countedCategories(r), countedCategories(c), { seed: 7 }), expected, `${test.name} categorical`);
      assertSameOutcome(test.run(r, countedCategories(c), { seed: 7 }), expected, `${test.name} categorical plain/counted`);
    }
  });

  it("keep the report's distribution the same", () => {
    for (const [label, reference, current] of NUMERICAL_CASES) {
      const summary = { count: 0, missing: 0, nonFinite: 0 };
      const uniqueValues = new Set([...reference, ...current]).size;
      const pair = (r: Sample, c: Sample) => ({ reference: r, current: c, referenceSummary: summary, currentSummary: summary, uniqueValues }) as never;
      assert.deepEqual(columnDistribution(pair(counted(reference), counted(current))), columnDistribution(pair(plain(reference), plain(current))), label);
    }
  });
});
