import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { tableColumnSource } from "../../../kernel-helpers/data/columnSource";
import { readTable } from "../../../kernel-helpers/data/readTable";
import type { CategoricalColumn, Column, NumericalColumn, Table } from "../../../kernel-helpers/data/table";
import { tableToCsv } from "../../../kernel-helpers/data/tableToCsv";
import { compareDatasets } from "../../../kernel-helpers/summary/compareDatasets";
import type { ColumnProgress, CompareOptions } from "../../../kernel-helpers/drift/compareOptions";
import { MAX_BATCH_COLUMNS, batchWidth, compareSources } from "../../../kernel-helpers/drift/compareSources";
import { compareTables } from "../../../kernel-helpers/drift/compareTables";
import type { DriftReport } from "../../../kernel-helpers/drift/driftReport";
import { DataError, UsageError } from "../../../kernel-helpers/errors";
import { createRandom } from "../../../kernel-helpers/stats/random";
import { statTestsFor } from "../../../kernel-helpers/stats/registry";

const dir = mkdtempSync(join(tmpdir(), "driftlens-sources-"));
after(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A seeded table with the cases a column test meets: continuous values with NaN and ±Infinity,
 * integers with ties, a column of few values (tested as categories by default), a shifted
 * column, and categorical columns with missing codes and a category only one side has.
 */
function sample(rows: number, seed: number, shift: number, name: string): Table {
  const random = createRandom(seed);
  const numerical = (column: string, value: (i: number) => number): NumericalColumn => ({ name: column, type: "numerical", values: Float64Array.from({ length: rows }, (_, i) => value(i)) });
  const categorical = (column: string, dictionary: string[], code: (i: number) => number): CategoricalColumn => ({ name: column, type: "categorical", codes: Int32Array.from({ length: rows }, (_, i) => code(i)), dictionary });
  return {
    rowCount: rows,
    source: name,
    columns: [
      numerical("gauss", (i) => (i % 17 === 0 ? NaN : i % 41 === 0 ? Infinity : random.normal() + shift)),
      numerical("ties", () => Math.round(8 * random.next() + 3 * shift)),
      numerical("few", () => random.int(3)),
      numerical("tail", () => Math.exp(random.normal() * (1 + shift))),
      categorical("level", ["a", "b", "c", "d"], (i) => (i % 13 === 0 ? -1 : Math.min(3, Math.floor(4 * Math.pow(random.next(), 1 + shift))))),
      categorical("flag", ["no", "yes"], () => (random.next() < 0.2 + shift / 4 ? 1 : 0)),
      categorical("fresh", shift > 0 ? ["x", "y", "z"] : ["x", "y"], () => random.int(shift > 0 ? 3 : 2)),
      { name: "note", type: "text", values: Array.from({ length: rows }, (_, i) => `n${i % 5}`) },
    ],
  };
}

/** A report without what differs from run to run (the time it was made and took). */
function stable(report: DriftReport): unknown {
  const { createdAt: _created, durationMs: _duration, ...rest } = report;
  return rest;
}

const reference = sample(600, 1, 0, "reference");
const current = sample(500, 2, 0.4, "current");
/** So small a budget that every batch holds one column, and two workers share the batches. */
const batchedParallel: CompareOptions = { workers: 2, memoryBudget: 1 };

describe("compareSources: batched and parallel gives the serial results to the bit", () => {
  for (const type of ["numerical", "categorical"] as const) {
    for (const test of statTestsFor(type)) {
      it(`${test.name} on ${type} columns`, async () => {
        // Fisher's exact test takes binary columns only.
        const options: CompareOptions = type === "numerical" ? { numericalMethod: test.name, categoricalMethod: "chisquare" }
          : test.name === "fisher_exact" ? { categoricalMethod: "chisquare", columnMethods: { flag: test.name } }
          : { categoricalMethod: test.name };
        const serial = compareTables(reference, current, options);
        const parallel = await compareSources(tableColumnSource(reference), tableColumnSource(current), { ...options, ...batchedParallel });
        assert.deepEqual(stable(parallel), stable(serial));
      });
    }
  }

  it("with the default tests, a correction and per-column thresholds", async () => {
    const options: CompareOptions = { correction: "fdr", columnThresholds: { tail: 0.2 }, seed: 7 };
    const serial = compareTables(reference, current, options);
    const parallel = await compareSources(tableColumnSource(reference), tableColumnSource(current), { ...options, workers: 2, memoryBudget: 20_000 });
    assert.deepEqual(stable(parallel), stable(serial));
  });

  it("leaves an in-memory table's arrays usable (copied to the workers, not moved)", async () => {
    await compareSources(tableColumnSource(reference), tableColumnSource(current), batchedParallel);
    assert.equal((reference.columns[0] as NumericalColumn).values.length, 600);
  });

  it("reads files in column batches, moving their arrays to the workers, with the results of reading them whole", async () => {
    const referencePath = join(dir, "reference.csv");
    const currentPath = join(dir, "current.csv");
    await tableToCsv(reference, referencePath);
    await tableToCsv(current, currentPath);
    const types = { note: "text" } as const;
    const serial = compareTables(await readTable(referencePath, { types }), await readTable(currentPath, { types }));
    const seen: ColumnProgress[] = [];
    const batched = await compareDatasets(referencePath, currentPath, { ...batchedParallel, types, onProgress: (progress) => seen.push(progress) });
    assert.deepEqual(stable(batched), stable(serial));
    const whole = await compareDatasets(referencePath, currentPath, { workers: 2, types });
    assert.deepEqual(stable(whole), stable(serial));
    assert.deepEqual(seen.map((p) => p.done), [1, 2, 3, 4, 5, 6, 7, 8]);
    assert.ok(seen.every((p) => p.total === 8));
  });

  it("throws the first failing column's error, with its class, from a worker", async () => {
    await assert.rejects(
      compareSources(tableColumnSource(reference), tableColumnSource(current), { ...batchedParallel, columnMethods: { level: "ks" } }),
      (error: unknown) => error instanceof UsageError && /ks/.test(error.message) && /level/.test(error.message),
    );
    const empty: Table = { ...current, columns: current.columns.map((column): Column => (column.name === "ties" ? { name: "ties", type: "numerical", values: new Float64Array(500).fill(NaN) } : column)) };
    const serialError = (() => {
      try {
        compareTables(reference, empty);
      } catch (error) {
        return error as Error;
      }
    })();
    await assert.rejects(compareSources(tableColumnSource(reference), tableColumnSource(empty), batchedParallel), (error: unknown) => error instanceof DataError && error.message === serialError?.message);
  });

  it("rejects a memory budget or worker count that is not one", async () => {
    await assert.rejects(compareSources(tableColumnSource(reference), tableColumnSource(current), { memoryBudget: 0 }), UsageError);
    await assert.rejects(compareSources(tableColumnSource(reference), tableColumnSource(current), { workers: -1 }), UsageError);
  });
});

describe("batchWidth", () => {
  it("fits the columns being read and tested into the budget, at least one and at most MAX_BATCH_COLUMNS", () => {
    assert.equal(batchWidth(512 * 2 ** 20, 2_000_000, 2), 3);
    assert.equal(batchWidth(512 * 2 ** 20, 500_000, 2), 20);
    assert.equal(batchWidth(512 * 2 ** 20, 100_000, 2), MAX_BATCH_COLUMNS, "109 columns fit; a batch holds 32");
    assert.equal(batchWidth(1, 100_000, 2), 1);
  });
});
