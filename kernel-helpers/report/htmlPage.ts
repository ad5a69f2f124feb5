import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { plotlyBundlePath } from "./plotlyBundlePath";
import { pageStart } from "./pageStart";
import type { ReportFigure } from "./reportFigure";
import { REPORT_PAGE_SCRIPT } from "./reportPageScript";
import { scriptJson } from "./scriptJson";
import type { SummaryRow } from "./summaryRows";

export interface HtmlPageInput {
  /** Plain text; escaped here. */
  readonly title: string;
  /** The page's body content, already-escaped HTML. Figures go in elements with `data-figure="<index into figures>"`. */
  readonly body: string;
  readonly figures: readonly ReportFigure[];
  /** Rows of the summary table, drawn as DOM in the element with `id="summary-table"`. */
  readonly rows?: readonly SummaryRow[];
}

let plotlySource: string | undefined;

/**
 * A standalone, offline HTML page that draws `figures` with Plotly's cartesian bundle inlined
 * (read once from the npm package, never a CDN), under a strict Content Security Policy:
 * `default-src 'none'`, scripts only with this page's nonce (16 bytes from `crypto.randomBytes`),
 * style elements only with the nonce (Plotly puts its rules, through the CSSOM, into the empty
 * `plotly.js-style-global` element, which it finds by that id), no style attribute at all (Plotly
 * styles its SVG through `element.style`, which CSP does not govern; only its text markup —
 * `<b>`, `<i>`, `<em>`, `<u>`, `<s>`, `<sup>`, `<sub>`, `<a>`, `<span style>` — writes style
 * attributes, and driftlens figures use none: see `plotlyText`), images only from
 * `data:`/`blob:` (Plotly's heatmaps and PNG export). Figures travel as JSON in a data block
 * (see `scriptJson`), the summary table's rows likewise; the page's script (media/src/page/,
 * bundled into `REPORT_PAGE_SCRIPT`) draws the figures with titles fitted to their width, the
 * summary table as DOM (the panel's, sortable and filterable, styled through the CSSOM), and
 * lets `id="distribution-select"` switch the figure drawn in `id="distribution-plot"`. When every
 * figure is drawn the body gets `data-rendered="true"` (or `"error"`, with the error on the console).
 * Cost: O(size of the figures) plus the 1.4 MB bundle.
 *
 * @example htmlPage({ title: "Drift", body: '<div data-figure="0"></div>', figures: [figure] }).startsWith("<!doctype html>") // true
 */
export function htmlPage(input: HtmlPageInput): string {
  const nonce = randomBytes(16).toString("base64");
  return `${pageStart(input.title, { nonce, imageSources: "data: blob:", fontSources: "data:" }, `<style nonce="${nonce}">${PAGE_CSS}</style>`)}${input.body}
<script type="application/json" id="driftlens-figures">${scriptJson(input.figures)}</script>
<script type="application/json" id="driftlens-rows">${scriptJson(input.rows ?? null)}</script>
<script nonce="${nonce}">${inlinePlotly()}</script>
<script nonce="${nonce}">${REPORT_PAGE_SCRIPT.replace(/<\/(script)/gi, "<\\/$1")}</script>
</body>
</html>
`;
}

/** Plotly's bundle as the text of a script element (`</script` cannot occur in it). */
function inlinePlotly(): string {
  plotlySource ??= readFileSync(plotlyBundlePath(), "utf8").replace(/<\/(script)/gi, "<\\/$1");
  return plotlySource;
}

const PAGE_CSS = `
:root { color-scheme: light; --text: #212529; --muted: #6c757d; --line: #dee2e6; --drift: #e03131; --ok: #2f9e44; --warn: #f76707; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--text); background: #f8f9fa; }
header, main, footer { max-width: 1180px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 24px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 0 0 12px; }
h3 { font-size: 14px; margin: 12px 0 4px; }
.sources { color: var(--muted); margin: 0; overflow-wrap: anywhere; }
section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin: 16px 0; }
.verdict { display: flex; align-items: baseline; gap: 16px; flex-wrap: wrap; border-left: 6px solid var(--ok); }
.verdict.drift { border-left-color: var(--drift); }
.verdict strong { font-size: 28px; letter-spacing: 0.02em; color: var(--ok); }
.verdict.drift strong { color: var(--drift); }
.verdict.not-checked { border-left-color: var(--warn); }
.verdict.not-checked strong { color: var(--warn); }
.alerts ul, .details ul { margin: 0; padding-left: 20px; overflow-wrap: anywhere; }
.badge { display: inline-block; font-size: 11px; font-weight: 700; padding: 1px 6px; border-radius: 4px; color: #fff; background: var(--warn); margin-right: 6px; }
.badge.critical { background: var(--drift); }
.figure { width: 100%; min-height: 120px; }
.note { color: var(--muted); margin: 8px 0 0; }
label { font-weight: 600; }
select { font: inherit; margin-left: 8px; max-width: 60%; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
dt { color: var(--muted); }
dd { margin: 0; overflow-wrap: anywhere; }
footer { color: var(--muted); padding-bottom: 32px; }
`;
