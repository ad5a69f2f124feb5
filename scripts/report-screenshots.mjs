// Screenshots of a drift report as the HTML report and as the VS Code report panel (its real page,
// webviewHtml + media/out, served outside VS Code with VS Code's light or dark theme variables), at
// several widths, from a checkout's build — to look at the report as a user does, and to compare
// two builds (before/after a change).
//
//   node scripts/report-screenshots.mjs --report report.json --out docs/screenshots/after [--root .] [--widths 1000,1400] [--theme dark]
//
// Needs a built checkout (`npm run build`) and Debian's Chromium (/usr/bin/chromium).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { extname, join, resolve } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { report: { type: "string" }, out: { type: "string" }, root: { type: "string", default: "." }, widths: { type: "string", default: "1000,1400" }, theme: { type: "string", default: "light" } } });
if (!values.report || !values.out) throw new Error("usage: node scripts/report-screenshots.mjs --report REPORT.json --out PREFIX [--root DIR] [--widths 1000,1400] [--theme light|dark]");
const root = resolve(values.root);
const require = createRequire(join(root, "package.json"));
const engine = require(join(root, "dist/kernel-helpers/index.js"));
const { webviewHtml } = require(join(root, "dist/extension/panels/webviewHtml.js"));
const { chromium } = require("playwright-core");
const report = JSON.parse(readFileSync(values.report, "utf8"));
const widths = values.widths.split(",").map(Number);
mkdirSync(resolve(values.out, ".."), { recursive: true });

const THEMES = {
  light: "--vscode-editor-foreground: #1f1f1f; --vscode-foreground: #3b3b3b; --vscode-editor-background: #ffffff; --vscode-descriptionForeground: #717171; --vscode-errorForeground: #e51400; --vscode-panel-border: #e5e5e5; --vscode-button-background: #005fb8; --vscode-button-foreground: #ffffff; --vscode-button-secondaryBackground: #e5e5e5; --vscode-button-secondaryForeground: #3b3b3b; --vscode-font-family: system-ui, sans-serif; --vscode-font-size: 13px; --vscode-testing-iconPassed: #388a34; --vscode-charts-blue: #1a85ff; --vscode-charts-orange: #d18616; --vscode-input-background: #ffffff; --vscode-input-border: #cecece; --vscode-list-hoverBackground: #f2f2f2;",
  dark: "--vscode-editor-foreground: #cccccc; --vscode-foreground: #cccccc; --vscode-editor-background: #1f1f1f; --vscode-descriptionForeground: #9d9d9d; --vscode-errorForeground: #f85149; --vscode-panel-border: #2b2b2b; --vscode-button-background: #0078d4; --vscode-button-foreground: #ffffff; --vscode-button-secondaryBackground: #313131; --vscode-button-secondaryForeground: #cccccc; --vscode-font-family: system-ui, sans-serif; --vscode-font-size: 13px; --vscode-testing-iconPassed: #73c991; --vscode-charts-blue: #3794ff; --vscode-charts-orange: #d18616; --vscode-input-background: #313131; --vscode-input-border: #3c3c3c; --vscode-list-hoverBackground: #2a2d2e;",
};

/** The panel's view, as extension/panels/reportView builds it (with what this build's engine offers). */
function viewOf() {
  const notes = engine.reportNotes?.(report);
  const text = engine.textDriftFindings?.(report);
  const rows = engine.summaryRows?.(report) ?? report.columns.map((c) => ({ column: c.column, type: c.type, role: "feature", method: c.method, score: c.score, threshold: c.threshold, drifted: c.drifted, severity: c.severity }));
  return {
    title: `${report.reference.source} → ${report.current.source}`,
    verdict: report.kind === "check" ? engine.verdictLine(report) : `${report.dataset.drifted ? "DRIFT" : "NO DRIFT"} (score ${Math.round(report.dataset.driftScore * 100)}%, ${report.dataset.driftedColumns}/${report.dataset.columns} columns; the dataset drifts at ≥ ${Math.round(report.dataset.driftShare * 100)}%)`,
    drifted: report.dataset.drifted,
    subtitle: `Reference: ${report.reference.source} (${report.reference.rows} rows) · Current: ${report.current.source} (${report.current.rows} rows)`,
    alerts: (report.alerts ?? []).map((a) => ({ level: a.level, message: a.message })),
    columns: rows,
    skipped: notes?.notTested ?? [],
    warnings: notes?.warnings ?? [],
    ...(text ? { text } : {}),
    figures: engine.reportFigures(report),
    whatIf: { note: "Simulated on the baseline's sample.", scenarios: ["covariate-shift"] },
    loadLabel: "Load another CSV…",
  };
}

const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
  if (path === "/panel.html") {
    const webview = { cspSource: `http://127.0.0.1:${port}`, asWebviewUri: (uri) => `http://127.0.0.1:${port}${uri.path}` };
    const extensionUri = { path: "/", with: (change) => ({ path: change.path }) };
    const html = webviewHtml(webview, extensionUri, "Drift Report")
      .replace('<html lang="en">', `<html lang="en" style="${THEMES[values.theme]}">`)
      .replace("<head>\n", `<head>\n<script>window.acquireVsCodeApi = () => ({ postMessage() {}, getState() {}, setState() {} });</script>\n`);
    response.writeHead(200, { "content-type": "text/html" }).end(html.replace("<body>", `<body class="vscode-${values.theme}">`));
    return;
  }
  try {
    response.writeHead(200, { "content-type": { ".js": "text/javascript", ".css": "text/css" }[extname(path)] ?? "application/octet-stream", "access-control-allow-origin": "*" }).end(readFileSync(join(root, path)));
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const port = server.address().port;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
const htmlFile = join(mkdtempSync(join(tmpdir(), "driftlens-shots-")), "report.html");
writeFileSync(htmlFile, engine.reportHtml(report));
try {
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`file://${htmlFile}`);
    await page.waitForSelector("body[data-rendered]", { timeout: 60_000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${values.out}-report-${width}.png`, fullPage: true });
    await page.close();
    const panel = await browser.newPage({ viewport: { width, height: 900 } });
    await panel.goto(`http://localhost:${port}/panel.html`);
    await panel.evaluate(`window.postMessage(${JSON.stringify({ type: "report", view: viewOf() })}, "*")`);
    await panel.waitForSelector(".js-plotly-plot .main-svg", { timeout: 60_000 });
    await panel.waitForTimeout(800);
    await panel.screenshot({ path: `${values.out}-panel-${width}.png`, fullPage: true });
    await panel.close();
    console.log(`${values.out}-{report,panel}-${width}.png`);
  }
} finally {
  await browser.close();
  server.close();
}
