import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compareDatasets } from "../../../kernel-helpers/summary/compareDatasets";
import { datasetDrift } from "../../../kernel-helpers/drift/datasetDrift";
import { consoleSummary } from "../../../kernel-helpers/report/consoleSummary";
import { reportHtml } from "../../../kernel-helpers/report/reportHtml";
import { reportMarkdown } from "../../../kernel-helpers/report/reportMarkdown";
import { summaryHtml } from "../../../kernel-helpers/report/summaryHtml";
import { reportVerdict, verdictPlain } from "../../../kernel-helpers/report/reportVerdict";

describe("nothing tested is never 'no drift' (in-process)", () => {
  it("compareDatasets([], []) is NOT CHECKED, not drifted:false in silence", async () => {
    const report = await compareDatasets([], []);
    assert.equal(report.dataset.verdict, "NOT CHECKED");
    assert.equal(report.dataset.drifted, false);
    assert.match(report.dataset.notChecked ?? "", /no column could be tested/);
    assert.equal(reportVerdict(report).state, "not-checked");
  });

  it("a table of text columns only is NOT CHECKED in every formatter", async () => {
    const rows = [{ note: "a calm day" }, { note: "a windy night" }];
    const report = await compareDatasets(rows, rows, { types: { note: "text" } });
    assert.equal(report.dataset.verdict, "NOT CHECKED");
    assert.match(consoleSummary(report), /^Dataset drift: NOT CHECKED · 0 of 0 columns tested: no column could be tested/m);
    assert.match(verdictPlain(reportVerdict(report)), /^NOT CHECKED \(0 of 0 columns tested/);
    assert.match(reportMarkdown(report), /^# Drift report: NOT CHECKED\n/);
    assert.match(summaryHtml(report), /<strong style="color:#f76707">NOT CHECKED<\/strong>/);
    assert.match(reportHtml(report), /<section class="verdict not-checked"><strong>NOT CHECKED<\/strong>/);
  });

  it("a column whose t_test overflows (±1e308) is not tested, counted, and warned about", async () => {
    const report = await compareDatasets(
      [{ mag: 1e308 }, { mag: -1e308 }, { mag: 1e308 }, { mag: -1e308 }, { x: 1, mag: 1 }].map(({ mag }, i) => ({ mag, n: i })),
      [{ mag: -1e308 }, { mag: 1e308 }, { mag: 1e308 }, { mag: 1e307 }, { mag: 2 }].map(({ mag }, i) => ({ mag, n: i + 1 })),
      { method: "t_test" },
    );
    assert.deepEqual(report.columns.map((column) => column.column), ["n"]);
    assert.equal(report.dataset.notTested, 1);
    assert.equal(report.dataset.verdict, "NO DRIFT", "1 of 2 columns tested is at the default share of 0.5");
    assert.match(report.skipped.find((skip) => skip.column === "mag")?.reason ?? "", /^t_test gave no finite score/);
    assert.ok(report.warnings.some((warning) => /column 'mag' was not tested/.test(warning)));
    assert.match(consoleSummary(report), /1 column not tested/);
  });

  it("datasetDrift: below the minimum tested share is NOT CHECKED, at it a verdict", () => {
    const notTested = { columns: [{ column: "b", reason: "missing from the current data" }], minTestedShare: 0.5 };
    assert.equal(datasetDrift([{ drifted: true }], 0.5, notTested).verdict, "DRIFT");
    assert.equal(datasetDrift([{ drifted: true }], 0.5, { ...notTested, minTestedShare: 0.75 }).verdict, "NOT CHECKED");
    assert.equal(datasetDrift([{ drifted: true }], 0.5, { ...notTested, minTestedShare: 0.75 }).drifted, false);
  });

  it("a report written before verdicts existed reads as DRIFT / NO DRIFT, or NOT CHECKED with no column", () => {
    const old = (drifted: boolean, columns: number) => ({ dataset: { drifted, driftScore: drifted ? 1 : 0, driftedColumns: drifted ? columns : 0, columns, driftShare: 0.5 } }) as unknown as Parameters<typeof reportVerdict>[0];
    assert.equal(reportVerdict(old(true, 3)).label, "DRIFT");
    assert.equal(reportVerdict(old(false, 3)).label, "NO DRIFT");
    assert.equal(reportVerdict(old(false, 0)).label, "NOT CHECKED");
  });
});
