import * as assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import * as vscode from "vscode";
import { driftlens, failureSince, waitFor, workspaceFolder } from "./support";

describe("driftlens in Restricted Mode (untrusted workspace)", () => {
  it("runs in an untrusted workspace with its commands registered", async () => {
    assert.equal(vscode.workspace.isTrusted, false, "this suite needs an untrusted workspace");
    await driftlens();
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.ok(registered.has("driftlens.checkDrift"));
  });

  it("runs no notebook code, even when its controller is asked directly", async () => {
    // VS Code itself asks for trust before running a cell (a modal that would block this test);
    // the controller is the second line of defence, so its handler is called directly here.
    const api = await driftlens();
    const marker = join(workspaceFolder(), "notebook-code-ran.txt");
    const data = new vscode.NotebookData([new vscode.NotebookCellData(vscode.NotebookCellKind.Code, `require("node:fs").writeFileSync(${JSON.stringify(marker)}, "ran");`, "typescript")]);
    const notebook = await vscode.workspace.openNotebookDocument("jupyter-notebook", data);
    const editor = await vscode.window.showNotebookDocument(notebook);
    await vscode.commands.executeCommand("notebook.selectKernel", { editor, id: "driftlens-typescript", extension: "driftlens.driftlens" });
    const { controller } = api.container.kernel;
    await controller.executeHandler(notebook.getCells(), notebook, controller);
    await waitFor("the cell to end", () => notebook.cellAt(0).executionSummary?.success !== undefined, 30_000);
    const cell = notebook.cellAt(0);
    assert.equal(cell.executionSummary?.success, false);
    const text = cell.outputs.flatMap((output) => output.items.map((item) => new TextDecoder().decode(item.data))).join("\n");
    assert.match(text, /Restricted Mode/);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.equal(existsSync(marker), false, "the cell's code ran");
  });

  it("loads no model", async () => {
    const api = await driftlens();
    const count = api.container.failures.length;
    await vscode.commands.executeCommand("driftlens.checkTextDrift");
    assert.match(failureSince(api, count)?.message ?? "", /Restricted Mode/);
  });

  it("checks no database table: the settings name the server and a password would be sent there", async () => {
    const api = await driftlens();
    const count = api.container.failures.length;
    await vscode.commands.executeCommand("driftlens.checkTableDrift", { connection: "any", table: "t" });
    assert.match(failureSince(api, count)?.message ?? "", /Restricted Mode/);
  });

  it("still checks data against a baseline (reading data runs no workspace code)", async () => {
    const root = workspaceFolder();
    const baseline = await vscode.commands.executeCommand<string>("driftlens.buildBaseline", vscode.Uri.file(join(root, "data", "reference.csv")), { name: "credit", version: "v1", target: null, prediction: null, timestamp: null, text: [] });
    assert.ok(baseline && existsSync(join(baseline, "baseline.json")));
  });
});
