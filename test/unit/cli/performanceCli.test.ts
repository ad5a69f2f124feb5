import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
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

  it("baseline takes --task and --positive-label; check takes performance alert rules from driftlens.config.json", () => {
    const dir = tempDir("driftlens-simulate-");
    assert.equal(runCli(["simulate", "--scenario", "label-flips", "--severity", "0.6", "--out", "sim", "--reference-rows", "3000", "--rows", "2000"], { cwd: dir }).code, 0);
    const roles = ["--out", "baselines", "--target", "default", "--prediction", "predicted", "--prediction-proba", "probability"];
    const built = runCli(["baseline", "sim/reference.csv", ...roles, "--name", "credit", "--task", "classification", "--positive-label", "no"], { cwd: dir });
    assert.equal(built.code, 0, built.stderr);
    assert.match(built.stdout, /\nPerformance \(classification, positive class 'no'\): accuracy 0\.\d+, F1 0\.\d+, ROC AUC 0\.\d+\n/);
    const info = JSON.parse(readFileSync(join(dir, "baselines", "credit", "v1", "baseline.json"), "utf8"));
    assert.deepEqual([info.performance.task, info.performance.positiveLabel], ["classification", "no"]);

    const refused = (args: string[], message: RegExp) => {
      const run = runCli(["baseline", "sim/reference.csv", "--out", "baselines", "--name", "refused", ...args], { cwd: dir });
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, message);
    };
    refused([...roles.slice(2), "--positive-label", "maybe"], /--positive-label 'maybe' is not a value of the target column 'default' \(its values: 'no', 'yes'\)/);
    refused(["--target", "default", "--task", "regression"], /--task describes the model, whose performance is measured only with --target and --prediction/);
    refused([...roles.slice(2), "--task", "regression", "--positive-label", "yes"], /leave it out with --task regression/);
    refused([...roles.slice(2), "--task", "ranking"], /--task expects one of classification, regression; got 'ranking'/);
    assert.ok(!existsSync(join(dir, "baselines", "refused")), "nothing written");

    assert.equal(runCli(["baseline", "sim/reference.csv", ...roles, "--name", "plain"], { cwd: dir }).code, 0);
    writeFileSync(join(dir, "driftlens.config.json"), JSON.stringify({ performanceRules: { accuracy: { absolute: 0.99 } } }));
    const check = ["check", "sim/current.csv", "--baseline", "baselines/plain/v1", "--report-dir", "reports", "--fail-on", "critical", "--json", "report.json"];
    const strict = runCli(check, { cwd: dir });
    assert.equal(strict.code, 1, "the config file's absolute limit is broken: CRITICAL");
    assert.match(strict.stdout, /CRITICAL {2}accuracy 0\.\d{3} \(baseline 0\.\d{3}\): below the limit 0\.99/);
    assert.deepEqual(JSON.parse(readFileSync(join(dir, "report.json"), "utf8")).monitoring.performanceRules, { value: { accuracy: { absolute: 0.99 } }, from: "config" });
    const flagged = runCli([...check, "--perf-absolute", "accuracy=0.1"], { cwd: dir });
    assert.equal(flagged.code, 0, "a flag's rule replaces the config file's for that metric");
    assert.deepEqual(JSON.parse(readFileSync(join(dir, "report.json"), "utf8")).monitoring.performanceRules, { value: { accuracy: { absolute: 0.1 } }, from: "option" });
    writeFileSync(join(dir, "driftlens.config.json"), JSON.stringify({ performanceRules: { acuracy: { absolute: 0.9 } } }));
    const typo = runCli(check, { cwd: dir });
    assert.equal(typo.code, 2);
    assert.match(typo.stderr, /driftlens\.config\.json: performanceRules: unknown performance metric 'acuracy'\. Valid metrics: accuracy/);
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
