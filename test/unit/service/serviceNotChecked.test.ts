import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { creditSample } from "../../../kernel-helpers/synth/creditSample";
import { rowOf, saveCreditBaseline } from "../logger/logFixtures";
import { parseExposition } from "./prometheusExposition";
import { call, startService } from "./serviceFixtures";

describe("the service says NOT CHECKED when a check tests too few columns", () => {
  it("answers NOT CHECKED with a CRITICAL not-checked alert, honours minTestedShare, and sets the not_checked gauge in /metrics", async () => {
    const service = await startService();
    try {
      await saveCreditBaseline(service.baselines);
      const table = creditSample({ rows: 400, seed: 8 });
      const all = Array.from({ length: table.rowCount }, (_, i) => rowOf(table, i));
      const names = Object.keys(all[0]);
      // Two columns kept under their names, the rest renamed by an upstream export.
      const kept = names.slice(0, 2);
      const renamed = all.map((row) => Object.fromEntries(Object.entries(row).map(([name, value]) => [kept.includes(name) ? name : `${name}_v2`, value])));

      const notChecked = await call(service.base, "POST", "/check/credit", { json: { rows: renamed } });
      assert.equal(notChecked.status, 200, notChecked.text);
      const dataset = notChecked.json.dataset;
      assert.equal(dataset.verdict, "NOT CHECKED");
      assert.equal(dataset.drifted, false);
      assert.equal(dataset.columns, 2);
      assert.equal(dataset.minTestedShare, 0.5);
      assert.match(dataset.notChecked, new RegExp(`^only 2 of ${2 + dataset.notTested} columns could be tested \\(fewer than 50%\\)`));
      assert.deepEqual([notChecked.json.alerts[0].level, notChecked.json.alerts[0].kind], ["CRITICAL", "not-checked"]);

      let metrics = parseExposition((await call(service.base, "GET", "/metrics")).text);
      const gauge = () => metrics.get("driftlens_dataset_not_checked")?.samples.map((sample) => [sample.labels.baseline, sample.labels.version, sample.value]);
      assert.deepEqual(gauge(), [["credit", "v1", 1]]);
      const critical = metrics.get("driftlens_alerts")?.samples.find((sample) => sample.labels.level === "CRITICAL");
      assert.equal(critical?.value, notChecked.json.alerts.filter((alert: { level: string }) => alert.level === "CRITICAL").length);
      assert.equal(metrics.get("driftlens_dataset_drifted")?.samples[0].value, 0);

      const lenient = await call(service.base, "POST", "/check/credit", { json: { rows: renamed, minTestedShare: 0.1 } });
      assert.equal(lenient.status, 200, lenient.text);
      assert.notEqual(lenient.json.dataset.verdict, "NOT CHECKED", "a share of 0.1 accepts 2 tested columns");
      assert.equal(lenient.json.alerts.filter((alert: { kind: string }) => alert.kind === "not-checked").length, 0);
      metrics = parseExposition((await call(service.base, "GET", "/metrics")).text);
      assert.deepEqual(gauge(), [["credit", "v1", 0]]);

      const strict = await call(service.base, "POST", "/check/credit", { json: { rows: all, minTestedShare: 1 } });
      assert.equal(strict.status, 200, strict.text);
      assert.equal(strict.json.dataset.notTested, 0);
      assert.notEqual(strict.json.dataset.verdict, "NOT CHECKED", "every column tested meets a share of 1");
      const refused = await call(service.base, "POST", "/check/credit", { json: { rows: all, minTestedShare: 1.5 } });
      assert.equal(refused.status, 400, refused.text);
      assert.match(refused.text, /minTestedShare/);
    } finally {
      await service.app.close();
    }
  });
});
