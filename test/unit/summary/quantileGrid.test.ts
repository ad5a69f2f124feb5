import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { compareDatasets } from "../../../kernel-helpers/summary/compareDatasets";
import { withDuckdbFiles } from "../../../kernel-helpers/summary/duckdbEngine";
import { quantileGrid, quantileGridCell } from "../../../kernel-helpers/summary/quantileGrid";
import { gridCountsOf } from "../../../kernel-helpers/summary/tableQueries";
import { createRandom } from "../../../kernel-helpers/stats/random";
import { sortedCopy } from "../../../kernel-helpers/stats/sortedCopy";

const folder = mkdtempSync(join(tmpdir(), "driftlens-quantile-grid-"));
after(() => rmSync(folder, { recursive: true, force: true }));

/** Log-normal values (σ = 1.5: most of the mass near 0, a long right tail), `zeros` of them 0, full precision. */
function logNormal(rows: number, seed: number, shift: number, zeros = 0): Float64Array {
  const random = createRandom(seed);
  return Float64Array.from({ length: rows }, (_, i) => {
    if (i < zeros) return 0;
    const normal = Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
    return Math.exp(1.5 * normal + shift);
  });
}

function csv(name: string, values: Float64Array): string {
  const path = join(folder, name);
  writeFileSync(path, `amount\n${Array.from(values, (value) => String(value)).join("\n")}\n`);
  return path;
}

describe("the grid of reference quantiles that columns above the distinct-value cap are counted on", () => {
  it("cuts the range at the reference's quantiles, closer together in the tails", () => {
    const reference = sortedCopy(logNormal(20_000, 1, 0));
    const grid = quantileGrid(reference, reference[0], reference[reference.length - 1] * 2, 4096);
    assert.equal(grid.cellsPerInterval, 64);
    assert.equal(grid.cells, grid.cellsPerInterval * (grid.edges.length - 1));
    for (let i = 1; i < grid.edges.length; i++) assert.ok(grid.edges[i] > grid.edges[i - 1], `edge ${i}`);
    const perInterval = new Float64Array(grid.edges.length - 1);
    for (const value of reference) perInterval[Math.floor(quantileGridCell(value, grid) / grid.cellsPerInterval)]++;
    // Interval k holds the reference between levels (1 − cos(π(k)/64)) / 2 and (1 − cos(π(k+1)/64)) / 2.
    perInterval.forEach((count, k) => {
      const share = (Math.cos((Math.PI * k) / 64) - Math.cos((Math.PI * (k + 1)) / 64)) / 2;
      assert.ok(Math.abs(count / reference.length - share) < 0.0015, `interval ${k}: ${count / reference.length} vs ${share}`);
    });
    assert.ok(perInterval[63] / reference.length < 0.002, "the last interval of a long tail holds little");
  });

  it("collapses repeated quantiles into one edge", () => {
    const values = sortedCopy(logNormal(1000, 2, 0, 600));
    const grid = quantileGrid(values, 0, values[values.length - 1], 100);
    assert.ok(grid.edges.length - 1 < 10, `${grid.edges.length - 1} intervals`);
    assert.equal(grid.edges[0], 0);
    assert.ok(grid.edges[1] > 0);
  });

  it("gives every value the same cell in DuckDB's SQL as in TypeScript, and the same counts, lowest and highest value per cell", async () => {
    const values = logNormal(5000, 3, 1, 200);
    const path = csv("cells.csv", values);
    const sorted = sortedCopy(values);
    const grid = quantileGrid(sorted.subarray(0, 4000), sorted[0], sorted[sorted.length - 1], 4096);
    const expected = new Map<number, { count: number; min: number; max: number }>();
    for (const value of sorted) {
      const cell = quantileGridCell(value, grid);
      const held = expected.get(cell);
      expected.set(cell, held ? { count: held.count + 1, min: held.min, max: value } : { count: 1, min: value, max: value });
    }
    const counted = await withDuckdbFiles(path, (engine) => gridCountsOf(engine, engine.columns[0], () => "true", grid));
    assert.ok(counted);
    assert.deepEqual([...counted.entries()].sort((a, b) => a[0] - b[0]), [...expected.entries()].sort((a, b) => a[0] - b[0]));
  });

  it("keeps KS and Wasserstein on heavy-tailed data within a small stated bound, where one uniform grid over the range would put most values in one cell", async () => {
    const reference = csv("reference.csv", logNormal(20_000, 4, 0));
    const current = csv("current.csv", logNormal(15_000, 5, 0.05));
    for (const method of ["ks", "wasserstein"]) {
      const exact = await compareDatasets(reference, current, { method });
      const grid = await compareDatasets(reference, current, { method, sampleCap: 1000, distinctCap: 100, gridCells: 4096 });
      const [column, wanted] = [grid.columns[0], exact.columns[0]];
      assert.equal(column.summaries?.exactness, "approximate", method);
      const bound = column.summaries?.bound?.maxError as number;
      const [got, want] = method === "ks" ? [column.statistic as number, wanted.statistic as number] : [column.score, wanted.score];
      assert.ok(Math.abs(got - want) <= bound + 1e-12, `${method}: ${got} vs ${want}, bound ${bound}`);
      assert.ok(bound < (method === "ks" ? 0.002 : 0.01), `${method} bound ${bound}`);
      assert.equal(column.drifted, wanted.drifted, method);
    }
  });

  it("counts a value that holds much of a side exactly: its cell adds nothing to the bound", async () => {
    const reference = csv("zeros-reference.csv", logNormal(10_000, 6, 0, 4000));
    const current = csv("zeros-current.csv", logNormal(10_000, 7, 0, 5000));
    const exact = await compareDatasets(reference, current, { method: "ks" });
    const grid = await compareDatasets(reference, current, { method: "ks", sampleCap: 1000, distinctCap: 100, gridCells: 4096 });
    const bound = grid.columns[0].summaries?.bound?.maxError as number;
    assert.ok(grid.columns[0].summaries?.largestCellShare !== undefined && grid.columns[0].summaries.largestCellShare < 0.01, `largest share ${grid.columns[0].summaries?.largestCellShare}`);
    assert.ok(Math.abs((grid.columns[0].statistic as number) - (exact.columns[0].statistic as number)) <= bound + 1e-12);
    assert.ok(bound < 0.01, `bound ${bound}`);
  });
});
