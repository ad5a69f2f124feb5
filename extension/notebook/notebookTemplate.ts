import * as vscode from "vscode";

const code = (lines: readonly string[]) => new vscode.NotebookCellData(vscode.NotebookCellKind.Code, lines.join("\n"), "typescript");
const markdown = (lines: readonly string[]) => new vscode.NotebookCellData(vscode.NotebookCellKind.Markup, lines.join("\n"), "markdown");

/**
 * The New Drift Notebook template: runs as it is (seeded synthetic credit data stands in for
 * real files), with tslab's kernelspec so the same notebook runs under Jupyter + tslab.
 */
export function driftNotebookTemplate(): vscode.NotebookData {
  const data = new vscode.NotebookData([
    markdown([
      "# Is my model drifting?",
      "",
      "Compares a reference dataset (what the model was trained on) with current data (e.g. last night's inference logs),",
      "column by column, with Evidently's drift tests. Run All: the last cell draws the report.",
      "To use your own files, replace the two synthetic tables with `await dl.readTable(\"data/train.csv\")`.",
    ]),
    code(['import * as dl from "driftlens";']),
    code([
      "const reference = dl.creditSample({ rows: 5000, seed: 1 });",
      "const current = dl.creditSample({ rows: 2000, seed: 2, drift: 0.6 });",
      "const report = dl.compareTables(reference, current);",
      "console.log(dl.consoleSummary(report));",
    ]),
    code(["report"]),
  ]);
  data.metadata = {
    metadata: {
      kernelspec: { display_name: "TypeScript", language: "typescript", name: "tslab" },
      language_info: { name: "typescript", file_extension: ".ts", mimetype: "text/typescript" },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  return data;
}
