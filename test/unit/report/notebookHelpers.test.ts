import assert from "node:assert/strict";
import { inspect } from "node:util";
import { describe, it } from "node:test";
import { tableFromRecords } from "../../../kernel-helpers/data/tableFromRecords";
import { DRIFT_FIGURE_MIME, DRIFT_REPORT_MIME, PLOTLY_MIME, show, showBundle } from "../../../kernel-helpers/notebook/show";
import { table, tableBundle } from "../../../kernel-helpers/notebook/table";
import { reportFigures } from "../../../kernel-helpers/report/reportFigures";
import { hostileReport, loadReport } from "../../helpers/reportFixtures";

type Emitted = { data: Record<string, unknown>; metadata: Record<string, unknown>; transient: Record<string, unknown> };

/** Runs `body` as if inside a tslab cell: a module at …/tslab/dist/jupyter.js whose writer records what is emitted. */
function inTslab(body: () => void): Emitted[] {
  const emitted: Emitted[] = [];
  const key = "/nowhere/node_modules/tslab/dist/jupyter.js";
  const fake = { id: key, filename: key, loaded: true, exports: { lastWriteDisplayData: (content: Emitted, update: boolean) => { assert.equal(update, false); emitted.push(content); } } };
  require.cache[key] = fake as unknown as NodeJS.Module;
  try {
    body();
  } finally {
    delete require.cache[key];
  }
  return emitted;
}

describe("notebook helpers", () => {
  it("show(report) gives the report JSON, the summary figure, a small HTML summary and text, and prints as one line", () => {
    const report = loadReport("check-report");
    const bundle = show(report);
    assert.ok(bundle, "outside a tslab cell show returns the bundle");
    assert.deepEqual(Object.keys(bundle.data), [DRIFT_REPORT_MIME, PLOTLY_MIME, "text/html", "text/plain"]);
    assert.deepEqual(bundle.data[DRIFT_REPORT_MIME], report);
    assert.deepEqual(bundle.data[PLOTLY_MIME], { data: reportFigures(report)[0].data, layout: reportFigures(report)[0].layout });
    assert.match(bundle.data["text/plain"] as string, /^Model credit v1 · 7,000 rows · NO DRIFT/);
    assert.equal(inspect(bundle), `MimeBundle(${DRIFT_REPORT_MIME}, ${PLOTLY_MIME}, text/html, text/plain)`);
    assert.deepEqual(Object.keys(JSON.parse(JSON.stringify(bundle))), ["data", "metadata"]);
    assert.doesNotMatch(bundle.data["text/html"] as string, /<iframe|<script/, "the default HTML is the static summary");
    assert.ok(JSON.stringify(bundle).length < 300_000, `the default output is ${JSON.stringify(bundle).length} bytes`);
  });

  it("show and table emit exactly one display_data through tslab's writer inside a tslab cell and return nothing there (no stray MimeBundle line)", () => {
    const report = loadReport("compare-report");
    let returned: ReturnType<typeof show> | null = null;
    const emitted = inTslab(() => (returned = show(report, { html: "static" })));
    assert.equal(emitted.length, 1);
    assert.deepEqual(emitted[0].data, showBundle(report, { html: "static" }).data);
    assert.equal(returned, undefined, "tslab prints a cell's last value: show returns nothing there");
    let tableReturned: ReturnType<typeof table> | null = null;
    assert.equal(inTslab(() => (tableReturned = table([{ a: 1 }]))).length, 1);
    assert.equal(tableReturned, undefined);
    assert.deepEqual(inTslab(() => undefined), []);
  });

  it("the interactive HTML is the offline report in a sandboxed iframe; the static one has no script", () => {
    const report = hostileReport();
    const interactive = showBundle(report, { html: "interactive" }).data["text/html"] as string;
    assert.match(interactive, /^<iframe sandbox="allow-scripts allow-downloads" title="driftlens drift report" style="[^"]+" srcdoc="&lt;!doctype html&gt;/);
    assert.equal((interactive.match(/</g) ?? []).length, 2, "the page is an attribute value: only <iframe> and </iframe> are markup");
    const staticHtml = showBundle(report).data["text/html"] as string;
    const tags = new Set([...staticHtml.matchAll(/<\/?([a-zA-Z0-9]+)/g)].map((match) => match[1]));
    assert.deepEqual([...tags].sort(), ["br", "div", "li", "p", "strong", "table", "tbody", "td", "th", "thead", "tr", "ul"], "only the fragment's own tags: no script, no user markup");
    assert.ok(staticHtml.includes("&lt;script&gt;window.__xss = 1&lt;/script&gt;"));
  });

  it("show(figure) gives the figure for the driftlens renderer, the Plotly JSON, an HTML page of it and a line of text", () => {
    const figure = reportFigures(loadReport("check-report")).find((candidate) => candidate.id === "drift-heatmap");
    assert.ok(figure);
    const bundle = showBundle(figure);
    assert.deepEqual(Object.keys(bundle.data), [DRIFT_FIGURE_MIME, PLOTLY_MIME, "text/html", "text/plain"]);
    assert.deepEqual(bundle.data[PLOTLY_MIME], JSON.parse(JSON.stringify({ data: figure.data, layout: figure.layout })));
    assert.deepEqual(bundle.data[DRIFT_FIGURE_MIME], { id: "drift-heatmap", title: figure.title, ...JSON.parse(JSON.stringify({ data: figure.data, layout: figure.layout })) });
    assert.match(bundle.data["text/html"] as string, /^<iframe [^>]*srcdoc="&lt;!doctype html&gt;/);
    assert.equal(bundle.data["text/plain"], `${figure.title} (figure drift-heatmap, 1 traces)`);
  });

  it("table shows the first rows of records, a Table or a danfo-shaped frame, escaped, with the size", () => {
    const records = Array.from({ length: 30 }, (_, i) => ({ "<b>name</b>": `row ${i} <script>`, score: i % 7 === 0 ? null : i / 4 }));
    const fromRecords = tableBundle(records, { rows: 3 });
    assert.match(fromRecords.data["text/html"] as string, /<th>&lt;b&gt;name&lt;\/b&gt;<br><small>categorical<\/small><\/th>/);
    assert.match(fromRecords.data["text/html"] as string, /<td>row 0 &lt;script&gt;<\/td><td><em>missing<\/em><\/td>/);
    assert.equal((fromRecords.data["text/html"] as string).match(/<tr>/g)?.length, 4, "header + 3 rows");
    assert.match(fromRecords.data["text/plain"] as string, /30 rows × 2 columns \(first 3 shown\) · memory$/);
    assert.deepEqual(tableBundle(tableFromRecords(records), { rows: 3 }).data, fromRecords.data);
    const danfo = tableBundle({ columns: ["a", "b"], values: [[1, "x"], [2, "y"]] });
    assert.match(danfo.data["text/plain"] as string, /^a \(numerical\)\s+b \(categorical\)\n1\s+x\n2\s+y\n2 rows × 2 columns · memory$/);
    assert.equal(inTslab(() => table(records)).length, 1);
  });
});
