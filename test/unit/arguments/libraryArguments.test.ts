import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import * as dl from "../../../kernel-helpers/index";
import { show } from "../../../kernel-helpers/notebook/show";
import { table } from "../../../kernel-helpers/notebook/table";
import { DataError, UsageError } from "../../../kernel-helpers/errors";
import { repoPath } from "../../helpers/paths";
import { runCli } from "../../helpers/runCli";
import { tempDir } from "../baseline/baselineFixtures";

const rows = Array.from({ length: 60 }, (_, i) => ({ age: 20 + (i % 30), plan: i % 3 === 0 ? "pro" : "free" }));

/** Asserts that `run` throws (or rejects with) an error of `type` whose message matches every pattern. */
async function refuses(run: () => unknown, type: typeof UsageError | typeof DataError, ...patterns: RegExp[]): Promise<void> {
  let caught: unknown;
  try {
    await run();
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof type, `expected a ${type.name}, got ${String(caught)}`);
  for (const pattern of patterns) assert.match((caught as Error).message, pattern);
}

describe("the library checks its arguments at the door", () => {
  it("a hole in the rows array is a DataError naming the row", async () => {
    const holey = rows.slice();
    delete holey[3];
    await refuses(() => dl.compareDatasets(holey, rows), DataError, /row 3 is a hole \(the array has no element there\)/);
    // eslint-disable-next-line no-sparse-arrays
    await refuses(() => dl.checkDrift(dl.buildBaseline(dl.tableFromRecords(rows), { name: "m", version: "v1" }), [rows[0], , rows[1]] as never), DataError, /row 1 is a hole/);
  });

  it("a Symbol or a function among the values is a DataError naming the column and the row", async () => {
    const withSymbol = rows.map((row, i) => (i === 2 ? { ...row, plan: Symbol("x") } : row));
    await refuses(() => dl.compareDatasets(withSymbol, rows), DataError, /column 'plan', row 2: a Symbol \(Symbol\(x\)\) is not a value driftlens can test/);
    await refuses(() => dl.compareDatasets(rows, { age: [1, 2, () => 3] }), DataError, /column 'age', row 2: a function is not a value/);
  });

  it("columns given as one string is named, with the form it takes", async () => {
    await refuses(() => dl.compareDatasets(rows, rows, { columns: "age" as unknown as string[] }), UsageError, /the option 'columns' must be an array of column names such as \["age", "region"\], but it is a string \("age"\)/);
    await refuses(() => dl.compareTables(dl.tableFromRecords(rows), dl.tableFromRecords(rows), { columns: "age" as unknown as string[] }), UsageError, /option 'columns'/);
    await refuses(() => dl.compareDatasets(rows, rows, { columns: ["age", 3] as unknown as string[] }), UsageError, /an array holding a number \(3\)/);
  });

  it("null, a string or a number in place of data, a baseline or options names the argument", async () => {
    await refuses(() => dl.checkDrift(null as unknown as dl.Baseline, rows), UsageError, /^checkDrift: the argument 'baseline' must be a Baseline \(from buildBaseline, or loadBaseline for a saved one\), but it is null\.$/);
    const baseline = dl.buildBaseline(dl.tableFromRecords(rows), { name: "m", version: "v1" });
    await refuses(() => dl.checkDrift(baseline, null as unknown as string), UsageError, /checkDrift: the argument 'current' must be a file path, a Table, .* but it is null/);
    await refuses(() => dl.checkDrift(baseline, rows, "fast" as unknown as dl.CheckOptions), UsageError, /checkDrift: the argument 'options' must be an object of options/);
    await refuses(() => dl.compareDatasets(undefined as unknown as string, rows), UsageError, /compareDatasets: the argument 'reference' .* but it is undefined/);
    await refuses(() => dl.compareDatasets(rows, 42 as unknown as string), UsageError, /compareDatasets: the argument 'current' .* but it is a number \(42\)/);
    await refuses(() => dl.buildBaseline(null as unknown as dl.Table, { name: "m", version: "v1" }), UsageError, /buildBaseline: the argument 'table' must be a Table/);
    await refuses(() => dl.buildBaseline(rows as unknown as dl.Table, { name: "m", version: "v1" }), UsageError, /buildBaseline: the argument 'table' .* but it is an array of 60 items/);
    await refuses(() => dl.buildBaseline(dl.tableFromRecords(rows), undefined as unknown as dl.BuildBaselineOptions), UsageError, /buildBaseline: the argument 'options' must be an object with at least name and version/);
  });

  it("notebook helpers and renderers refuse what is not a table, a report or a figure", async () => {
    await refuses(() => table(null as unknown as never), UsageError, /^table: the argument 'input' must be a Table, .* but it is null\.$/);
    await refuses(() => show(null as unknown as never), UsageError, /^show: the argument 'item' must be a drift report .* or a figure \(from reportFigures\), but it is null\.$/);
    await refuses(() => show({} as never), UsageError, /show: .* but it is an object with no keys\./);
    await refuses(() => show("x" as never), UsageError, /show: .* but it is a string \("x"\)\./);
    for (const [name, render] of [
      ["reportHtml", dl.reportHtml],
      ["reportMarkdown", dl.reportMarkdown],
      ["driftSummaryCsv", dl.driftSummaryCsv],
      ["reportFigures", dl.reportFigures],
      ["summaryHtml", dl.summaryHtml],
      ["consoleSummary", dl.consoleSummary],
    ] as const) {
      await refuses(() => (render as (report: unknown) => unknown)({}), UsageError, new RegExp(`^${name}: the argument 'report' must be a drift report`));
    }
    await refuses(() => dl.writeReportFiles(tempDir(), { columns: [] } as never), UsageError, /writeReportFiles: the argument 'report' .* an object with keys columns/);
  });

  it("scenario names are looked up as own names: __proto__, constructor, toString are unknown scenarios", async () => {
    for (const scenario of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      await refuses(() => dl.simulateScenario({ scenario, severity: 0.5 }), UsageError, new RegExp(`unknown scenario '${scenario}'\\. Scenarios: covariate-shift`));
    }
    await refuses(() => dl.simulateScenario(null as never), UsageError, /simulateScenario: the argument 'options'/);
  });

  it("a column named constructor or __proto__ is an ordinary column for types, methods and thresholds", async () => {
    const odd = Array.from({ length: 80 }, (_, i) => JSON.parse(`{"constructor": ${i % 7}, "__proto__": ${i % 5}, "toString": "v${i % 3}"}`) as Record<string, unknown>);
    const report = await dl.compareDatasets(odd, odd, { types: { toString: "categorical" as const }, columnMethods: { toString: "chisquare" }, columnThresholds: { toString: 0.01 } });
    assert.deepEqual(report.columns.map((column) => `${column.column}:${column.type}`).sort(), ["__proto__:numerical", "constructor:numerical", "toString:categorical"]);
    assert.equal(report.dataset.drifted, false);
  });
});

describe("the CLI refuses prototype names as user input (exit 2, not 3)", () => {
  it("simulate --scenario constructor, __proto__, toString, hasOwnProperty", () => {
    const out = tempDir();
    for (const scenario of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      const run = runCli(["simulate", "--scenario", scenario, "--severity", "0.5", "--out", out]);
      assert.equal(run.code, 2, `${scenario}: ${run.stderr}`);
      assert.match(run.stderr, new RegExp(`^driftlens: unknown scenario '${scenario}'\\. Scenarios: covariate-shift, `));
    }
  });

  it("--perf-relative __proto__=0.1 is an unknown metric, not silently dropped", () => {
    const run = runCli(["check", repoPath("examples/data/current.csv"), "--baseline", join(tempDir(), "credit", "v1"), "--perf-relative", "__proto__=0.1"]);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /unknown performance metric '__proto__'\. Valid metrics: accuracy/);
  });
});
