import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { CategoricalColumn, Column, Table } from "../../../kernel-helpers/data/table";
import { compareTables } from "../../../kernel-helpers/drift/compareTables";
import { plotlyBundlePath } from "../../../kernel-helpers/report/plotlyBundlePath";
import { reportHtml } from "../../../kernel-helpers/report/reportHtml";
import { writeReportFiles } from "../../../kernel-helpers/report/writeReportFiles";
import { createRandom } from "../../../kernel-helpers/stats/random";
import { emptyReport, hostileReport, loadReport, wideReport } from "../../helpers/reportFixtures";

const MB = 1024 * 1024;

/** The CSP of a page, and the nonce its scripts carry. */
function policy(html: string): { csp: string; nonce: string } {
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? "";
  const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1] ?? "";
  return { csp, nonce };
}

/** A 50-column table (25 numerical, 25 categorical of 30 levels) of `rows` seeded rows. */
function wideTable(rows: number, seed: number, shift: number): Table {
  const random = createRandom(seed);
  const dictionary = Array.from({ length: 30 }, (_, j) => `level ${j}`);
  const columns = Array.from({ length: 50 }, (_, c): Column => {
    if (c % 2 === 0) return { name: `x${c}`, type: "numerical", values: Float64Array.from({ length: rows }, () => (random.next() + random.next() + shift) * (c + 1)) };
    const column: CategoricalColumn = { name: `k${c}`, type: "categorical", codes: Int32Array.from({ length: rows }, () => Math.min(29, Math.floor(random.next() * random.next() * 40 + shift))), dictionary };
    return column;
  });
  return { rowCount: rows, source: `wide(${rows})`, columns };
}

describe("the standalone HTML report", () => {
  it("is one offline file: Plotly's cartesian bundle inlined from the npm package, nothing fetched", () => {
    const html = reportHtml(loadReport("check-report"));
    const bundle = readFileSync(plotlyBundlePath(), "utf8");
    assert.ok(!/<\/script/i.test(bundle) && !bundle.includes("<!--"), "the bundle can sit in a script element as it is");
    assert.ok(html.includes(bundle), "Plotly inlined");
    const page = html.replace(bundle, "");
    assert.ok(!/\ssrc=|<link\b|@import|url\(/i.test(page), "no src, link, import or url() outside the bundle");
    // The SVG namespace (the summary table's sparklines) is a name, never fetched.
    assert.ok(!/https?:\/\//.test(page.replaceAll("http://www.w3.org/2000/svg", "")), "no http(s) address in the page");
  });

  it("has a strict CSP whose nonce comes fresh for each page and is on every script", () => {
    const first = reportHtml(loadReport("compare-report"));
    const second = reportHtml(loadReport("compare-report"));
    const { csp, nonce } = policy(first);
    assert.match(csp, /^default-src 'none'; script-src 'nonce-[A-Za-z0-9+/]{22}=='; style-src-elem 'nonce-[A-Za-z0-9+/]{22}=='; style-src-attr 'unsafe-hashes' 'sha256-47DEQpj8HBSa\+\/TImW\+5JCeuQeRkm5NMpJWZG3hSuFU='; img-src data: blob:; font-src data:$/);
    assert.notEqual(nonce, policy(second).nonce);
    const scripts = [...first.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1]);
    assert.equal(scripts.length, 4, "figures and rows (data blocks), Plotly and the page's script");
    for (const attributes of scripts) assert.ok(attributes.includes(`nonce="${nonce}"`) || attributes.includes('type="application/json"'), attributes);
    assert.ok(!/\son[a-z]+=/i.test(first.replace(readFileSync(plotlyBundlePath(), "utf8"), "")), "no inline event handler");
  });

  it("escapes every user string: names, categories, sources, messages", () => {
    const html = reportHtml(hostileReport());
    const page = html.replace(readFileSync(plotlyBundlePath(), "utf8"), "");
    assert.equal((page.match(/<\/script>/g) ?? []).length, 4, "only the page's own script elements close");
    assert.ok(!page.includes("<script>window.__xss") && !page.includes("<img src=x") && !page.includes("<b>ref</b>"), "no user markup got through");
    assert.ok(page.includes("&lt;script&gt;window.__xss = 4&lt;/script&gt;"), "the current source, escaped, in the header");
    assert.ok(page.includes("😀 émoji 列名"), "emoji and other scripts kept as they are");
    const data = /<script type="application\/json" id="driftlens-figures">([^<]*)<\/script>/.exec(page)?.[1];
    assert.ok(data, "the figures travel in a data block without '<'");
    assert.ok(JSON.parse(data).length > 5);
    const rows = /<script type="application\/json" id="driftlens-rows">([^<]*)<\/script>/.exec(page)?.[1];
    assert.ok(rows, "the summary table's rows travel in a data block without '<'");
    assert.ok((JSON.parse(rows) as { column: string }[]).some((row) => row.column === "<script>window.__xss = 1</script>"));
  });

  it("renders a report of 0 columns and says so", () => {
    const html = reportHtml(emptyReport());
    assert.match(html, /No column distribution to show: no column was tested/);
  });

  it("stays under 3 MB for 50 columns, whatever the number of rows (it holds figures, never rows)", () => {
    const small = Buffer.byteLength(reportHtml(compareTables(wideTable(5_000, 1, 0), wideTable(5_000, 2, 0.2))));
    const large = Buffer.byteLength(reportHtml(compareTables(wideTable(100_000, 3, 0), wideTable(100_000, 4, 0.2))));
    assert.ok(large <= 3 * MB, `${large} bytes`);
    assert.ok(Math.abs(large - small) < 0.02 * small, `5,000 rows: ${small} bytes, 100,000 rows: ${large} bytes`);
  });

  it("for 2,000 columns keeps the page a few MB: 100 distributions, a paged table", () => {
    const bytes = Buffer.byteLength(reportHtml(wideReport(2000)));
    assert.ok(bytes < 5 * MB, `${bytes} bytes`);
  });

  it("is written with the JSON, Markdown and CSV renderings by writeReportFiles", async () => {
    const dir = mkdtempSync(join(tmpdir(), "driftlens-report-"));
    try {
      const files = await writeReportFiles(join(dir, "out"), loadReport("check-report"));
      for (const path of Object.values(files)) assert.ok(existsSync(path), path);
      assert.deepEqual(JSON.parse(readFileSync(files.json, "utf8")), loadReport("check-report"));
      assert.match(readFileSync(files.html, "utf8"), /^<!doctype html>/);
      assert.match(readFileSync(files.markdown, "utf8"), /^# Drift report: NO DRIFT/);
      assert.match(readFileSync(files.csv, "utf8"), /^column,role,type,method,score/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
