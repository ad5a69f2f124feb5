import * as assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import * as vscode from "vscode";
import { driftlens, waitFor, workspaceFolder } from "./support";

const CONTROLLER = "driftlens-typescript";

async function openWithKernel(notebook: vscode.NotebookDocument): Promise<vscode.NotebookEditor> {
  const editor = await vscode.window.showNotebookDocument(notebook);
  await vscode.commands.executeCommand("notebook.selectKernel", { editor, id: CONTROLLER, extension: "driftlens.driftlens" });
  // Run only once the selection has reached the controller: a notebook run before then asks which kernel to use, and waits.
  const api = await driftlens();
  await waitFor("the driftlens kernel to be selected for the notebook", () => api.container.kernel.isSelectedFor(notebook), 30_000);
  return editor;
}

async function untitled(...sources: string[]): Promise<vscode.NotebookDocument> {
  const data = new vscode.NotebookData(sources.map((source) => new vscode.NotebookCellData(vscode.NotebookCellKind.Code, source, "typescript")));
  return vscode.workspace.openNotebookDocument("jupyter-notebook", data);
}

const finished = (cell: vscode.NotebookCell) => cell.executionSummary?.success !== undefined;
const outputText = (cell: vscode.NotebookCell) => cell.outputs.flatMap((output) => output.items.map((item) => new TextDecoder().decode(item.data))).join("\n");

describe("driftlens TypeScript notebooks", () => {
  before(async () => {
    await driftlens();
  });

  it("runs the quickstart notebook with the driftlens API and draws the report output", async () => {
    const path = join(workspaceFolder(), "notebooks", "tabular-quickstart.ipynb");
    assert.ok(existsSync(path), "the quickstart notebook is in the workspace");
    const notebook = await vscode.workspace.openNotebookDocument(vscode.Uri.file(path));
    await openWithKernel(notebook);
    await vscode.commands.executeCommand("notebook.execute", notebook.uri);
    const code = notebook.getCells().filter((cell) => cell.kind === vscode.NotebookCellKind.Code);
    await waitFor("every cell to finish", () => code.every(finished), 120_000);
    for (const cell of code) assert.equal(cell.executionSummary?.success, true, `cell ${cell.index + 1} failed: ${outputText(cell)}`);
    const mimes = code.flatMap((cell) => cell.outputs.flatMap((output) => output.items.map((item) => item.mime)));
    assert.ok(mimes.includes("application/vnd.driftlens.report+json"), `outputs: ${[...new Set(mimes)].join(", ")}`);
    assert.match(outputText(code[1]), /Model credit v1 · 2,000 rows · DRIFT/);
    // A single show(figure) is one output of the driftlens figure type (the renderer draws it), without the HTML fallback.
    const figureCell = code.find((cell) => cell.outputs.some((output) => output.items.some((item) => item.mime === "application/vnd.driftlens.figure+json")));
    assert.ok(figureCell, "no cell shows a single figure");
    assert.deepEqual(figureCell.outputs.flatMap((output) => output.items.map((item) => item.mime)).filter((mime) => mime !== "application/vnd.code.notebook.stdout"), ["application/vnd.driftlens.figure+json", "application/vnd.plotly.v1+json", "text/plain"]);
    await vscode.commands.executeCommand("workbench.action.closeActiveEditor");
  });

  for (const example of ["drift-over-time", "model-performance", "text-drift", "image-drift"]) {
    it(`runs the example notebook ${example}.ipynb in the installed extension, counting executions from 1`, async function () {
      // Two runs of up to 150 s each (a cold model load on a busy machine), beyond Mocha's 120 s default.
      this.timeout(360_000);
      const path = join(workspaceFolder(), "notebooks", `${example}.ipynb`);
      assert.ok(existsSync(path), `${example}.ipynb is in the workspace`);
      const notebook = await vscode.workspace.openNotebookDocument(vscode.Uri.file(path));
      await openWithKernel(notebook);
      const code = notebook.getCells().filter((cell) => cell.kind === vscode.NotebookCellKind.Code);
      const states = () => code.map((cell) => `cell ${cell.index + 1}: ${cell.executionSummary?.success ?? "unfinished"}`).join(", ");
      const runAll = async (): Promise<boolean> => {
        // Not awaited: the command's promise once never settled although the run went on; the cells are what counts.
        void Promise.resolve(vscode.commands.executeCommand("notebook.execute", notebook.uri)).then(undefined, () => undefined);
        return waitFor("every cell to finish", () => code.every(finished), 150_000).then(() => true, () => false);
      };
      if (!(await runAll())) {
        // A run that hangs (seen in some CI runs for text-drift, never reproduced outside VS Code) is
        // interrupted and run once more; a second hang fails the test. The retry is logged.
        const retry = `${states()} after 150 s; interrupted and run again`;
        console.log(`# ${example}.ipynb: ${retry}`);
        // Shown in the run's summary line for this test, so that a retry is never silent.
        if (this.test) this.test.title += ` (retried: ${retry})`;
        await vscode.commands.executeCommand("notebook.cancelExecution", notebook.uri);
        await new Promise((resolve) => setTimeout(resolve, 2000));
        assert.ok(await runAll(), `${example}.ipynb did not finish in two runs of 150 s (${states()})`);
      }
      for (const cell of code) assert.equal(cell.executionSummary?.success, true, `cell ${cell.index + 1} failed: ${outputText(cell)}`);
      assert.deepEqual(code.map((cell) => cell.executionSummary?.executionOrder), code.map((_, i) => i + 1), "each notebook counts its own executions from 1");
      for (const cell of code) {
        const mimes = cell.outputs.flatMap((output) => output.items.map((item) => item.mime));
        assert.ok(!outputText(cell).includes("MimeBundle("), `cell ${cell.index + 1} printed a stray MimeBundle line`);
        if (mimes.includes("application/vnd.driftlens.report+json") || mimes.includes("application/vnd.driftlens.figure+json")) assert.ok(!mimes.includes("text/html"), `cell ${cell.index + 1} keeps the HTML fallback beside the renderer's type`);
        const bytes = cell.outputs.reduce((sum, output) => sum + output.items.reduce((size, item) => size + item.data.byteLength, 0), 0);
        assert.ok(bytes <= 300_000, `cell ${cell.index + 1} outputs ${bytes} bytes`);
      }
      await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
    });
  }

  it("opens a new drift notebook from the template, on the driftlens controller, that runs at once", async () => {
    await vscode.commands.executeCommand("driftlens.newNotebook");
    const notebook = await waitFor("the new notebook", () => vscode.window.activeNotebookEditor?.notebook);
    assert.equal(notebook.isUntitled, true);
    await vscode.commands.executeCommand("notebook.execute", notebook.uri);
    const code = notebook.getCells().filter((cell) => cell.kind === vscode.NotebookCellKind.Code);
    await waitFor("every cell to finish", () => code.every(finished), 120_000);
    for (const cell of code) assert.equal(cell.executionSummary?.success, true, `cell ${cell.index + 1} failed: ${outputText(cell)}`);
    const last = code[code.length - 1];
    assert.deepEqual(last.outputs[0]?.items.map((item) => item.mime), ["application/vnd.driftlens.report+json", "text/plain"]);
    await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
  });

  it("keeps variables across cells, awaits at top level and shows the last expression", async () => {
    const notebook = await untitled("const answer: number = await Promise.resolve(41);", "answer + 1");
    await openWithKernel(notebook);
    await vscode.commands.executeCommand("notebook.execute", notebook.uri);
    await waitFor("both cells", () => notebook.getCells().every(finished), 60_000);
    const last = notebook.cellAt(1);
    assert.equal(last.executionSummary?.success, true, outputText(last));
    assert.equal(outputText(last), "42");
  });

  it("names the cell line of an error", async () => {
    const notebook = await untitled("const a = 1;\n\nthrow new Error(`broken ${a}`);");
    await openWithKernel(notebook);
    await vscode.commands.executeCommand("notebook.execute", notebook.uri);
    await waitFor("the cell to fail", () => finished(notebook.cellAt(0)), 60_000);
    const cell = notebook.cellAt(0);
    assert.equal(cell.executionSummary?.success, false);
    const error = cell.outputs[0]?.items.find((item) => item.mime === "application/vnd.code.notebook.error");
    assert.ok(error, `outputs: ${outputText(cell)}`);
    const parsed = JSON.parse(new TextDecoder().decode(error.data));
    assert.equal(parsed.message, "broken 1");
    assert.match(parsed.stack, /Cell 1, line 3/);
  });

  it("interrupts a running cell", async () => {
    const notebook = await untitled("await new Promise((resolve) => setTimeout(resolve, 120000));");
    await openWithKernel(notebook);
    void vscode.commands.executeCommand("notebook.execute", notebook.uri);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await vscode.commands.executeCommand("notebook.cancelExecution", notebook.uri);
    await waitFor("the cell to stop", () => finished(notebook.cellAt(0)), 20_000);
    assert.equal(notebook.cellAt(0).executionSummary?.success, false);
    assert.match(outputText(notebook.cellAt(0)), /Interrupted/);
  });
});
