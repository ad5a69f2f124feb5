import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { DriftReport } from "../../kernel-helpers/drift/driftReport";
import { reportHtml } from "../../kernel-helpers/report/reportHtml";
import { summaryRows } from "../../kernel-helpers/report/summaryRows";
import type { Browser } from "../helpers/chromium";
import { launchChromium, openPage } from "../helpers/chromium";
import { layoutProblems, shownColumns } from "../helpers/layoutProbes";
import { HOSTILE_NAMES, hostileReport, loadReport } from "../helpers/reportFixtures";

/** The check fixture with an identifier-like column left out, as a check of fraud data reports it. */
function reportWithIdentifier(): DriftReport {
  const report = hostileReport();
  return { ...report, skipped: [...report.skipped, { column: "transaction_id", type: "categorical", role: "identifier", reason: "looks like an identifier: named 'transaction_id', with 2,000 distinct values in 2,000 rows. Test it anyway with --include-column transaction_id." }] };
}

describe("the HTML report's summary table in headless Chromium", () => {
  let browser: Browser;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "driftlens-table-"));
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const write = (name: string, report: DriftReport) => {
    const path = join(dir, `${name}.html`);
    writeFileSync(path, reportHtml(report));
    return path;
  };

  for (const width of [800, 1000, 1400]) {
    it(`is readable at ${width} px: no text box overlaps another, nothing clipped, no sideways scroll, titles clear of the modebar`, async () => {
      const { page, problems } = await openPage(browser, write(`hostile-${width}`, reportWithIdentifier()), width);
      await page.hover(".figure .nsewdrag");
      assert.deepEqual(await layoutProblems(page), []);
      const names = await page.$$eval(".dl-summary td.dl-col-name", (cells) => cells.map((cell) => ({ title: cell.getAttribute("title"), text: cell.firstChild?.textContent })));
      assert.ok(names.length >= 5);
      for (const name of names) assert.equal(name.title, name.text, "the full name on hover");
      assert.ok(names.some((name) => name.text === HOSTILE_NAMES[8]), "the long name is whole");
      assert.equal(await page.evaluate("window.__xss"), undefined, "column names are text");
      assert.ok((await page.locator(".dl-summary svg.dl-spark").count()) >= 5, "a sparkline per column with a distribution");
      assert.match((await page.textContent(".details")) ?? "", /transaction_id \(categorical\): looks like an identifier/);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  it("sorts by a heading (twice reverses), filters by name and shows the drifted columns only", async () => {
    const report = loadReport("check-report");
    const rows = summaryRows(report);
    assert.ok(rows.some((row) => row.role === "target") && rows.some((row) => row.role === "prediction"), "the target and the prediction have rows too");
    const { page, problems } = await openPage(browser, write("sorting", report), 1000);
    const byConcern = await shownColumns(page);
    const drifted = rows.filter((row) => row.drifted).map((row) => row.column);
    assert.deepEqual(new Set(byConcern.slice(0, drifted.length)), new Set(drifted), "opens with the drifted columns first");
    await page.click('.dl-summary button[data-sort="column"]');
    const sortedNames = rows.map((row) => row.column).sort((a, b) => a.localeCompare(b));
    assert.deepEqual(await shownColumns(page), sortedNames);
    assert.equal(await page.getAttribute('.dl-summary th:has(button[data-sort="column"])', "aria-sort"), "ascending");
    await page.click('.dl-summary button[data-sort="column"]');
    assert.deepEqual(await shownColumns(page), [...sortedNames].reverse());
    await page.click('.dl-summary button[data-sort="score"]');
    const scores = rows.map((row) => [row.column, row.score] as const).sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([name]) => name);
    assert.deepEqual(await shownColumns(page), scores);
    const needle = report.columns[0].column.slice(0, 3).toUpperCase();
    await page.fill(".dl-summary input.dl-filter", needle);
    const matching = rows.filter((row) => row.column.toLowerCase().includes(needle.toLowerCase())).map((row) => row.column);
    assert.deepEqual(new Set(await shownColumns(page)), new Set(matching));
    await page.fill(".dl-summary input.dl-filter", "");
    await page.check(".dl-summary input.dl-drifted-only");
    assert.deepEqual(new Set(await shownColumns(page)), new Set(drifted));
    assert.match((await page.textContent(".dl-summary .dl-count")) ?? "", new RegExp(`^${drifted.length} of ${rows.length} columns$`));
    await page.fill(".dl-summary input.dl-filter", "no column has this name");
    assert.equal(await page.textContent(".dl-summary tbody"), "No column matches.");
    assert.deepEqual(problems, []);
    await page.close();
  });
});
