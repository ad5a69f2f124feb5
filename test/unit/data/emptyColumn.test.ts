import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { buildBaseline } from "../../../kernel-helpers/baseline/buildBaseline";
import { checkDrift } from "../../../kernel-helpers/check/checkDrift";
import { readTable } from "../../../kernel-helpers/data/readTable";
import { compareTables } from "../../../kernel-helpers/drift/compareTables";
import { DataError } from "../../../kernel-helpers/errors";
import { createRandom } from "../../../kernel-helpers/stats/random";
import { compareDatasets } from "../../../kernel-helpers/summary/compareDatasets";
import { runCli } from "../../helpers/runCli";
import { tempDir } from "../baseline/baselineFixtures";

// A CSV column left empty reads as text (DuckDB has no value to type it by): on the other side it
// is numerical. The user must hear "no values", never "some cells are not numbers".
describe("a column left empty in one file", () => {
  const dir = tempDir();
  const random = createRandom(5);
  const reference = join(dir, "reference.csv");
  const current = join(dir, "current.csv");
  writeFileSync(reference, `a,c\n${Array.from({ length: 300 }, () => `${random.normal().toFixed(4)},${random.next().toFixed(3)}`).join("\n")}\n`);
  writeFileSync(current, `a,c\n${Array.from({ length: 200 }, () => `${(random.normal() + 1).toFixed(4)},`).join("\n")}\n`);
  const noValues = /column 'c' has no values in the current data \(.*current\.csv\): all 200 rows are missing/;

  it("compare says it has no values (files, tables in memory, the CLI)", async () => {
    await assert.rejects(compareDatasets(reference, current), (error: unknown) => error instanceof DataError && noValues.test(error.message));
    const [referenceTable, currentTable] = [await readTable(reference), await readTable(current)];
    assert.throws(() => compareTables(referenceTable, currentTable), (error: unknown) => error instanceof DataError && noValues.test(error.message));
    const run = runCli(["compare", reference, current]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, noValues);
    assert.doesNotMatch(run.stderr, /not numbers/);
  });

  it("a check lists it as a column with no values, and the type test passes", async () => {
    const baseline = buildBaseline(await readTable(reference), { name: "empty", version: "v1" });
    const report = await checkDrift(baseline, await readTable(current), { configFile: false, env: {}, checkMultivariate: false });
    const problem = report.columnProblems.find((p) => p.column === "c");
    assert.equal(problem?.kind, "empty");
    assert.match(problem?.message ?? "", /column 'c' has no values in the current data/);
    assert.equal(report.quality?.tests.find((test) => test.test === "TestColumnsType")?.status, "pass");
    assert.equal(report.quality?.tests.find((test) => test.test === "TestColumnShareOfMissingValues" && test.column === "c")?.status, "fail");
  });
});
