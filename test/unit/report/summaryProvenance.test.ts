import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { compareDatasets } from "../../../kernel-helpers/summary/compareDatasets";
import { formatScore } from "../../../kernel-helpers/formatScore";
import { consoleSummary } from "../../../kernel-helpers/report/consoleSummary";
import { reportHtml } from "../../../kernel-helpers/report/reportHtml";
import { reportNotes } from "../../../kernel-helpers/report/reportNotes";
import { summaryProvenanceText } from "../../../kernel-helpers/report/summaryProvenanceText";
import { createRandom } from "../../../kernel-helpers/stats/random";

const folder = mkdtempSync(join(tmpdir(), "driftlens-provenance-"));
after(() => rmSync(folder, { recursive: true, force: true }));

/** A CSV of `rows` rows: a continuous column (every value distinct), a column of 7 integer codes and a category. */
function csv(name: string, rows: number, seed: number, shift: number): string {
  const random = createRandom(seed);
  const lines = ["amount,code,region"];
  for (let i = 0; i < rows; i++) lines.push(`${(random.next() * 100 + shift).toFixed(6)},${Math.floor(random.next() * 7)},${["north", "south", "east"][Math.floor(random.next() * 3)]}`);
  const path = join(folder, name);
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

describe("how a column tested from summaries was computed", () => {
  it("words each kind: exact, approximate with its bound, sampled", () => {
    const engines = { reference: "memory", current: "clickhouse" };
    assert.equal(summaryProvenanceText({ exactness: "exact", engines }), "exact (reference memory, current clickhouse)");
    assert.equal(summaryProvenanceText({ exactness: "approximate", engines, cells: 4096, largestCellShare: 0.0004, bound: { of: "D", maxError: 0.0004 } }), "approximate on 4,096 cells (D off by at most 0.0004) (reference memory, current clickhouse)");
    assert.equal(summaryProvenanceText({ exactness: "approximate", engines, cells: 10, largestCellShare: 0.25 }), "approximate on 10 cells (no stated bound; the largest cell holds 25% of a side) (reference memory, current clickhouse)");
    assert.equal(summaryProvenanceText({ exactness: "sampled", engines, sampleRows: { reference: 5000, current: 1200 } }), "sampled (seeded samples of 5,000 and 1,200 rows) (reference memory, current clickhouse)");
  });

  it("is printed per column by the console summary and listed in the HTML report and the panel's notes, from the report's own provenance", async () => {
    const report = await compareDatasets(csv("reference.csv", 3000, 1, 0), csv("current.csv", 2500, 2, 5), { sampleCap: 1000, distinctCap: 100 });
    const amount = report.columns.find((column) => column.column === "amount");
    const code = report.columns.find((column) => column.column === "code");
    assert.equal(amount?.summaries?.exactness, "approximate");
    assert.equal(code?.summaries?.exactness, "exact");
    const text = consoleSummary(report);
    const block = text.slice(text.indexOf("Computed where the data lives:"));
    assert.match(block, new RegExp(`\\n  approximate on [\\d,]+ cells \\(score off by at most ${formatScore(amount?.summaries?.bound?.maxError as number).replace(".", "\\.")}\\) \\(reference duckdb, current duckdb\\): amount \\(wasserstein\\)`));
    assert.match(block, /\n {2}exact \(reference duckdb, current duckdb\): code \(\w+\), region \(\w+\)/);
    const notes = reportNotes(report).computed;
    assert.equal(notes.length, 3);
    assert.ok(notes.some((line) => line.startsWith("amount (wasserstein): approximate on ")), notes.join("\n"));
    const html = reportHtml(report);
    assert.match(html, /<h3>Computed where the data lives<\/h3><ul><li>amount \(wasserstein\): approximate on /);
  });

  it("is absent from a report computed on rows", async () => {
    const report = await compareDatasets(csv("small-reference.csv", 300, 3, 0), csv("small-current.csv", 300, 4, 0));
    assert.equal(report.columns[0].summaries, undefined);
    assert.doesNotMatch(consoleSummary(report), /Computed where the data lives/);
    assert.deepEqual(reportNotes(report).computed, []);
    assert.doesNotMatch(reportHtml(report), /Computed where the data lives/);
  });
});
