import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildBaseline } from "../../../kernel-helpers/baseline/buildBaseline";
import { checkDrift } from "../../../kernel-helpers/check/checkDrift";
import { embedReferenceColumns } from "../../../kernel-helpers/baseline/embedReferenceColumns";
import type { CategoricalColumn, Table } from "../../../kernel-helpers/data/table";
import { checkSummary } from "../../../kernel-helpers/report/checkSummary";
import { createRandom } from "../../../kernel-helpers/stats/random";
import { creditSample } from "../../../kernel-helpers/synth/creditSample";
import { injectTextDrift } from "../../../kernel-helpers/synth/injectTextDrift";
import { syntheticSentences } from "../../../kernel-helpers/synth/syntheticSentences";

/** A credit sample with a `predicted` label (has_default flipped for `flip` of the rows) and a free-text `review` column. */
function creditWithReviews(seed: number, flip: number, reviews: string[]): Table {
  const table = creditSample({ rows: reviews.length, seed });
  const truth = table.columns.find((column) => column.name === "has_default") as CategoricalColumn;
  const random = createRandom(seed);
  const predicted: CategoricalColumn = { ...truth, name: "predicted", codes: truth.codes.map((code) => (random.next() < flip ? 1 - code : code)) };
  return { ...table, columns: [...table.columns, predicted, { name: "review", type: "text", values: reviews }] };
}

describe("checkSummary", () => {
  it("prints the embedding drift of text columns, and the model's performance before the alerts", async () => {
    const reference = creditWithReviews(1, 0.1, syntheticSentences({ count: 300, seed: 1 }));
    const baseline = await embedReferenceColumns(buildBaseline(reference, { name: "credit", version: "v1", target: "has_default", prediction: "predicted", text: ["review"] }));
    const current = creditWithReviews(2, 0.4, injectTextDrift(syntheticSentences({ count: 300, seed: 2 }), { kind: "vocabulary", severity: 0.5, seed: 3 }));
    const report = await checkDrift(baseline, current, { configFile: false, env: {} });
    const text = checkSummary(report);

    assert.match(text, /\nEmbedding drift \(text and image columns, counted in the drift score\):\n {2}review {2}mmd +p=\S+ < 0\.05 +DRIFT {2}text-tiny-bert \(bundled, 128 dimensions\)\n/);
    assert.match(text, /\nModel performance \(classification, 300 labelled of 300 rows\):\n {2}accuracy {5}measured/);
    assert.match(text, /\nAlerts:\n/);
    assert.doesNotMatch(text, /Not tested:.*review/, "a text column checked by embeddings is not listed as not tested");
    const order = ["Dataset drift:", "Embedding drift", "Model performance", "Alerts:"].map((heading) => text.indexOf(heading));
    assert.deepEqual([...order].sort((a, b) => a - b), order, `headings in order: ${order.join(", ")}`);
    assert.ok(order.every((at) => at >= 0));
    assert.ok(report.alerts.some((alert) => alert.message.includes("accuracy")), "the flipped predictions raise a performance alert");
  });

  it("prints neither section for a report without embeddings or performance", async () => {
    const table = creditSample({ rows: 300, seed: 1 });
    const text = checkSummary(await checkDrift({ ...buildBaseline(table, { name: "plain", version: "v1" }), path: undefined }, creditSample({ rows: 300, seed: 2 }), { configFile: false, env: {} }));
    assert.ok(!text.includes("Embedding drift") && !text.includes("Model performance"), text);
  });

  it("says why a target column missing from the current data is not tested", async () => {
    const reference = creditSample({ rows: 300, seed: 1 });
    const baseline = buildBaseline(reference, { name: "credit", version: "v1", target: "has_default" });
    const unlabelled = creditSample({ rows: 300, seed: 2 });
    const current = { ...unlabelled, columns: unlabelled.columns.filter((column) => column.name !== "has_default") };
    const text = checkSummary(await checkDrift(baseline, current, { configFile: false, env: {} }));
    assert.match(text, /\nNot tested: has_default — target column not in the current data \(labels often arrive later\): target drift not checked(\n|$)/, text);
  });

  it("lines up windows of rows whose ranges differ in length, in the drift and the performance sections", async () => {
    const reference = creditWithReviews(1, 0.1, syntheticSentences({ count: 300, seed: 1 }));
    const baseline = buildBaseline(reference, { name: "credit", version: "v1", target: "has_default", prediction: "predicted" });
    const current = creditWithReviews(2, 0.1, syntheticSentences({ count: 1200, seed: 2 }));
    const text = checkSummary(await checkDrift(baseline, current, { window: "400", configFile: false, env: {} }));
    const rowsAt = (label: string) => text.split("\n").filter((line) => line.trimStart().startsWith(label)).map((line) => line.indexOf("400 rows"));
    for (const label of ["rows 1–400 ", "rows 401–800", "rows 801–1200"]) assert.equal(rowsAt(label).length, 2, `${label} in both sections:\n${text}`);
    assert.deepEqual(rowsAt("rows 1–400 "), rowsAt("rows 801–1200"), text);
  });
});
