import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildBaseline } from "../../../kernel-helpers/baseline/buildBaseline";
import { checkDrift } from "../../../kernel-helpers/check/checkDrift";
import { tableFromColumns } from "../../../kernel-helpers/data/tableFromColumns";
import { createRandom } from "../../../kernel-helpers/stats/random";
import { histogramFamily, metricFamily } from "../../../kernel-helpers/service/prometheusText";
import { CHECK_DURATION_BUCKETS, createServiceMetrics } from "../../../kernel-helpers/service/serviceMetrics";
import { parseExposition } from "./prometheusExposition";

const WEIRD = 'price "€"\\net\nline';

/** A check of a drifted sample against its baseline, with an awkward column name. */
async function awkwardReport() {
  const random = createRandom(3);
  const reference = tableFromColumns({ [WEIRD]: Array.from({ length: 400 }, () => random.normal()), plan: Array.from({ length: 400 }, (_, i) => (i % 2 ? "basic" : "pro")) });
  const current = tableFromColumns({ [WEIRD]: Array.from({ length: 300 }, () => 2 + random.normal()), plan: Array.from({ length: 300 }, () => "basic") });
  const baseline = buildBaseline(reference, { name: "shop", version: "v1" });
  return checkDrift(baseline, current, { configFile: false, env: {} });
}

describe("Prometheus metrics of the service", () => {
  it("writes valid exposition text: escaped label values, cumulative histograms, counters ending in _total", async () => {
    const report = await awkwardReport();
    const metrics = createServiceMetrics();
    metrics.observeCheck("shop", 0.07, 300, "ok");
    metrics.observeCheck("shop", 3, 0, "error");
    metrics.observeCheck("shop", 500, 300, "ok");
    const text = metrics.render([{ name: "shop", path: "x", report }], new Map([["shop", { logged: 5, labels: 0, written: 4, files: 1, dropped: 1, lost: 0, buffered: 1 }]]));
    const families = parseExposition(text);

    const score = families.get("driftlens_column_drift_score");
    assert.equal(score?.type, "gauge");
    assert.deepEqual(score?.samples.map((sample) => [sample.labels.column, sample.value]), report.columns.map((column) => [column.column, column.score]));
    assert.equal(score?.samples[0].labels.column, WEIRD, "the label value survives escaping");
    assert.deepEqual(families.get("driftlens_checks_total")?.samples.map((s) => [s.labels.outcome, s.value]), [["ok", 2], ["error", 1]]);
    assert.equal(families.get("driftlens_rows_checked_total")?.samples[0].value, 600);
    const buckets = families.get("driftlens_check_duration_seconds")?.samples.filter((s) => s.name.endsWith("_bucket")) ?? [];
    assert.equal(buckets.length, CHECK_DURATION_BUCKETS.length + 1);
    assert.deepEqual(buckets.map((s) => s.value), CHECK_DURATION_BUCKETS.map((bound) => [0.07, 3, 500].filter((v) => v <= bound).length).concat(3));
    assert.deepEqual(families.get("driftlens_alerts")?.samples.map((s) => [s.labels.level, s.value]), [["CRITICAL", report.alerts.filter((a) => a.level === "CRITICAL").length], ["WARNING", report.alerts.filter((a) => a.level === "WARNING").length]]);
    assert.deepEqual(families.get("driftlens_log_records_total")?.samples.map((s) => [s.labels.outcome, s.value]), [["logged", 5], ["written", 4], ["dropped", 1], ["lost", 0]]);
  });

  it("leaves out families without samples, and writes NaN and infinities as Prometheus does", () => {
    assert.equal(metricFamily("x_total", "counter", "nothing", []), "");
    assert.equal(histogramFamily("h", "nothing", [1], []), "");
    assert.equal(metricFamily("g", "gauge", "a\\b\nc", [{ labels: {}, value: NaN }, { labels: { k: "1" }, value: -Infinity }]), '# HELP g a\\\\b\\nc\n# TYPE g gauge\ng NaN\ng{k="1"} -Inf\n');
    assert.equal(createServiceMetrics().render([], new Map()), "", "a service that has done nothing has nothing to say");
    assert.throws(() => parseExposition('# HELP a x\n# TYPE a gauge\na{k="a"b"} 1\n'), /labels of/, "the checker itself catches an unescaped quote");
    assert.throws(() => parseExposition("# HELP a_total x\n# TYPE a_total counter\nb_total 1\n"), /belongs to a_total/);
  });
});
