import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DataError, UsageError } from "../../../kernel-helpers/errors";
import { binnedShares } from "../../../kernel-helpers/stats/binnedShares";
import { histogramCounts } from "../../../kernel-helpers/stats/histogramCounts";
import { sturgesBinEdges } from "../../../kernel-helpers/stats/sturgesBinEdges";
import { assertClose } from "../../helpers/closeTo";
import { categoricalPair, fixture, numerical, sortedNumerical } from "./distanceFixture";

function assertAllClose(actual: Float64Array, expected: readonly number[], label: string): void {
  assert.equal(actual.length, expected.length, `${label}: length`);
  expected.forEach((value, i) => assertClose(actual[i], value, 1e-12, 1e-300, `${label}[${i}]`));
}

describe("sturgesBinEdges", () => {
  it("reproduces numpy.histogram_bin_edges(bins='sturges') bit for bit on every histogram case", () => {
    for (const [name, c] of Object.entries(fixture.numerical)) {
      if (!c.binned.edges) continue;
      const all = [...c.reference, ...c.current];
      const edges = sturgesBinEdges(Math.min(...all), Math.max(...all), all.length);
      assert.deepEqual([...edges], c.binned.edges, name);
    }
  });

  it("gives one bin of width 1 around a constant", () => {
    assert.deepEqual([...sturgesBinEdges(3, 3, 50)], [2.5, 3.5]);
  });

  it("documents its example", () => {
    assert.deepEqual([...sturgesBinEdges(0, 1, 8)], [0, 0.25, 0.5, 0.75, 1]);
  });
});

describe("histogramCounts", () => {
  it("keeps the right edge in the last bin only, as numpy.histogram", () => {
    const counts = histogramCounts(Float64Array.of(0, 0.5, 1, 1, 2), Float64Array.of(0, 1, 2));
    assert.deepEqual([...counts], [2, 3]);
  });

  it("leaves out values outside the edges", () => {
    assert.deepEqual([...histogramCounts(Float64Array.of(-1, 0, 3), Float64Array.of(0, 1, 2))], [1, 0]);
  });
});

describe("binnedShares", () => {
  it("matches Evidently's get_binned_data on every numerical fixture case, filled and unfilled", () => {
    for (const [name, c] of Object.entries(fixture.numerical)) {
      for (const make of [numerical, sortedNumerical]) {
        const filled = binnedShares(make(c.reference), make(c.current), true);
        assertAllClose(filled.reference, c.binned.reference, `${name} reference`);
        assertAllClose(filled.current, c.binned.current, `${name} current`);
        const unfilled = binnedShares(make(c.reference), make(c.current), false);
        assertAllClose(unfilled.reference, c.binned.referenceUnfilled, `${name} reference unfilled`);
        assertAllClose(unfilled.current, c.binned.currentUnfilled, `${name} current unfilled`);
      }
    }
  });

  it("matches Evidently's get_binned_data on categorical samples, one bin per category present", () => {
    for (const [name, c] of Object.entries(fixture.categorical)) {
      const [reference, current] = categoricalPair(c.reference, c.current);
      const filled = binnedShares(reference, current, true);
      assertAllClose(filled.reference, c.binned.reference, `${name} reference`);
      assertAllClose(filled.current, c.binned.current, `${name} current`);
    }
  });

  it("bins a column with more than 20 distinct reference values and counts fewer one by one", () => {
    assert.equal(fixture.numerical.integer_many_values.binned.histogram, true);
    assert.equal(fixture.numerical.integer_few_values.binned.histogram, false);
    const few = binnedShares(numerical([1, 1, 2]), numerical([2, 3]), false);
    assert.deepEqual([...few.reference], [2 / 3, 1 / 3, 0]);
    assert.deepEqual([...few.current], [0, 0.5, 0.5]);
  });

  it("fills an empty bin with a millionth of the smallest share when that share is at most 1e-4", () => {
    const reference = numerical([...Array(20000).fill(1), 2]);
    const shares = binnedShares(reference, numerical([3]), true);
    assert.equal(shares.reference[2], 1 / 20001 / 1e6);
    assert.equal(shares.current[0], 0.0001);
  });

  it("skips categories that occur in neither sample", () => {
    const shares = binnedShares(
      { type: "categorical", codes: Int32Array.of(0, 2), categories: ["a", "b", "c"] },
      { type: "categorical", codes: Int32Array.of(2), categories: ["a", "b", "c"] },
      false,
    );
    assert.deepEqual([...shares.reference], [0.5, 0.5]);
    assert.deepEqual([...shares.current], [0, 1]);
  });

  it("throws a DataError for an empty sample and a UsageError for mixed types", () => {
    assert.throws(() => binnedShares(numerical([]), numerical([1]), true), DataError);
    assert.throws(() => binnedShares(numerical([1]), { type: "categorical", codes: Int32Array.of(0), categories: ["a"] }, true), UsageError);
  });
});
