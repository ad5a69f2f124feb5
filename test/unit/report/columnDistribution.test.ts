import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CategoricalColumn, NumericalColumn, Table } from "../../../kernel-helpers/data/table";
import type { CategoryDistribution, ColumnDistribution, HistogramDistribution } from "../../../kernel-helpers/drift/columnDistribution";
import { DISTRIBUTION_MAX_BINS, DISTRIBUTION_MAX_CATEGORIES } from "../../../kernel-helpers/drift/columnDistribution";
import { compareTables } from "../../../kernel-helpers/drift/compareTables";
import { createRandom } from "../../../kernel-helpers/stats/random";
import { creditSample } from "../../../kernel-helpers/synth/creditSample";

const numerical = (name: string, values: number[]): NumericalColumn => ({ name, type: "numerical", values: Float64Array.from(values) });
const table = (...columns: (NumericalColumn | CategoricalColumn)[]): Table => ({ rowCount: columns[0].type === "numerical" ? columns[0].values.length : columns[0].codes.length, source: "memory", columns });
const distributionOf = (reference: Table, current: Table, column: string): ColumnDistribution => {
  const result = compareTables(reference, current).columns.find((candidate) => candidate.column === column);
  assert.ok(result?.distribution, `no distribution for ${column}`);
  return result.distribution;
};
const total = (counts: readonly number[]) => counts.reduce((sum, count) => sum + count, 0);

describe("column distributions in drift reports", () => {
  const reference = creditSample({ rows: 20_000, seed: 1 });
  const current = creditSample({ rows: 5_000, seed: 2, drift: 1 });

  it("bins a numerical column into at most 30 bins of a nice width, and accounts for every value", () => {
    const income = distributionOf(reference, current, "income") as HistogramDistribution;
    assert.equal(income.kind, "histogram");
    const bins = income.edges.length - 1;
    assert.ok(bins >= 10 && bins <= DISTRIBUTION_MAX_BINS + 2, `${bins} bins`);
    const step = income.edges[1] - income.edges[0];
    const mantissa = step / 10 ** Math.floor(Math.log10(step));
    assert.ok([1, 2, 5].some((nice) => Math.abs(mantissa - nice) < 1e-9), `step ${step} is not 1, 2 or 5 × 10^k`);
    income.edges.slice(1).forEach((edge, i) => assert.ok(Math.abs(edge - income.edges[i] - step) < step * 1e-9, "equal widths"));
    assert.equal(total(income.reference) + income.referenceOutside[0] + income.referenceOutside[1], 20_000);
    assert.equal(total(income.current) + income.currentOutside[0] + income.currentOutside[1], 5_000);
    assert.ok(income.referenceOutside[1] > 0, "the long right tail of income is cut off, and counted");
    assert.ok(income.referenceOutside[1] <= 0.006 * 20_000, "no more than the 0.5% tail of a side lies beyond the range");
  });

  it("centres the bins of an integer-valued column on whole numbers", () => {
    const age = distributionOf(reference, current, "age") as HistogramDistribution;
    assert.equal(age.kind, "histogram");
    for (const edge of age.edges) assert.equal(Math.abs(edge % 1), 0.5, `edge ${edge}`);
  });

  it("counts a numerical column with few values value by value, in ascending order", () => {
    const d = distributionOf(table(numerical("n", [3, 1, 2, 2, 10])), table(numerical("n", [2, 10, 10, 7])), "n") as CategoryDistribution;
    assert.deepEqual(d, { kind: "categories", labels: ["1", "2", "3", "7", "10"], reference: [1, 2, 1, 0, 1], current: [0, 1, 0, 1, 2], referenceOther: 0, currentOther: 0 });
  });

  it("keeps the 20 most frequent categories over both sides and counts the rest as other", () => {
    const random = createRandom(5);
    const dictionary = Array.from({ length: 30 }, (_, i) => `c${String(i).padStart(2, "0")}`);
    const codes = (n: number) => Int32Array.from({ length: n }, () => Math.min(29, Math.floor(-Math.log(1 - random.next()) * 8)));
    const d = distributionOf(
      table({ name: "k", type: "categorical", codes: codes(3000), dictionary }),
      table({ name: "k", type: "categorical", codes: codes(1000), dictionary }),
      "k",
    ) as CategoryDistribution;
    assert.equal(d.labels.length, DISTRIBUTION_MAX_CATEGORIES);
    assert.equal(total(d.reference) + d.referenceOther, 3000);
    assert.equal(total(d.current) + d.currentOther, 1000);
    const combined = d.reference.map((count, i) => count + d.current[i]);
    assert.deepEqual(combined, [...combined].sort((a, b) => b - a), "most frequent first");
    assert.ok(d.referenceOther + d.currentOther > 0);
  });

  it("stays finite and ordered for huge magnitudes and for values crowded at one point", () => {
    const huge = Array.from({ length: 100 }, (_, i) => (i - 50) * 3e306);
    const crowded = Array.from({ length: 100 }, (_, i) => 1e15 + i * 0.125);
    for (const values of [huge, crowded]) {
      const d = distributionOf(table(numerical("x", values)), table(numerical("x", values.map((v) => v * 0.5))), "x") as HistogramDistribution;
      assert.equal(d.kind, "histogram");
      assert.ok(d.edges.every(Number.isFinite), `finite edges for ${values[0]}`);
      d.edges.slice(1).forEach((edge, i) => assert.ok(edge > d.edges[i], "increasing edges"));
      assert.equal(total(d.reference) + d.referenceOutside[0] + d.referenceOutside[1], 100);
    }
  });

  it("stays a few hundred bytes per column however many rows there are", () => {
    const big = compareTables(creditSample({ rows: 200_000, seed: 3 }), creditSample({ rows: 100_000, seed: 4, drift: 0.5 }));
    for (const column of big.columns) assert.ok(JSON.stringify(column.distribution).length < 1500, `${column.column}: ${JSON.stringify(column.distribution).length} bytes`);
  });

  it("survives a JSON round trip unchanged", () => {
    const report = compareTables(reference, current);
    assert.deepEqual(JSON.parse(JSON.stringify(report.columns.map((column) => column.distribution))), report.columns.map((column) => column.distribution));
  });
});
