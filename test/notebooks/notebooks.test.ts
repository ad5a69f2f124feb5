import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { repoPath } from "../helpers/paths";

interface Output {
  readonly output_type: string;
  readonly data?: Record<string, unknown>;
  readonly text?: string | string[];
  readonly ename?: string;
  readonly evalue?: string;
}
interface Notebook {
  readonly cells: { readonly cell_type: string; readonly execution_count?: number | null; readonly outputs?: Output[] }[];
  readonly metadata: { readonly kernelspec?: { readonly name: string } };
}

const REPORT_MIME = "application/vnd.driftlens.report+json";
const PLOTLY_MIME = "application/vnd.plotly.v1+json";
const read = (path: string) => JSON.parse(readFileSync(path, "utf8")) as Notebook;
const names = readdirSync(repoPath("notebooks")).filter((name) => name.endsWith(".ipynb")).sort();

/** What each example must show: the kind of report it displays, whether it shows a table, a line it prints. */
const EXPECTED: Record<string, { kind: string; table: boolean; prints: RegExp }> = {
  "tabular-quickstart.ipynb": { kind: "check", table: true, prints: /Model credit v1 · 2,000 rows · (NO )?DRIFT/ },
  "drift-over-time.ipynb": { kind: "check", table: true, prints: /Windows \(1d by event_time/ },
  "text-drift.ipynb": { kind: "compare", table: true, prints: /Words of this week: \w+/ },
  "image-drift.ipynb": { kind: "compare", table: false, prints: /Image drift: (DRIFT|no drift) \(mmd p = / },
  "model-performance.ipynb": { kind: "check", table: true, prints: /Model performance \(classification, 0 labelled of 5,000 rows\):\n {2}accuracy {5}estimated/ },
};

describe("example notebooks", () => {
  it("are committed without outputs, for the tslab kernel", () => {
    assert.deepEqual(names, Object.keys(EXPECTED).sort(), "every example notebook has its expectations here");
    for (const name of names) {
      const notebook = read(repoPath("notebooks", name));
      assert.equal(notebook.metadata.kernelspec?.name, "tslab", name);
      for (const cell of notebook.cells.filter((candidate) => candidate.cell_type === "code")) {
        assert.deepEqual([cell.execution_count ?? null, cell.outputs], [null, []], `${name} has an executed cell`);
      }
    }
  });

  it("run headless in tslab through jupyter nbconvert, without error, showing drift reports and Plotly figures", () => {
    const out = mkdtempSync(join(tmpdir(), "driftlens-notebooks-out-"));
    try {
      const run = spawnSync(process.execPath, [repoPath("scripts/run-notebooks.mjs"), "--out", out], { encoding: "utf8", cwd: repoPath() });
      assert.equal(run.status, 0, `run-notebooks failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
      for (const name of names) {
        const notebook = read(join(out, name));
        const code = notebook.cells.filter((cell) => cell.cell_type === "code");
        // tslab leaves execution_count empty; every example cell prints or displays something, so an output shows it ran.
        assert.ok(code.every((cell) => (cell.outputs ?? []).length > 0), `${name}: every cell ran`);
        const outputs = code.flatMap((cell) => cell.outputs ?? []);
        assert.deepEqual(outputs.filter((output) => output.output_type === "error").map((output) => `${output.ename}: ${output.evalue}`), [], name);
        const displays = outputs.filter((output) => output.output_type === "display_data").map((output) => Object.keys(output.data ?? {}));
        assert.ok(displays.some((types) => [REPORT_MIME, PLOTLY_MIME, "text/html", "text/plain"].every((type) => types.includes(type))), `${name}: a report display with all four types (${JSON.stringify(displays)})`);
        assert.ok(displays.some((types) => types.includes(PLOTLY_MIME) && !types.includes(REPORT_MIME)), `${name}: a figure display`);
        const expected = EXPECTED[name];
        assert.equal(displays.some((types) => types.join() === "text/html,text/plain"), expected.table, `${name}: a table display`);
        const report = outputs.find((output) => output.data?.[REPORT_MIME])?.data?.[REPORT_MIME] as { schemaVersion: number; kind: string };
        assert.deepEqual([report.schemaVersion, report.kind], [1, expected.kind], name);
        const text = outputs.filter((output) => output.output_type === "stream").map((output) => [output.text ?? ""].flat().join("")).join("");
        assert.match(text, expected.prints, name);
        // dl.show / dl.table display once and return nothing in tslab: no "MimeBundle(…)" line after a display.
        assert.doesNotMatch(text, /MimeBundle\(/, `${name}: a stray MimeBundle line`);
        assert.deepEqual(outputs.filter((output) => output.output_type === "execute_result" && /MimeBundle\(/.test(String(output.data?.["text/plain"] ?? ""))), [], `${name}: a MimeBundle result`);
        // show(report) is compact by default (the report and summary figure as JSON, a static summary): ≤ 300 KB.
        for (const output of outputs.filter((candidate) => candidate.data?.[REPORT_MIME])) {
          const bytes = JSON.stringify(output.data).length;
          assert.ok(bytes <= 300_000, `${name}: a report output of ${bytes} bytes`);
        }
        // A single figure carries the driftlens figure type (drawn by the VS Code renderer), the Plotly JSON (JupyterLab) and, unless asked for static, an HTML page that draws it anywhere.
        const figures = outputs.filter((output) => output.data?.["application/vnd.driftlens.figure+json"]);
        assert.ok(figures.every((output) => output.data?.[PLOTLY_MIME]), `${name}: a figure without its Plotly JSON`);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
