import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Engine } from "../../../extension/engine";
import { alertLevel, isNewAlert, verdictLevel } from "../../../extension/checks/alertLevel";
import { reportParts } from "../../../extension/panels/reportParts";
import { reportView } from "../../../extension/panels/reportView";
import { statusText } from "../../../extension/statusText";
import type { CheckReport } from "../../../kernel-helpers/check/checkReport";
import { compareDatasets } from "../../../kernel-helpers/summary/compareDatasets";
import * as engine from "../../../kernel-helpers/index";
import { loadReport } from "../../helpers/reportFixtures";

const alerts = (...levels: ("WARNING" | "CRITICAL")[]) => ({ alerts: levels.map((level) => ({ level, kind: "column-drift" as const, message: "m" })) }) as unknown as Pick<CheckReport, "alerts">;
const whatIf = { note: "simulated", scenarios: ["covariate-shift"] };

describe("the extension's alert level, status text and panel view (pure modules)", () => {
  it("alertLevel is the most urgent alert; isNewAlert only for a more urgent one", () => {
    assert.equal(alertLevel(alerts()), undefined);
    assert.equal(alertLevel(alerts("WARNING", "CRITICAL", "WARNING")), "CRITICAL");
    assert.equal(isNewAlert(undefined, alerts("WARNING")), true);
    assert.equal(isNewAlert(alerts("WARNING"), alerts("WARNING")), false);
    assert.equal(isNewAlert(alerts("WARNING"), alerts("CRITICAL")), true);
    assert.equal(isNewAlert(alerts("CRITICAL"), alerts()), false);
  });

  it("statusText counts drifted columns with the worst severity, and says NOT CHECKED", async () => {
    const check = loadReport("check-report") as CheckReport;
    assert.match(statusText(check), /^Drift: (NO DRIFT · \d+\/\d+|DRIFT \d+\/\d+( ▲ (LOW|MEDIUM|HIGH))?)$/);
    const nothing = await compareDatasets([], []);
    assert.equal(statusText(nothing as unknown as CheckReport), "Drift: NOT CHECKED (0/0 tested)");
  });

  it("a check whose only drift is multivariate shows DRIFT in the status bar, its colour and the panel", () => {
    const check = loadReport("check-report") as CheckReport;
    const detector = { method: "reconstruction_error", columns: ["age", "income"], referenceRows: 100, currentRows: 100, value: 2, lower: 1, upper: 1.5, drifted: true, band: { chunkRows: 5, values: [1.2, 1.3, 1.25], mean: 1.25, std: 0.04, sigmas: 3 } };
    const multivariateOnly = {
      ...check,
      dataset: { ...check.dataset, drifted: false, verdict: "NO DRIFT", driftedColumns: 0, driftScore: 0 },
      multivariate: { columns: ["age", "income"], detectors: [detector], drifted: true },
      alerts: [{ level: "CRITICAL", kind: "multivariate-drift", message: "multivariate drift: reconstruction error 2 is outside the reference band [1, 1.5]" }],
    } as unknown as CheckReport;
    assert.equal(statusText(multivariateOnly), `Drift: DRIFT (multivariate) · 0/${check.dataset.columns}`);
    assert.equal(verdictLevel(multivariateOnly), "CRITICAL");
    const view = reportView(reportParts(engine as unknown as Engine, multivariateOnly), multivariateOnly, whatIf, (path) => path);
    assert.match(view.verdict, /· DRIFT \(multivariate: reconstruction error; score 0%/);
    assert.equal(view.state, "drift");
    assert.equal(verdictLevel({ ...multivariateOnly, multivariate: undefined, alerts: [] }), undefined, "without it the columns alone say NO DRIFT");
  });

  it("reportView of a check: the verdict line, every summary row with its role, and the What-if tab", () => {
    const check = loadReport("check-report") as CheckReport;
    const view = reportView(reportParts(engine as unknown as Engine, check), check, whatIf, (path) => `shown:${path}`);
    assert.match(view.verdict, /^Model credit v1 · [\d,]+ rows · (DRIFT|NO DRIFT) \(score \d+%, \d+\/\d+ columns\)/);
    assert.equal(view.state, check.dataset.drifted ? "drift" : "no-drift");
    assert.deepEqual(view.columns.map((row) => row.role), [...check.columns.map(() => "feature"), ...(check.target ? ["target"] : []), ...(check.prediction?.columns ?? []).map(() => "prediction")]);
    assert.match(view.subtitle, /^Reference: shown:baseline credit\/v1 /);
    assert.deepEqual(view.whatIf, whatIf);
    assert.equal(view.figures.length > 0, true);
  });

  it("reportView of a comparison that tested nothing says NOT CHECKED", async () => {
    const nothing = await compareDatasets([], []);
    const view = reportView(reportParts(engine as unknown as Engine, nothing), nothing, whatIf, (path) => path);
    assert.match(view.verdict, /^NOT CHECKED \(0 of 0 columns tested: no column could be tested/);
    assert.equal(view.state, "not-checked");
    assert.equal(view.drifted, false);
    assert.deepEqual(view.columns, []);
    assert.equal(view.figuresNote, view.figures.length === 0 ? "This report has no figures." : undefined);
  });
});
