import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import type { DriftReport } from "../../kernel-helpers/drift/driftReport";
import { reportHtml } from "../../kernel-helpers/report/reportHtml";
import { summaryRows } from "../../kernel-helpers/report/summaryRows";
import type { Browser } from "../helpers/chromium";
import { launchChromium, openPage } from "../helpers/chromium";
import { exercisePlots, injectWithoutNonce } from "../helpers/cspProbes";
import { decodePng } from "../helpers/decodePng";
import type { PngImage } from "../helpers/decodePng";
import { repoPath } from "../helpers/paths";
import { emptyReport, hostileReport, loadReport, wideReport } from "../helpers/reportFixtures";

/** The README's screenshot of the demo's report (rewritten with UPDATE_SNAPSHOTS=1). */
const SCREENSHOT = repoPath("docs", "report.png");

/** Share of the pixels of `image` that pass `test`. */
function share(image: PngImage, test: (r: number, g: number, b: number) => boolean): number {
  let hits = 0;
  for (let i = 0; i < image.rgba.length; i += 4) if (test(image.rgba[i], image.rgba[i + 1], image.rgba[i + 2])) hits++;
  return hits / (image.width * image.height);
}

/** A screenshot of the plot area (Plotly's drag layer covers it) of every figure on the page, by figure id. */
async function plotAreas(page: Page): Promise<Map<string, PngImage>> {
  const ids = JSON.parse((await page.textContent("#driftlens-figures")) ?? "[]").map((figure: { id: string }) => figure.id) as string[];
  const areas = new Map<string, PngImage>();
  for (const element of await page.$$("[data-figure]")) {
    const index = Number(await element.getAttribute("data-figure"));
    await element.scrollIntoViewIfNeeded();
    const drag = await element.$(".nsewdrag");
    const box = await drag?.boundingBox();
    assert.ok(box && box.width > 100 && box.height > 50, `figure ${ids[index]} has a plot area`);
    areas.set(ids[index], decodePng(await page.screenshot({ clip: box })));
  }
  return areas;
}

describe("the HTML report in headless Chromium", () => {
  let browser: Browser;
  let dir: string;
  const write = (name: string, report: DriftReport) => {
    const path = join(dir, `${name}.html`);
    writeFileSync(path, reportHtml(report));
    return path;
  };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "driftlens-browser-"));
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("draws every figure of the demo's report with no console error, CSP violation or request", async () => {
    const { page, problems } = await openPage(browser, write("check", loadReport("check-report")));
    assert.equal(await page.getAttribute("body", "data-rendered"), "true");
    const figures = await page.$$eval("[data-figure]", (elements) => elements.map((element) => element.querySelectorAll(".main-svg").length));
    assert.ok(figures.length >= 8 && figures.every((svgs) => svgs > 0), `svgs per figure: ${figures.join(", ")}`);
    const before = await page.textContent("#distribution-plot .gtitle");
    await page.selectOption("#distribution-select", { index: 3 });
    await page.waitForFunction(`document.querySelector("#distribution-plot .gtitle")?.textContent !== ${JSON.stringify(before)}`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("the charts drew: every plot area has marks, in the colours of reference, current and drift", async () => {
    const { page, problems } = await openPage(browser, write("check-pixels", loadReport("check-report")));
    const areas = await plotAreas(page);
    assert.deepEqual([...areas.keys()].map((id) => id.replace(/:.*/, "")), ["distribution", "prediction", "target", "performance", "embeddings", "drift-share-trend", "drift-heatmap", "score-trend"]);
    for (const [id, image] of areas) {
      const ink = share(image, (r, g, b) => Math.min(r, g, b) < 225);
      assert.ok(ink > 0.02, `${id}: ${(ink * 100).toFixed(1)}% of the plot area is drawn`);
    }
    const distribution = [...areas].find(([id]) => id.startsWith("distribution:"))?.[1] as PngImage;
    assert.ok(share(distribution, (r, _g, b) => b > r + 40) > 0.01, "reference bars (blue)");
    assert.ok(share(distribution, (r, _g, b) => r > 200 && r > b + 80) > 0.01, "current bars (orange)");
    const embeddings = [...areas].find(([id]) => id.startsWith("embeddings:"))?.[1] as PngImage;
    assert.ok(share(embeddings, (r, _g, b) => b > r + 40) > 0.005 && share(embeddings, (r, _g, b) => r > 200 && r > b + 80) > 0.005, "reference and current points");
    const heatmap = areas.get("drift-heatmap") as PngImage;
    assert.ok(share(heatmap, (r, g, b) => r > 180 && g < 120 && b < 120) > 0.03, "drifted cells (red)");
    assert.ok(share(heatmap, (r, g, b) => g > r + 15 && g > b + 15) > 0.03, "stable cells (green)");
    const verdictColours = (await page.evaluate(`[...document.querySelectorAll(".dl-summary tr.dl-drifted td.dl-verdict")].map((cell) => getComputedStyle(cell).color)`)) as string[];
    assert.ok(verdictColours.length > 0 && verdictColours.every((colour) => colour === "rgb(224, 49, 49)"), `drifted verdicts in the report's red: ${verdictColours.join(", ")}`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("keeps to its Content Security Policy: Plotly's hover labels, modebar, zoom, legend and PNG export raise no violation", async () => {
    const { page, problems } = await openPage(browser, write("csp", loadReport("check-report")));
    assert.ok((await exercisePlots(page)) >= 8, "every figure used");
    const heatmap = page.locator(".js-plotly-plot:has(.colorbar)");
    await heatmap.hover();
    const download = page.waitForEvent("download");
    await heatmap.locator('.modebar-btn[data-title="Download plot as a PNG"]').click();
    assert.match((await download).suggestedFilename(), /\.png$/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("refuses a style element, a script and a style attribute injected without the nonce", async () => {
    const { page, problems } = await openPage(browser, write("injected", loadReport("compare-report")));
    assert.deepEqual(await injectWithoutNonce(page), { style: false, script: false, styleAttribute: false });
    const refused = problems.filter((problem) => problem.startsWith("CSP violation")).map((problem) => problem.split(" ")[2]);
    assert.deepEqual(refused.sort(), ["script-src-elem", "style-src-attr", "style-src-elem"]);
    await page.close();
  });

  it("shows hostile names as text and runs none of them; NaN and Infinity scores show", async () => {
    const { page, problems } = await openPage(browser, write("hostile", hostileReport()));
    assert.equal(await page.getAttribute("body", "data-rendered"), "true");
    assert.equal(await page.evaluate("typeof window.__xss"), "undefined");
    const cells = [...(await page.$$eval("[data-figure] text", (texts) => texts.map((text) => text.textContent ?? ""))), ...(await page.$$eval(".dl-summary td", (tds) => tds.map((td) => td.textContent ?? "")))];
    for (const name of ["<script>window.__xss = 1</script>", "😀 émoji 列名", `"quoted" 'name', with comma`, "NaN", "Infinity"]) {
      assert.ok(cells.some((text) => text.includes(name)), `${name} drawn as text`);
    }
    const options = await page.$$eval("#distribution-select option", (elements) => elements.map((element) => element.textContent ?? ""));
    assert.ok(options.some((text) => text.startsWith(`<img src=x onerror="window.__xss = 2">`)), "select option as text");
    assert.match((await page.textContent("header")) ?? "", /cur "<script>window.__xss = 4<\/script>"\.csv/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("renders a report of 0 columns", async () => {
    const { page, problems } = await openPage(browser, write("empty", emptyReport()));
    assert.equal(await page.getAttribute("body", "data-rendered"), "true");
    assert.equal(await page.textContent(".dl-summary tbody"), "No column was tested.");
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("renders 2,000 columns: the table holds every one and finds one by name, the heatmap keeps 40 rows", async () => {
    const { page, problems } = await openPage(browser, write("wide", wideReport(2000)));
    assert.equal(await page.getAttribute("body", "data-rendered"), "true");
    assert.equal(await page.locator(".dl-summary tbody tr[data-column]").count(), summaryRows(wideReport(2000)).length);
    await page.fill(".dl-summary input.dl-filter", "feature_0026");
    assert.deepEqual(await page.$$eval(".dl-summary tbody tr[data-column]", (rows) => rows.map((row) => row.getAttribute("data-column"))), ["feature_0026"]);
    const heatmapRows = await page.$$eval("[data-figure]", (elements) => elements.map((element) => element.querySelectorAll(".ytick text").length));
    assert.ok(heatmapRows.includes(40), `y ticks per figure: ${heatmapRows.join(", ")}`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("provides the README's screenshot of the demo's report (UPDATE_SNAPSHOTS=1 retakes it)", async () => {
    if (process.env.UPDATE_SNAPSHOTS === "1") {
      assert.notEqual(process.env.CI, "true", "the screenshot is retaken locally, not in CI");
      const { page, problems } = await openPage(browser, write("readme", loadReport("check-report")), 1100);
      // A window as tall as the page: a full-page capture would resize it mid-shot and Plotly would re-lay out.
      await page.setViewportSize({ width: 1100, height: await page.evaluate("document.documentElement.scrollHeight") });
      await page.waitForTimeout(500);
      mkdirSync(repoPath("docs"), { recursive: true });
      writeFileSync(SCREENSHOT, await page.screenshot());
      assert.deepEqual(problems, []);
      await page.close();
    }
    assert.ok(existsSync(SCREENSHOT), `${SCREENSHOT} is missing: run UPDATE_SNAPSHOTS=1 node scripts/run-tests.mjs browser/ and commit it`);
    const image = decodePng(readFileSync(SCREENSHOT));
    assert.equal(image.width, 1100);
    assert.ok(image.height > 2000, `${image.height} px tall`);
    assert.ok(share(image, (r, g, b) => r > 180 && g < 120 && b < 120) > 0.002, "the drift reds are in it");
  });
});
