import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildBaseline } from "../../../kernel-helpers/baseline/buildBaseline";
import { checkDrift } from "../../../kernel-helpers/check/checkDrift";
import { tableFromColumns } from "../../../kernel-helpers/data/tableFromColumns";
import type { Table } from "../../../kernel-helpers/data/table";
import type { PerformanceCheck } from "../../../kernel-helpers/performance/checkPerformance";
import { performanceSummary } from "../../../kernel-helpers/performance/performanceSummary";
import { countNoun } from "../../../kernel-helpers/report/countNoun";
import { reportHtml } from "../../../kernel-helpers/report/reportHtml";
import { reportMarkdown } from "../../../kernel-helpers/report/reportMarkdown";
import { createRandom } from "../../../kernel-helpers/stats/random";

/** A regression model's rows: x1, x2, plan, the label y (null when `unlabelled`) and the prediction. */
function regressionRows(rows: number, seed: number, options: { unlabelled?: boolean; drop?: string; noPrediction?: boolean } = {}): Table {
  const random = createRandom(seed);
  const x1 = new Float64Array(rows);
  const x2 = new Float64Array(rows);
  const plan: string[] = [];
  const y: (number | null)[] = [];
  const predicted = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    x1[i] = random.normal();
    x2[i] = random.normal();
    plan.push(random.next() < 0.3 ? "pro" : "basic");
    const signal = 3 * x1[i] - 2 * x2[i];
    y.push(options.unlabelled ? null : signal + (0.5 + Math.abs(x1[i])) * random.normal());
    predicted[i] = options.noPrediction ? NaN : signal;
  }
  const columns: Record<string, ArrayLike<unknown>> = { x1, x2, plan, y, predicted };
  if (options.drop) delete columns[options.drop];
  return tableFromColumns(columns, { types: { y: "numerical" } });
}

const baseline = buildBaseline(regressionRows(3000, 1), { name: "price", version: "v1", target: "y", prediction: "predicted" });
const performanceOf = async (current: Table, window?: string): Promise<PerformanceCheck> => {
  const report = await checkDrift(baseline, current, { configFile: false, checkMultivariate: false, checkQuality: false, ...(window ? { window } : {}) });
  assert.ok(report.performance && !("unavailable" in report.performance), "performance is checked");
  return report.performance as PerformanceCheck;
};

describe("performance without labels: every missing estimate says why", () => {
  it("DLE estimates MAE and RMSE on unlabelled rows that have every feature", async () => {
    const performance = await performanceOf(regressionRows(600, 2, { unlabelled: true }));
    assert.equal(performance.estimated?.method, "DLE");
    assert.equal(performance.notEstimated, undefined);
  });

  it("a feature missing from the current data: no DLE estimate, and the reason names it in the summary, the HTML and the Markdown", async () => {
    const current = regressionRows(600, 3, { unlabelled: true, drop: "x2" });
    const report = await checkDrift(baseline, current, { configFile: false, checkMultivariate: false, checkQuality: false, window: "200" });
    const performance = report.performance as PerformanceCheck;
    assert.equal(performance.estimated, undefined);
    assert.match(performance.notEstimated ?? "", /Direct Loss Estimation .* 'x2' \(numerical in the reference\) is missing from/);
    assert.match(performanceSummary(performance), /600 rows without labels, not estimated: Direct Loss Estimation/);
    assert.deepEqual(performance.windows?.windows.map((w) => w.status), ["not estimated", "not estimated", "not estimated"]);
    assert.ok(performance.windows?.windows.every((w) => w.reason === performance.notEstimated));
    assert.match(performanceSummary(performance), /not estimated\s+no estimate \(see above\)/);
    assert.ok(reportHtml(report).includes("Rows without labels, not estimated: Direct Loss Estimation"));
    assert.match(reportMarkdown(report), /Rows without labels, not estimated: Direct Loss Estimation/);
  });

  it("rows without a prediction: the reason says so", async () => {
    const performance = await performanceOf(regressionRows(300, 4, { unlabelled: true, noPrediction: true }));
    assert.match(performance.notEstimated ?? "", /none of the 300 rows without labels has a prediction in 'predicted'/);
  });

  it("counts read in the right number", () => {
    assert.equal(countNoun(1, "row"), "1 row");
    assert.equal(countNoun(0, "row"), "0 rows");
    assert.equal(countNoun(7000, "row"), "7,000 rows");
    assert.equal(countNoun(2, "class", "classes"), "2 classes");
  });
});
