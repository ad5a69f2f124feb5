import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { driftSummaryCsv } from "../../../kernel-helpers/report/driftSummaryCsv";
import { reportMarkdown } from "../../../kernel-helpers/report/reportMarkdown";
import { HOSTILE_NAMES, hostileReport, loadReport } from "../../helpers/reportFixtures";

/** RFC 4180 rows (quoted cells, doubled quotes, CRLF line ends). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ",") {
      row.push(cell);
      cell = "";
    } else if (!quoted && char === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else {
      cell += char;
    }
  }
  return rows;
}

describe("report.md", () => {
  it("gives the verdict, the alerts, a row per column, prediction and target, performance, embeddings, the windows", () => {
    const report = loadReport("check-report");
    const markdown = reportMarkdown(report);
    assert.match(markdown, /^# Drift report: NO DRIFT\n/);
    assert.match(markdown, /## Alerts\n\n- \*\*WARNING\*\* column 'age' drifted/);
    const rowsOf = (heading: string) => markdown.split(`## ${heading}`)[1].split("\n\n")[1].split("\n").slice(2);
    assert.equal(rowsOf("Columns").length, report.columns.length);
    assert.equal(rowsOf("Prediction and target").length, 2);
    assert.equal(rowsOf("Model performance").length, 3);
    assert.match(markdown, /\| F1 \| 0\.4653 \| 0\.37 \| measured \| \*\*DEGRADED\*\*: 20% below the baseline \(allowed 10%\) \|/);
    const section = report.embeddings?.[0];
    assert.ok(section);
    assert.deepEqual(rowsOf("Embeddings").map((row) => row.split(" | ").slice(0, 3)), [[`| ${section.column.replace("_", "\\_")}`, section.model.id, section.method]]);
    assert.ok(rowsOf("Embeddings")[0].endsWith(section.drifted ? "| **DRIFT** |" : "| no |"));
    assert.equal(rowsOf("Windows (1d)").length, report.windows?.windows.length);
    assert.match(markdown, /\| income \| numerical \| wasserstein \| 0\.4364 \| 0\.1 \| \*\*DRIFT\*\* \| high \|/);
  });

  it("keeps hostile names literal: no HTML, no broken table row, NaN and Infinity scores", () => {
    const markdown = reportMarkdown(hostileReport());
    assert.ok(!/<script|<img|<b>/.test(markdown), "no raw markup");
    assert.ok(markdown.includes("a\\|b\\*c\\_\\[d\\]\\`e\\`"));
    const table = markdown.split("## Columns")[1].split("\n\n")[1].split("\n");
    for (const line of table) assert.equal(line.split(/(?<!\\)\|/).length, 9, line);
    assert.match(markdown, /\| NaN \| 0\.1 \|/);
    assert.match(markdown, /\| Infinity \| 0\.1 \|/);
  });
});

describe("drift_summary.csv", () => {
  it("has a row per feature, prediction and target column with full-precision numbers", () => {
    const report = loadReport("check-report");
    const rows = parseCsv(driftSummaryCsv(report));
    assert.deepEqual(rows[0], ["column", "role", "type", "method", "score", "threshold", "drifted", "severity", "p_value", "statistic", "reference_count", "current_count", "reference_missing", "current_missing"]);
    assert.equal(rows.length, 1 + report.columns.length + 2);
    const income = rows.find((row) => row[0] === "income") as string[];
    assert.equal(Number(income[4]), report.columns.find((column) => column.column === "income")?.score);
    assert.deepEqual(rows.slice(-2).map((row) => [row[0], row[1]]), [["risk_score", "prediction"], ["defaulted", "target"]]);
  });

  it("quotes and guards hostile names so they read back as written, and writes NaN and inf", () => {
    const rows = parseCsv(driftSummaryCsv(hostileReport()));
    const names = rows.slice(1).map((row) => row[0]);
    for (const name of HOSTILE_NAMES.slice(0, 6)) assert.ok(names.includes(name), name);
    assert.ok(names.includes(`'=HYPERLINK("http://example.invalid")`), "a formula is prefixed with '");
    const scores = rows.slice(1).map((row) => row[4]);
    assert.ok(scores.includes("NaN") && scores.includes("inf"), scores.join(" "));
    for (const row of rows) assert.equal(row.length, 14);
  });
});
