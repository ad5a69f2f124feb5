import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, sep } from "node:path";
import { after, before, describe, it } from "node:test";
import type * as vscode from "vscode";
import type { Page } from "playwright-core";
import { webviewHtml } from "../../extension/panels/webviewHtml";
import { checkTextDrift } from "../../kernel-helpers/embeddings/checkTextDrift";
import type { AnyDriftReport } from "../../kernel-helpers/report/anyDriftReport";
import { reportFigures } from "../../kernel-helpers/report/reportFigures";
import { reportNotes } from "../../kernel-helpers/report/reportNotes";
import { summaryRows } from "../../kernel-helpers/report/summaryRows";
import { textDriftFindings } from "../../kernel-helpers/report/textDriftFindings";
import { injectTextDrift } from "../../kernel-helpers/synth/injectTextDrift";
import { syntheticSentences } from "../../kernel-helpers/synth/syntheticSentences";
import type { HostMessage, PanelMessage, ReportView } from "../../media/src/shared/protocol";
import type { Browser } from "../helpers/chromium";
import { launchChromium, watchPage } from "../helpers/chromium";
import { exercisePlots, injectWithoutNonce } from "../helpers/cspProbes";
import { repoPath } from "../helpers/paths";
import { loadReport } from "../helpers/reportFixtures";
import { reportVerdict, verdictPlain } from "../../kernel-helpers/report/reportVerdict";
import { hostileReport } from "../helpers/reportFixtures";
import { layoutProblems, shownColumns } from "../helpers/layoutProbes";

/*
 * The report panel's page (webviewHtml, the real function) with the built panel.js, plotly.min.js
 * and report.css, outside VS Code. As in a webview, the page and the extension's files come from
 * two origins (here http://localhost:<port> and http://127.0.0.1:<port>, the fake cspSource), and
 * the host's script (acquireVsCodeApi) and default styles go into the head before the CSP meta,
 * as VS Code's webview host does. What it does not show: VS Code's own cspSource
 * (https://*.vscode-cdn.net), its service worker and its theme variables; the e2e suite draws the
 * panel in a real code-server for that.
 */

const MEDIA = repoPath("media");
const TYPES: Record<string, string> = { ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml" };
const WHAT_IF = { note: "Shifts baseline credit v1's reference sample and checks the shifted copy against the original." };

/** What VS Code's webview host puts before the page's head: the API script and the default styles (pre/index.html, toContentHtml). */
const HOST_HEAD = `<style id="_defaultStyles">html { --vscode-editor-foreground: #1f1f1f; --vscode-editor-background: #ffffff; }</style>
<script id="_vscodeApiScript">window.__posted = []; window.acquireVsCodeApi = () => ({ postMessage: (message) => window.__posted.push(message), getState() {}, setState() {} });</script>
`;

/** The panel's view of a report, in the shape reportView gives (the fields the page reads). */
function viewOf(report: AnyDriftReport, whatIf?: ReportView["whatIf"]): ReportView {
  return {
    title: "reference.csv → current.csv",
    verdict: verdictPlain(reportVerdict(report)),
    drifted: reportVerdict(report).drifted,
    state: reportVerdict(report).state,
    subtitle: "Reference · Current",
    alerts: [],
    columns: summaryRows(report),
    skipped: reportNotes(report).notTested,
    warnings: reportNotes(report).warnings,
    ...(textDriftFindings(report) ? { text: textDriftFindings(report) } : {}),
    figures: reportFigures(report),
    ...(whatIf ? { whatIf } : {}),
    loadLabel: "Load another CSV…",
  };
}

describe("the report panel's page in headless Chromium", () => {
  let browser: Browser;
  let server: Server;
  let port: number;
  let page = "";

  before(async () => {
    server = createServer((request, response) => {
      const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
      if (path === "/panel.html") {
        response.writeHead(200, { "content-type": "text/html" }).end(page);
        return;
      }
      const file = repoPath(`.${path}`);
      if (!path.startsWith("/media/") || !file.startsWith(MEDIA + sep)) {
        response.writeHead(404).end();
        return;
      }
      try {
        response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "access-control-allow-origin": "*" }).end(readFileSync(file));
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  /** Opens the panel's page and posts `view` to it as the extension does. */
  async function openPanel(view: ReportView, width = 1280): Promise<{ panel: Page; problems: string[] }> {
    const cspSource = `http://127.0.0.1:${port}`;
    const webview = { cspSource, asWebviewUri: (uri: { path: string }) => `${cspSource}${uri.path}` };
    const extensionUri = { path: "/", with: (change: { path: string }) => ({ path: change.path }) };
    const html = webviewHtml(webview as unknown as Pick<vscode.Webview, "cspSource" | "asWebviewUri">, extensionUri as unknown as vscode.Uri, "Drift Report");
    page = html.replace('<html lang="en">', '<html lang="en" style="--vscode-font-family: sans-serif;">').replace("<head>\n", `<head>\n${HOST_HEAD}`);
    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width, height: 900 });
    const problems = await watchPage(panel, (url) => url.startsWith(`http://localhost:${port}/panel.html`) || url.startsWith(`${cspSource}/media/`) || url.startsWith("data:") || url.startsWith("blob:"));
    await panel.goto(`http://localhost:${port}/panel.html`);
    await panel.waitForFunction("window.__posted.some((message) => message.type === 'ready')");
    await post(panel, { type: "report", view });
    await panel.waitForSelector(".figure .js-plotly-plot .main-svg", { timeout: 30_000 });
    return { panel, problems };
  }

  /** A message from the extension to the page (a structured clone, as postMessage gives it). */
  const post = (panel: Page, message: HostMessage) => panel.evaluate(`window.postMessage(${JSON.stringify(message)}, "*")`);
  /** What the page posted to the extension. */
  const posted = (panel: Page) => panel.evaluate("window.__posted") as Promise<PanelMessage[]>;

  it("draws a check's figures under the panel's policy; hover, modebar, zoom, legend, a column's distribution and What if raise no violation", async () => {
    const { panel, problems } = await openPanel(viewOf(loadReport("check-report"), WHAT_IF));
    assert.equal(await panel.evaluate('getComputedStyle(document.querySelector("nav")).display'), "flex", "report.css applies (from the cspSource)");
    const figures = await panel.$$eval(".figure", (blocks) => blocks.map((block) => block.querySelectorAll(".main-svg").length));
    assert.ok(figures.length >= 2 && figures.every((svgs) => svgs > 0), `svgs per figure: ${figures.join(", ")}`);
    await panel.locator("tr.drifted").first().click();
    await panel.waitForSelector("#distribution .js-plotly-plot .main-svg");
    assert.ok((await exercisePlots(panel)) >= 3);
    assert.ok((await panel.locator(".modebar-btn").count()) > 0, "the modebar is drawn");
    assert.equal(await panel.locator('.modebar-btn[data-title^="Download plot"]').count(), 0, "a webview cannot download Plotly's PNG: the button is removed");
    await panel.locator("#tab-whatif").click();
    assert.match((await panel.textContent("#whatif-tab .hint")) ?? "", /^Shifts baseline credit v1's reference sample .* Nothing is saved\.$/);
    assert.deepEqual((await posted(panel)).at(-1), { type: "whatIfOpen" }, "opening the tab asks for the reference's columns");
    await post(panel, { type: "whatIfColumns", columns: { columns: [{ name: "income", type: "numerical" }, { name: "region", type: "categorical" }], features: ["income", "region"], rows: 50_000, of: 120_000 } });
    await panel.waitForSelector('#whatif-column option[value="income"]', { state: "attached" });
    assert.match((await panel.textContent("#whatif-status")) ?? "", /^50,000 reference rows \(evenly spaced, of 120,000\), 2 columns/);
    // Moving sliders asks for one re-check after a pause, with every slider's value.
    await panel.locator("#whatif-column").selectOption("income");
    for (const value of ["0.5", "1", "1.5"]) await panel.locator("#whatif-mean").evaluate((input, to) => { (input as { value: string }).value = to; input.dispatchEvent(new Event("input")); }, value);
    // The debounce (150 ms) has passed well before this.
    await panel.waitForTimeout(600);
    const requests = (await posted(panel)).filter((message) => message.type === "whatIf");
    assert.deepEqual(requests, [{ type: "whatIf", seq: requests[0].type === "whatIf" ? requests[0].seq : 0, shift: { columns: ["income"], meanShift: 1.5, scale: 1, categoryShift: 0, missingShare: 0 } }]);
    const seq = requests[0].type === "whatIf" ? requests[0].seq : 0;
    await post(panel, { type: "whatIf", seq, ms: 42, view: { ...viewOf(loadReport("compare-report"), WHAT_IF), simulated: true } });
    await panel.waitForSelector("#whatif-result .js-plotly-plot .main-svg");
    assert.equal(await panel.textContent("#whatif-status"), "Re-checked in 42 ms.");
    // A move marks the shown result out of date until its re-check arrives; an older answer does not clear the mark.
    await panel.locator("#whatif-missing").evaluate((input) => { (input as { value: string }).value = "0.3"; input.dispatchEvent(new Event("input")); });
    assert.equal(await panel.locator("#whatif-result.stale").count(), 1);
    assert.match((await panel.textContent("#whatif-status")) ?? "", /Out of date/);
    await post(panel, { type: "whatIf", seq, ms: 40, view: { ...viewOf(loadReport("compare-report"), WHAT_IF), simulated: true } });
    await panel.waitForTimeout(300);
    assert.equal(await panel.locator("#whatif-result.stale").count(), 1, "the answer to an older request cleared the mark");
    assert.deepEqual(problems, []);
    await panel.close();
  });

  it("shows a text drift report without a What-if tab and with no control that does nothing", async () => {
    const reference = syntheticSentences({ count: 80, seed: 1 });
    const report = await checkTextDrift(reference, injectTextDrift(syntheticSentences({ count: 80, seed: 2 }), { kind: "topic", severity: 1, seed: 3 }), { column: "review", seed: 4 });
    const { panel, problems } = await openPanel(viewOf(report));
    assert.equal(await panel.locator('[role="tab"], [role="tablist"], [role="tabpanel"], #whatif-tab, select').count(), 0);
    assert.equal(await panel.locator("input:not(.dl-summary input)").count(), 0, "only the tables' filters and toggles");
    const buttons = await panel.$$eval("button", (elements) => elements.filter((button) => !button.closest(".js-plotly-plot") && !button.closest(".dl-summary th")).map((button) => `${button.id}: ${button.textContent}`));
    assert.deepEqual(buttons, ["load-current: Load another CSV…"], "the panel's own buttons (Plotly's modebar aside)");
    await panel.locator("#load-current").click();
    assert.deepEqual((await posted(panel)).at(-1), { type: "loadCurrent" });
    const words = report.textClassifier.currentWords.slice(0, 3);
    assert.ok(words.length > 0);
    for (const [i, word] of words.entries()) assert.equal(await panel.textContent(`#current-words tbody tr:nth-child(${i + 1}) td:first-child`), word.word, "the distinctive words, strongest first");
    assert.match((await panel.textContent(".dl-text")) ?? "", /Domain classifier on TF-IDF: AUC/);
    assert.ok((await panel.locator(".dl-text blockquote.dl-example").count()) > 0, "an example of the texts that moved most");
    assert.equal(await panel.locator(".dl-text .dl-summary tbody tr[data-column]").count(), report.descriptors.length, "the descriptors");
    await panel.locator('tr[data-column="review"]').click();
    await panel.waitForSelector('#distribution .js-plotly-plot[data-figure="embeddings:review"] .main-svg');
    assert.ok((await exercisePlots(panel)) >= 2);
    assert.deepEqual(problems, []);
    await panel.close();
  });

  for (const width of [800, 1000, 1400]) {
    it(`lays the summary table out at ${width} px with nothing overlapping, clipped or scrolling sideways; an identifier is listed with its reason and one click includes it`, async () => {
      const report = hostileReport();
      const withIdentifier = { ...report, skipped: [...report.skipped, { column: "transaction_id", type: "categorical" as const, role: "identifier" as const, reason: "looks like an identifier: named 'transaction_id', with 2,000 distinct values in 2,000 rows." }] };
      const { panel, problems } = await openPanel(viewOf(withIdentifier, WHAT_IF), width);
      await panel.hover(".figure .nsewdrag");
      assert.deepEqual(await layoutProblems(panel), []);
      assert.equal(await panel.evaluate("window.__xss"), undefined);
      const identifier = panel.locator('.dl-skipped li[data-role="identifier"]');
      assert.match((await identifier.textContent()) ?? "", /^transaction_id \(categorical\): looks like an identifier/);
      await identifier.locator("button").click();
      assert.deepEqual((await posted(panel)).at(-1), { type: "includeColumn", column: "transaction_id" });
      assert.match((await panel.textContent(".dl-warnings")) ?? "", /<script>window.__xss = 5<\/script> in a warning/, "warnings are listed, as text");
      await panel.click('.dl-summary button[data-sort="column"]');
      assert.deepEqual(await shownColumns(panel, "#report-tab > "), summaryRows(withIdentifier).map((row) => row.column).sort((a, b) => a.localeCompare(b)));
      assert.deepEqual(problems, []);
      await panel.close();
    });
  }

  it("re-colours open plots when the theme changes", async () => {
    const { panel, problems } = await openPanel(viewOf(loadReport("compare-report")));
    const colour = () => panel.evaluate(`getComputedStyle(document.querySelector(".figure .js-plotly-plot .gtitle")).fill`);
    const before = await colour();
    await panel.evaluate(`document.documentElement.style.setProperty("--vscode-editor-foreground", "rgb(200, 10, 20)"); document.body.className = "vscode-dark";`);
    for (let waited = 0; (await colour()) !== "rgb(200, 10, 20)"; waited += 100) {
      assert.ok(waited < 5000, `the title kept its colour ${await colour()} (it was ${before})`);
      await panel.waitForTimeout(100);
    }
    assert.notEqual(before, "rgb(200, 10, 20)");
    assert.deepEqual(problems, []);
    await panel.close();
  });

  it("refuses a style element, a script and a style attribute injected without the nonce", async () => {
    const { panel, problems } = await openPanel(viewOf(loadReport("compare-report"), WHAT_IF));
    assert.deepEqual(await injectWithoutNonce(panel), { style: false, script: false, styleAttribute: false });
    const refused = problems.filter((problem) => problem.startsWith("CSP violation")).map((problem) => problem.split(" ")[2]);
    assert.deepEqual(refused.sort(), ["script-src-elem", "style-src-attr", "style-src-elem"]);
    await panel.close();
  });
});
