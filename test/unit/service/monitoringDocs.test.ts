import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { buildBaseline } from "../../../kernel-helpers/baseline/buildBaseline";
import { checkDrift } from "../../../kernel-helpers/check/checkDrift";
import { saveBaseline } from "../../../kernel-helpers/baseline/saveBaseline";
import { checkCommand } from "../../../kernel-helpers/cli/checkCommand";
import { serveCommand } from "../../../kernel-helpers/cli/serveCommand";
import { watchCommand } from "../../../kernel-helpers/cli/watchCommand";
import { SETTING_ENV_VARS } from "../../../kernel-helpers/config/monitoringSettings";
import { createInferenceLogger } from "../../../kernel-helpers/logger/createInferenceLogger";
import { createServiceMetrics } from "../../../kernel-helpers/service/serviceMetrics";
import { creditSample } from "../../../kernel-helpers/synth/creditSample";
import { repoPath } from "../../helpers/paths";
import { runCli } from "../../helpers/runCli";
import { tempDir, withPredictions } from "../baseline/baselineFixtures";
import { creditRecords } from "../logger/logFixtures";
import { parseExposition } from "./prometheusExposition";

const HOUR = 3_600_000;

/** A workspace as the docs assume it: `<root>/baselines/credit/v1` and `<root>/logs/credit` holding a drifted last day. */
async function documentedWorkspace(baselines: string, logs: string): Promise<void> {
  await saveBaseline(buildBaseline(withPredictions(creditSample({ rows: 2000, seed: 1 }), 0.08, 1), { name: "credit", version: "v1", target: "has_default", prediction: "decision" }), baselines);
  const logger = createInferenceLogger({ dir: logs, flushIntervalMs: HOUR, columns: { label: "has_default", prediction: "decision" } });
  const now = Date.now();
  for (const record of creditRecords({ rows: 600, seed: 9, drift: 1, withLabel: true, time: (i) => now - 10 * HOUR + i * 30_000 })) logger.log(record);
  await logger.close();
}

/** The `args:` list of the CronJob's container, in order. */
function cronJobArgs(yaml: string): string[] {
  const lines = yaml.split("\n");
  const start = lines.findIndex((line) => /^\s+args:\s*$/.test(line));
  const args: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const item = /^\s+- (\S+)\s*$/.exec(line);
    if (!item) break;
    args.push(item[1]);
  }
  return args;
}

describe("the monitoring docs run as written", () => {
  it("the Kubernetes CronJob's command checks the last day of logs and fails on a CRITICAL alert", async () => {
    const yaml = readFileSync(repoPath("docs/kubernetes-cronjob.yaml"), "utf8");
    const args = cronJobArgs(yaml);
    assert.equal(args[0], "check");
    assert.ok(args.includes("--since") && args.includes("--fail-on"), args.join(" "));
    for (const name of yaml.matchAll(/- name: (DRIFT_[A-Z_]+)/g)) assert.ok(Object.values(SETTING_ENV_VARS).includes(name[1]), `${name[1]} is a setting driftlens reads`);
    const root = tempDir("driftlens-cronjob-");
    await documentedWorkspace(join(root, "baselines"), join(root, "logs", "credit"));
    const run = runCli(args.map((arg) => arg.replace(/^\/data\//, `${root}/`)), { cwd: root });
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /^Model credit v1 · 600 rows · DRIFT .* CRITICAL/);
    assert.ok(existsSync(join(root, "reports", "credit", "latest.json")));
  });

  it("the GitHub Actions step checks the fetched logs and fails on a CRITICAL alert", async () => {
    const workflow = readFileSync(repoPath("docs/github-actions-drift-check.yml"), "utf8");
    const command = /run: npx driftlens (check .*)$/m.exec(workflow)?.[1];
    assert.ok(command, "the workflow runs driftlens check");
    const root = tempDir("driftlens-actions-");
    await documentedWorkspace(join(root, ".driftlens", "baselines"), join(root, "logs", "credit"));
    const run = runCli(command.split(" "), { cwd: root });
    assert.equal(run.code, 1, run.stderr);
    assert.equal(JSON.parse(readFileSync(join(root, "drift-report.json"), "utf8")).current.rows, 600);
  });

  it("the README and docs name only flags the commands have", () => {
    const usages: Record<string, string> = { check: checkCommand.usage, watch: watchCommand.usage, serve: serveCommand.usage };
    const texts = ["README.md", "docs/kubernetes-cronjob.yaml", "docs/github-actions-drift-check.yml"].map((file) => readFileSync(repoPath(file), "utf8"));
    let checked = 0;
    for (const text of texts) {
      for (const [line, command, rest] of text.matchAll(/driftlens (check|watch|serve)\b([^\n`|]*)/g)) {
        for (const [flag] of rest.matchAll(/--[a-z-]+/g)) {
          assert.ok(usages[command].includes(`${flag} `), `'${flag}' in "${line.trim()}" is an option of driftlens ${command}`);
          checked++;
        }
      }
    }
    assert.ok(checked >= 10, `${checked} flags checked`);
  });

  it("the Grafana dashboard queries only metrics the service exposes", async () => {
    const dashboard = JSON.parse(readFileSync(repoPath("docs/grafana-dashboard.json"), "utf8"));
    const panels = dashboard.panels as { id: number; targets: { expr: string }[]; gridPos: object }[];
    assert.equal(new Set(panels.map((panel) => panel.id)).size, panels.length, "panel ids are unique");
    assert.ok(panels.every((panel) => panel.gridPos && panel.targets.length > 0));

    const baseline = buildBaseline(withPredictions(creditSample({ rows: 1000, seed: 1 }), 0.08, 1), { name: "credit", version: "v1", target: "has_default", prediction: "decision" });
    const report = await checkDrift(baseline, withPredictions(creditSample({ rows: 500, seed: 2, drift: 1 }), 0.3, 2), { configFile: false, env: {} });
    const metrics = createServiceMetrics();
    metrics.observeCheck("credit", 0.2, 500, "ok");
    const families = parseExposition(metrics.render([{ name: "credit", path: "", report }], new Map([["credit", { logged: 1, labels: 0, written: 1, files: 1, dropped: 0, lost: 0, buffered: 0 }]])));
    const exprs = [...panels.flatMap((panel) => panel.targets.map((target) => target.expr)), dashboard.templating.list[0].definition as string];
    const used = new Set(exprs.flatMap((expr) => [...expr.matchAll(/driftlens_[a-z_]+/g)].map(([name]) => name)));
    for (const name of used) {
      const family = name.replace(/_(bucket|sum|count)$/, "");
      assert.ok(families.has(name) || families.get(family)?.type === "histogram", `${name} is exposed by /metrics`);
    }
    assert.ok(used.size >= 10, `the dashboard uses ${used.size} metrics`);
  });
});
