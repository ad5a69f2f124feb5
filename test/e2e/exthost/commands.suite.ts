import * as assert from "node:assert/strict";
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as vscode from "vscode";
import type { NameNode, VersionNode, ReportNode } from "../../../extension/tree/baselinesTree";
import { driftlens, failureSince, waitFor, workspaceFolder } from "./support";

const root = () => workspaceFolder();
const file = (path: string) => vscode.Uri.file(join(root(), path));

describe("driftlens in VS Code: commands, tree, status bar, settings", () => {
  it("activates quickly and registers every contributed command", async () => {
    const api = await driftlens();
    const extension = vscode.extensions.getExtension("driftlens.driftlens");
    const contributed = (extension?.packageJSON.contributes.commands as { command: string }[]).map((c) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(contributed.filter((id) => !registered.has(id)), [], "contributed but not registered");
    assert.ok(contributed.length >= 16, `only ${contributed.length} commands contributed`);
    const resultFile = process.env.DRIFTLENS_E2E_ACTIVATION;
    if (resultFile) writeFileSync(resultFile, JSON.stringify({ activationMs: api.activationMs }));
    assert.ok(api.activationMs > 0 && api.activationMs < 1000, `activation took ${api.activationMs} ms`);
  });

  it("builds a baseline, checks current data against it and writes the report files", async () => {
    const baselinePath = await vscode.commands.executeCommand<string>("driftlens.buildBaseline", file("data/reference.csv"), { name: "credit", version: "v1", target: "has_default", prediction: null, timestamp: null, text: [] });
    assert.equal(baselinePath, join(root(), ".driftlens", "baselines", "credit", "v1"));
    const info = JSON.parse(readFileSync(join(baselinePath, "baseline.json"), "utf8"));
    assert.equal(info.roles.target, "has_default");
    assert.ok(existsSync(join(baselinePath, "reference.parquet")));

    const result = await vscode.commands.executeCommand<{ reportPath: string; latestPath: string }>("driftlens.checkDrift", file("data/current.csv"), baselinePath);
    assert.ok(result, "check returned nothing");
    const report = JSON.parse(readFileSync(result.latestPath, "utf8"));
    assert.equal(report.kind, "check");
    assert.equal(report.baseline.name, "credit");
    assert.equal(report.dataset.drifted, true, "the example current batch drifts");
    assert.ok(report.target, "the target column is reported apart");
    assert.ok(existsSync(result.reportPath));
    assert.equal(readFileSync(result.reportPath, "utf8"), readFileSync(result.latestPath, "utf8"));
  });

  it("shows the latest verdict in the status bar", async () => {
    const api = await driftlens();
    const report = JSON.parse(readFileSync(join(root(), ".driftlens", "reports", "credit", "latest.json"), "utf8"));
    assert.match(api.container.statusBar.text, new RegExp(`Drift: DRIFT ${report.dataset.driftedColumns}/${report.dataset.columns} ▲ (LOW|MEDIUM|HIGH)$`));
  });

  it("lists baselines by name and version, with the latest verdict and the reports", async () => {
    const api = await driftlens();
    const names = (await api.container.tree.getChildren()) as NameNode[];
    const credit = names.find((node) => node.name === "credit");
    assert.ok(credit, `tree roots: ${names.map((n) => n.name).join(", ")}`);
    assert.equal(credit.latest?.dataset.drifted, true);
    const item = api.container.tree.getTreeItem(credit);
    assert.match(String(item.description), new RegExp(`^Drift: DRIFT ${credit.latest?.dataset.driftedColumns}/${credit.latest?.dataset.columns} ▲ [A-Z]+ · v1$`));
    const children = await api.container.tree.getChildren(credit);
    const versions = children.filter((node): node is VersionNode => node.kind === "version");
    const reports = children.filter((node): node is ReportNode => node.kind === "report");
    assert.deepEqual(versions.map((node) => node.listing.version), ["v1"]);
    assert.equal(reports.length, 1);
    assert.equal(api.container.tree.getTreeItem(versions[0]).contextValue, "driftlens.baselineVersion");
    // A report reads "2026-12-06 23:56 · DRIFT 5/9 · current.csv", its tooltip says what was checked.
    const entry = api.container.tree.getTreeItem(reports[0]);
    assert.match(String(entry.label), new RegExp(`^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} · DRIFT ${credit.latest?.dataset.driftedColumns}/${credit.latest?.dataset.columns} · current\\.csv$`));
    const tooltip = (entry.tooltip as vscode.MarkdownString).value.replace(/\\(.)/g, "$1");
    assert.match(tooltip, /DRIFT/);
    assert.match(tooltip, /data\/current\.csv(\s|&nbsp;)\(2,000(\s|&nbsp;)rows\)/);
  });

  it("opens the report panel for a check and for Open Latest Report", async () => {
    const api = await driftlens();
    const opened = await vscode.commands.executeCommand<string>("driftlens.openLatestReport");
    assert.ok(opened?.endsWith("latest.json"));
    assert.ok(api.container.panels.openKeys.includes("credit"));
  });

  it("respects the settings: drift share and the baselines folder", async () => {
    const config = vscode.workspace.getConfiguration("driftlens");
    await config.update("driftShare", 0.9, vscode.ConfigurationTarget.Workspace);
    await config.update("baselinesDirectory", "models/baselines", vscode.ConfigurationTarget.Workspace);
    try {
      const baselinePath = await vscode.commands.executeCommand<string>("driftlens.buildBaseline", file("data/reference.csv"), { name: "credit", version: "v2", target: null, prediction: null, timestamp: null, text: [] });
      assert.equal(baselinePath, join(root(), "models", "baselines", "credit", "v2"));
      const result = await vscode.commands.executeCommand<{ latestPath: string }>("driftlens.checkDrift", file("data/current.csv"), baselinePath);
      const report = JSON.parse(readFileSync(result.latestPath, "utf8"));
      assert.equal(report.dataset.driftShare, 0.9);
      assert.equal(report.dataset.drifted, false, "5/9 drifted columns is below a drift share of 0.9");
    } finally {
      await config.update("driftShare", undefined, vscode.ConfigurationTarget.Workspace);
      await config.update("baselinesDirectory", undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it("ends bad input in a clear message and writes nothing", async () => {
    const api = await driftlens();
    const baselines = join(root(), ".driftlens", "baselines");
    const before = readdirSync(baselines).sort();
    const cases: [string, () => Thenable<unknown>, RegExp][] = [
      ["a file that is not data", () => vscode.commands.executeCommand("driftlens.buildBaseline", file("data/notes.txt"), { name: "notes", version: "v1" }), /is not a data file driftlens reads/],
      ["a CSV without numeric columns", () => vscode.commands.executeCommand("driftlens.buildBaseline", file("data/labels-only.csv"), { name: "labels", version: "v1", target: null, prediction: null, timestamp: null, text: [] }), /has no numeric columns/],
      ["a folder that is not a baseline", () => vscode.commands.executeCommand("driftlens.checkDrift", file("data/current.csv"), join(root(), "data")), /is not a baseline version folder/],
      ["an existing baseline version", () => vscode.commands.executeCommand("driftlens.buildBaseline", file("data/reference.csv"), { name: "credit", version: "v1", target: null, prediction: null, timestamp: null, text: [] }), /exists already/],
    ];
    for (const [what, act, message] of cases) {
      const count = api.container.failures.length;
      assert.equal(await act(), undefined, what);
      const failure = failureSince(api, count);
      assert.ok(failure, `${what}: no message shown`);
      assert.equal(failure.kind, "user", `${what}: ${failure.message}`);
      assert.match(failure.message, message, what);
    }
    assert.deepEqual(readdirSync(baselines).sort(), before, "a bad input left files behind");
  });

  it("refuses a text model setting that points nowhere", async () => {
    const api = await driftlens();
    const config = vscode.workspace.getConfiguration("driftlens");
    await config.update("textModel", "models/no-such-model", vscode.ConfigurationTarget.Workspace);
    try {
      const count = api.container.failures.length;
      await vscode.commands.executeCommand("driftlens.checkTextDrift");
      const failure = failureSince(api, count);
      assert.match(failure?.message ?? "", /The model of driftlens\.textModel \('models\/no-such-model'\) cannot be used: /);
    } finally {
      await config.update("textModel", undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it("re-checks a watched log folder when a file changes, shows each check in the baseline's open report panel, and stops", async () => {
    const api = await driftlens();
    const { panels } = api.container;
    const baselinePath = join(root(), ".driftlens", "baselines", "credit", "v1");
    const reportsDir = join(root(), ".driftlens", "reports", "credit");
    const saved = () => readdirSync(reportsDir).filter((name) => name.endsWith(".json") && !name.startsWith(".") && name !== "latest.json").sort();
    const latestLink = join(reportsDir, "latest.json");
    await vscode.commands.executeCommand("driftlens.openLatestReport");
    await waitFor("the credit panel to show latest.json", () => panels.shownReports.get("credit") === latestLink, 60_000);
    const before = saved().length;
    await vscode.commands.executeCommand("driftlens.watchLogs", join(root(), "logs"), baselinePath);
    await waitFor("the first watched check", () => saved().length > before, 60_000);
    const first = join(reportsDir, saved().at(-1) ?? "");
    await waitFor(`the panel to show the first watched check (${first})`, () => panels.shownReports.get("credit") === first, 30_000);
    const afterFirst = saved().length;
    copyFileSync(join(root(), "data", "reference.csv"), join(root(), "logs", "batch-2.csv"));
    await waitFor("a check after the change", () => saved().length > afterFirst, 60_000);
    const second = join(reportsDir, saved().at(-1) ?? "");
    await waitFor(`the panel to show the check after the change (${second})`, () => panels.shownReports.get("credit") === second, 30_000);
    const report = JSON.parse(readFileSync(second, "utf8"));
    assert.equal(report.current.rows, 2000 + 5000, "the watched check read both log files (2,000 current rows and 5,000 reference rows)");
    assert.equal(await vscode.commands.executeCommand("driftlens.stopWatching", join(root(), "logs")), true);
  });

  it("simulates a drift scenario: writes both samples whole and opens their comparison", async () => {
    const api = await driftlens();
    const folder = await vscode.commands.executeCommand<string>("driftlens.simulateDrift", "covariate-shift", 0.8);
    assert.equal(folder, join(root(), ".driftlens", "simulated", "covariate-shift-0.8"));
    for (const name of ["reference.csv", "current.csv"]) assert.ok(existsSync(join(folder, name)), `${name} is missing`);
    assert.deepEqual(readdirSync(join(root(), ".driftlens", "simulated")).filter((name) => name.endsWith(".tmp")), [], "a staging folder was left behind");
    assert.ok(api.container.panels.openKeys.includes(`compare:${join(folder, "reference.csv")}`), `open panels: ${api.container.panels.openKeys.join(", ")}`);
  });

  it("compares two files and opens their comparison, saving nothing", async () => {
    const api = await driftlens();
    const reportsBefore = readdirSync(join(root(), ".driftlens", "reports", "credit")).sort();
    const result = await vscode.commands.executeCommand<{ drifted: boolean; driftScore: number }>("driftlens.compareFiles", file("data/reference.csv"), file("data/current.csv"));
    assert.equal(result?.drifted, true, "the example current batch drifts");
    assert.ok(result.driftScore > 0.5 && result.driftScore <= 1, `drift score ${result.driftScore}`);
    assert.ok(api.container.panels.openKeys.includes(`compare:${join(root(), "data", "reference.csv")}`), `open panels: ${api.container.panels.openKeys.join(", ")}`);
    assert.deepEqual(readdirSync(join(root(), ".driftlens", "reports", "credit")).sort(), reportsBefore, "a comparison saved a report");
  });

  it("checks data against the baseline a tree item names (Check Data Against This Baseline…)", async () => {
    const api = await driftlens();
    const names = (await api.container.tree.getChildren()) as NameNode[];
    const credit = names.find((node) => node.name === "credit");
    assert.ok(credit, "the credit baseline is in the tree");
    const version = (await api.container.tree.getChildren(credit)).find((node): node is VersionNode => node.kind === "version" && node.listing.version === "v1");
    assert.ok(version, "credit/v1 is in the tree");
    const result = await vscode.commands.executeCommand<{ latestPath: string }>("driftlens.checkWithBaseline", version, file("data/reference.csv"));
    const report = JSON.parse(readFileSync(result.latestPath, "utf8"));
    assert.equal(report.baseline.version, "v1");
    assert.match(report.current.source, /reference\.csv$/);
    assert.equal(report.dataset.drifted, false, "the training data does not drift from its own baseline");
  });

  it("says what to pick when Reveal in Explorer or Delete Baseline reaches it without a tree item", async () => {
    const api = await driftlens();
    const cases: [string, RegExp][] = [
      ["driftlens.revealInExplorer", /^Pick a baseline version or a report in the Baselines view to reveal it in the Explorer\.$/],
      ["driftlens.deleteBaseline", /^Pick a baseline version in the Baselines view to delete it\.$/],
    ];
    for (const [command, message] of cases) {
      const count = api.container.failures.length;
      await vscode.commands.executeCommand(command);
      const failure = failureSince(api, count);
      assert.equal(failure?.kind, "user", `${command}: ${failure?.message ?? "no message shown"}`);
      assert.match(failure?.message ?? "", message);
    }
  });

  it("deletes a baseline version from the tree", async () => {
    const api = await driftlens();
    const path = join(root(), "models", "baselines", "credit", "v2");
    assert.ok(existsSync(path));
    const deleted = await vscode.commands.executeCommand("driftlens.deleteBaseline", { kind: "version", listing: { name: "credit", version: "v2", path } }, { confirm: false });
    assert.equal(deleted, true);
    assert.equal(existsSync(path), false);
    assert.equal(api.container.failures.at(-1)?.kind === "bug", false);
  });

  // Last: it makes "fraud" the active baseline, which the tests above read as "credit".
  it("leaves an identifier out of the score with its reason; status bar, tree and verdict agree on NO DRIFT with one HIGH column", async () => {
    const api = await driftlens();
    const baselinePath = await vscode.commands.executeCommand<string>("driftlens.buildBaseline", file("data/fraud-reference.csv"), { name: "fraud", version: "v1", target: null, prediction: null, timestamp: null, text: [] });
    const info = JSON.parse(readFileSync(join(baselinePath, "baseline.json"), "utf8"));
    const id = info.columns.find((column: { name: string }) => column.name === "transaction_id");
    assert.equal(id.role, "identifier");
    assert.match(id.identifier, /named 'transaction_id', with 1,500 distinct values in 1,500 rows/);
    // The amounts moved a lot, which the multivariate detectors see too (DRIFT); a team that knows
    // amounts move on their own watches the other columns together, through the workspace's
    // driftlens.config.json — the NO DRIFT with one HIGH column that the signals must agree on.
    const config = join(workspaceFolder(), "driftlens.config.json");
    writeFileSync(config, JSON.stringify({ multivariate: { columns: ["merchant_category", "hour", "customer_age", "country", "device", "distance_from_home_km", "num_items"] } }));
    let result: { latestPath: string };
    try {
      result = await vscode.commands.executeCommand<{ latestPath: string }>("driftlens.checkDrift", file("data/fraud-current.csv"), baselinePath);
    } finally {
      rmSync(config, { force: true });
    }
    const report = JSON.parse(readFileSync(result.latestPath, "utf8"));
    assert.deepEqual(report.multivariate?.columns?.length, 7, "the workspace's driftlens.config.json chose the multivariate columns");
    assert.equal(report.dataset.drifted, false);
    assert.deepEqual(report.columns.filter((column: { drifted: boolean }) => column.drifted).map((column: { column: string; severity: string }) => `${column.column} ${column.severity}`), ["amount high"]);
    const skipped = report.skipped.find((skip: { column: string }) => skip.column === "transaction_id");
    assert.equal(skipped.role, "identifier");
    assert.match(skipped.reason, /^looks like an identifier: .*--include-column transaction_id/);
    const engine = await api.container.engine();
    assert.match(engine.verdictLine(report), /NO DRIFT \(score \d+%, 1\/8 columns\)/);
    assert.equal(api.container.statusBar.text, "$(pulse) Drift: NO DRIFT · 1/8");
    assert.equal(api.container.statusBar.background, undefined, "no amber or red for NO DRIFT");
    assert.match(api.container.statusBar.tooltip, /NO DRIFT \(score \d+%, 1\/8 columns\)/);
    const fraud = ((await api.container.tree.getChildren()) as NameNode[]).find((node) => node.name === "fraud");
    assert.ok(fraud);
    const item = api.container.tree.getTreeItem(fraud);
    assert.equal(item.description, "Drift: NO DRIFT · 1/8 · v1");
    assert.match(String(item.tooltip), /NO DRIFT \(score \d+%, 1\/8 columns\)/);
    assert.equal((item.iconPath as vscode.ThemeIcon).id, "database");
  });

});
