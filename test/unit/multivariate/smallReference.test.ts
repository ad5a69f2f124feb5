import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { buildBaseline } from "../../../kernel-helpers/baseline/buildBaseline";
import { checkDrift } from "../../../kernel-helpers/check/checkDrift";
import { tableFromColumns } from "../../../kernel-helpers/data/tableFromColumns";
import { multivariateDrift } from "../../../kernel-helpers/multivariate/multivariateDrift";
import { createRandom } from "../../../kernel-helpers/stats/random";
import { tableToCsv } from "../../../kernel-helpers/data/tableToCsv";
import { runCli } from "../../helpers/runCli";
import { tempDir } from "../baseline/baselineFixtures";

describe("a reference too small for the multivariate band", () => {
  const random = createRandom(11);
  const table = (rows: number) => tableFromColumns({ x: Array.from({ length: rows }, () => random.normal()), y: Array.from({ length: rows }, () => random.normal()) });

  it("is 'not checked' in a check (with why), which still tests each column; multivariateDrift itself refuses it", async () => {
    const reference = table(150);
    const report = await checkDrift(buildBaseline(reference, { name: "small", version: "v1" }), table(120), { configFile: false, env: {} });
    assert.equal(report.dataset.columns, 2);
    assert.ok(report.multivariate && "unavailable" in report.multivariate);
    assert.match(report.multivariate.unavailable, /^not checked: multivariate drift needs at least 200 reference rows \(150 given\)/);
    assert.throws(() => multivariateDrift(reference, table(120)), /needs at least 200 reference rows \(150 given\)/);
    const enough = await checkDrift(buildBaseline(table(200), { name: "enough", version: "v1" }), table(120), { configFile: false, env: {} });
    assert.ok(enough.multivariate && "detectors" in enough.multivariate, "200 rows are enough");
  });

  it("lets the CLI check a 150-row baseline (the size of iris) instead of exiting 2", async () => {
    const dir = tempDir();
    const iris = join(dir, "iris.csv");
    await tableToCsv(table(150), iris);
    const built = runCli(["baseline", iris, "--out", dir, "--name", "iris"]);
    assert.equal(built.code, 0, built.stderr);
    const run = runCli(["check", iris, "--baseline", `${dir}/iris/v1`, "--report-dir", dir]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Multivariate drift: not checked: multivariate drift needs at least 200 reference rows \(150 given\)/m);
  });
});
