import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { buildBaseline } from "../../../kernel-helpers/baseline/buildBaseline";
import type { Baseline } from "../../../kernel-helpers/baseline/baselineInfo";
import { checkDrift } from "../../../kernel-helpers/check/checkDrift";
import type { Table } from "../../../kernel-helpers/data/table";
import { tableFromColumns } from "../../../kernel-helpers/data/tableFromColumns";
import { dataQuality } from "../../../kernel-helpers/quality/dataQuality";
import type { QualityTestResult } from "../../../kernel-helpers/quality/dataQuality";
import { UsageError } from "../../../kernel-helpers/errors";
import { createRandom } from "../../../kernel-helpers/stats/random";

const PLANS = ["basic", "pro", "team"];

/** Rows of age, income, plan and score; `inject` spoils them after drawing. */
function sample(rows: number, seed: number, inject: { missing?: number; outOfRange?: number; newCategory?: number; drop?: string } = {}): Table {
  const random = createRandom(seed);
  const age = new Float64Array(rows);
  const income = new Float64Array(rows);
  const plan: (string | null)[] = [];
  const score = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    age[i] = 40 + 10 * random.normal();
    income[i] = Math.exp(10 + 0.5 * random.normal());
    plan.push(PLANS[random.int(3)]);
    score[i] = random.next();
    if (inject.missing && random.next() < inject.missing) age[i] = NaN;
    if (inject.outOfRange && random.next() < inject.outOfRange) income[i] = 1e9;
    if (inject.newCategory && random.next() < inject.newCategory) plan[i] = "enterprise";
  }
  const columns: Record<string, ArrayLike<unknown>> = { age, income, plan, score };
  if (inject.drop) delete columns[inject.drop];
  return tableFromColumns(columns);
}

const failed = (tests: readonly QualityTestResult[]) => tests.filter((t) => t.status === "fail").map((t) => `${t.test}${t.column ? `:${t.column}` : ""}`);

describe("quality bar: data-quality tests against the baseline", () => {
  const baselines: Baseline[] = [];
  for (let seed = 1; seed <= 5; seed++) baselines.push(buildBaseline(sample(5000, seed), { name: "q", version: `v${seed}` }));

  it("stay quiet on unshifted data (5 seeds)", () => {
    baselines.forEach((baseline, k) => assert.deepEqual(failed(dataQuality(baseline, sample(2000, 100 + k)).tests), [], `seed ${k + 1}`));
  });

  it("10% missing values fail TestColumnShareOfMissingValues for that column and TestShareOfMissingValues (2.5% of all cells)", () => {
    baselines.forEach((baseline, k) => assert.deepEqual(failed(dataQuality(baseline, sample(2000, 200 + k, { missing: 0.1 })).tests), ["TestShareOfMissingValues", "TestColumnShareOfMissingValues:age"]));
  });

  it("5% out-of-range values fail TestShareOfOutRangeValues", () => {
    baselines.forEach((baseline, k) => assert.deepEqual(failed(dataQuality(baseline, sample(2000, 300 + k, { outOfRange: 0.05 })).tests), ["TestShareOfOutRangeValues:income"]));
  });

  it("a new category at 5% fails TestShareOfOutListValues and names it", () => {
    baselines.forEach((baseline, k) => {
      const tests = dataQuality(baseline, sample(2000, 400 + k, { newCategory: 0.05 })).tests;
      assert.deepEqual(failed(tests), ["TestShareOfOutListValues:plan"]);
      assert.match(tests.find((t) => t.test === "TestShareOfOutListValues")?.description ?? "", /new: 'enterprise'/);
    });
  });

  it("a dropped column fails TestNumberOfColumns and TestMissingColumns (CRITICAL)", () => {
    baselines.forEach((baseline, k) => {
      const tests = dataQuality(baseline, sample(2000, 500 + k, { drop: "score" })).tests;
      assert.deepEqual(failed(tests), ["TestNumberOfColumns", "TestMissingColumns"]);
      assert.equal(tests.find((t) => t.test === "TestMissingColumns")?.severity, "CRITICAL");
    });
  });

  it("stay quiet on unshifted log records: an unlabelled target and the logger's own columns are not missing or new columns", () => {
    const withTarget = buildBaseline(sample(5000, 1), { name: "q", version: "t", target: "plan" });
    const logged = sample(300, 800, { drop: "plan" });
    const bookkeeping = tableFromColumns({ request_id: Array.from({ length: 300 }, (_, i) => `r${i}`), timestamp: Float64Array.from({ length: 300 }, (_, i) => 1.7e12 + i) });
    const records: Table = { ...logged, columns: [...logged.columns, ...bookkeeping.columns] };
    const tests = dataQuality(withTarget, records, {}, 100, ["request_id", "timestamp"]).tests;
    assert.deepEqual(failed(tests), []);
    assert.match(tests.find((t) => t.test === "TestNumberOfColumns")?.description ?? "", /'request_id', 'timestamp' not counted; target 'plan' not labelled yet/);
    assert.deepEqual(failed(dataQuality(withTarget, records).tests), ["TestNumberOfColumns", "TestNewColumns"], "without sourceColumns the extra columns count");
    assert.deepEqual(failed(dataQuality(withTarget, sample(300, 801, { drop: "score" }), {}, 100, ["request_id"]).tests), ["TestNumberOfColumns", "TestMissingColumns"], "a dropped feature still fails");
  });

  it("counts failures as alerts and in the exit level, takes conditions from driftlens.config.json, and can be turned off", async () => {
    const baseline = baselines[0];
    const report = await checkDrift(baseline, sample(2000, 600, { drop: "score" }), { configFile: false });
    assert.ok(report.alerts.some((a) => a.kind === "data-quality" && a.level === "CRITICAL" && /TestMissingColumns/.test(a.message)));
    const folder = mkdtempSync(join(tmpdir(), "driftlens-quality-"));
    writeFileSync(join(folder, "driftlens.config.json"), JSON.stringify({ quality: { TestNumberOfRows: { gte: 3000, severity: "CRITICAL" }, TestColumnShareOfMissingValues: { columns: { age: { lte: 0.2 } } } } }));
    const configured = await checkDrift(baseline, sample(2000, 601, { missing: 0.1 }), { cwd: folder });
    assert.deepEqual(failed(configured.quality?.tests ?? []), ["TestNumberOfRows", "TestShareOfMissingValues"]);
    assert.equal(configured.quality?.tests.find((t) => t.test === "TestNumberOfRows")?.conditionFrom, "config");
    const off = await checkDrift(baseline, sample(2000, 602), { configFile: false, checkQuality: false, checkMultivariate: false });
    assert.equal(off.quality, undefined);
    assert.equal(off.multivariate, undefined);
  });

  it("refuses a bad condition with the test and field named", async () => {
    await assert.rejects(checkDrift(baselines[0], sample(500, 1), { configFile: false, quality: { TestNumberOfRow: { gte: 1 } } as never }), (error: unknown) => error instanceof UsageError && /unknown data-quality test 'TestNumberOfRow'/.test(error.message));
    await assert.rejects(checkDrift(baselines[0], sample(500, 1), { configFile: false, quality: { TestNumberOfRows: { atLeast: 1 } } as never }), /TestNumberOfRows.atLeast is not a field/);
  });

  it("keeps old baselines (no category list) testable from their top values, and says 'not tested' when it cannot", () => {
    const info = baselines[0].info;
    const old: Baseline = { ...baselines[0], info: { ...info, columns: info.columns.map((c) => (c.type === "categorical" ? { ...c, profile: { ...c.profile, categories: undefined } } : c)) } };
    assert.deepEqual(failed(dataQuality(old, sample(2000, 700, { newCategory: 0.05 })).tests), ["TestShareOfOutListValues:plan"]);
    const wide: Baseline = { ...old, sample: null, info: { ...old.info, sample: { ...old.info.sample, complete: false }, columns: old.info.columns.map((c) => (c.type === "categorical" ? { ...c, profile: { ...c.profile, distinct: 99 } } : c)) } };
    const test = dataQuality(wide, sample(2000, 701)).tests.find((t) => t.test === "TestShareOfOutListValues");
    assert.equal(test?.status, "not tested");
  });
});
