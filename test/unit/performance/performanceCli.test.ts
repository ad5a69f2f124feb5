import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { runCli } from "../../helpers/runCli";
import { tempDir } from "../baseline/baselineFixtures";

describe("driftlens simulate, then baseline and check with performance (the real binary)", () => {
  it("simulate writes the scenario's files; check measures with labels and estimates without them", () => {
    const dir = tempDir("driftlens-simulate-");
    const sim = join(dir, "sim");
    const simulated = runCli(["simulate", "--scenario", "covariate-shift", "--severity", "0.8", "--out", sim, "--reference-rows", "4000", "--rows", "3000"], { cwd: dir });
    assert.equal(simulated.code, 0, simulated.stderr);
    assert.match(simulated.stdout, /^Scenario covariate-shift, severity 0\.8: inputs move/);
    for (const file of ["reference.csv", "current.csv", "current-unlabelled.csv"]) assert.ok(existsSync(join(sim, file)), file);
    assert.match(readFileSync(join(sim, "current.csv"), "utf8").split("\n")[0], /^age,income,debt_ratio,tenure_months,region,channel,default,predicted,probability,timestamp$/);
    assert.ok(!readFileSync(join(sim, "current-unlabelled.csv"), "utf8").split("\n")[0].includes("default"));

    const built = runCli(["baseline", "sim/reference.csv", "--out", "baselines", "--name", "credit", "--target", "default", "--prediction", "predicted", "--prediction-proba", "probability", "--timestamp", "timestamp"], { cwd: dir });
    assert.equal(built.code, 0, built.stderr);
    const common = ["--baseline", "baselines/credit/v1", "--report-dir", "reports", "--window", "1000", "--fail-on", "none"];
    const labelled = runCli(["check", "sim/current.csv", ...common, "--json", "labelled.json"], { cwd: dir });
    assert.equal(labelled.code, 0, labelled.stderr);
    assert.match(labelled.stdout, /Model performance \(classification, 3,000 labelled of 3,000 rows\):\n {2}accuracy {5}measured {2}0\.\d{3} {2}baseline 0\.\d{3}/);
    assert.match(labelled.stdout, /ADWIN on the error \(1 = wrong prediction, 0 = right\): /);
    const report = JSON.parse(readFileSync(join(dir, "labelled.json"), "utf8"));
    assert.equal(report.performance.current.rows, 3000);

    const unlabelled = runCli(["check", "sim/current-unlabelled.csv", ...common], { cwd: dir });
    assert.equal(unlabelled.code, 0, unlabelled.stderr);
    assert.match(unlabelled.stdout, /accuracy {5}estimated 0\.\d{3} \[0\.\d{3}, 0\.\d{3}\] {2}baseline/);
    assert.match(unlabelled.stdout, /rows 1–1000 +1,000 rows {2}estimated/);

    const strict = runCli(["check", "sim/current.csv", ...common.slice(0, -2), "--fail-on", "critical", "--perf-absolute", "accuracy=0.99"], { cwd: dir });
    assert.equal(strict.code, 1, "an absolute limit that is broken is CRITICAL");
    assert.match(strict.stdout, /CRITICAL {2}accuracy 0\.\d{3} \(baseline 0\.\d{3}\): below the limit 0\.99/);
  });

  it("bad usage exits 2 with one paragraph naming the flag and the way out", () => {
    const dir = tempDir("driftlens-simulate-");
    const unknown = runCli(["simulate", "--scenario", "tornado", "--severity", "0.5", "--out", "x"], { cwd: dir });
    assert.equal(unknown.code, 2);
    assert.equal(unknown.stderr, "driftlens: unknown scenario 'tornado'. Scenarios: covariate-shift, scale-change, new-categories, label-flips, prediction-rate-change.\n");
    const severity = runCli(["simulate", "--scenario", "label-flips", "--severity", "2", "--out", "x"], { cwd: dir });
    assert.equal(severity.code, 2);
    assert.match(severity.stderr, /severity 2 must be a number in \[0, 1\]/);
    assert.ok(!existsSync(join(dir, "x")), "nothing written");
    const missing = runCli(["simulate", "--scenario", "label-flips", "--out", "x"], { cwd: dir });
    assert.match(missing.stderr, /simulate needs --severity S/);
    const rule = runCli(["check", "a.csv", "--baseline", "b", "--perf-absolute", "accuracy"], { cwd: dir });
    assert.equal(rule.code, 2);
    assert.match(rule.stderr, /--perf-absolute expects METRIC=NUMBER, e\.g\. --perf-absolute accuracy=0\.8; got 'accuracy'/);
  });
});
