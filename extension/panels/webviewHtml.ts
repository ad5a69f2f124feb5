import { posix } from "node:path";
import type * as vscode from "vscode";
import { nonce as makeNonce } from "../nonce";
import { pageStart } from "../../kernel-helpers/report/pageStart";

/**
 * The report panel's page, under a Content Security Policy as strict as the HTML report's:
 * `default-src 'none'`; scripts only by a fresh nonce (Plotly and panel.js, both from media/out/);
 * style sheets only from the extension (report.css) or by the nonce (the empty
 * `plotly.js-style-global` element, which Plotly finds by its id and fills through the CSSOM);
 * no style attribute but the empty one (Plotly styles its SVG through `element.style`, which CSP
 * does not govern; it writes `style=""` on a colour bar's fill to clear it; only its text markup —
 * `<b>`, `<i>`, `<sup>`… — would need more, and driftlens figures use none); images and fonts only
 * from the extension. The head and its policy are the HTML report's (pageStart). No data in the
 * page: the report arrives by postMessage and is written as text.
 * Needs nothing of `vscode` at run time, so the browser tests serve the same page.
 */
export function webviewHtml(webview: Pick<vscode.Webview, "cspSource" | "asWebviewUri">, extensionUri: vscode.Uri, title: string): string {
  const nonce = makeNonce();
  const media = (...path: string[]) => webview.asWebviewUri(extensionUri.with({ path: posix.join(extensionUri.path, "media", ...path) })).toString();
  const styleSheet = `<link rel="stylesheet" href="${media("report.css")}">`;
  return `${pageStart(title, { nonce, styleSources: webview.cspSource, imageSources: `${webview.cspSource} data:`, fontSources: webview.cspSource }, styleSheet)}<main id="app" aria-live="polite"><p class="loading">Loading the report…</p></main>
<script nonce="${nonce}" src="${media("out", "plotly.min.js")}"></script>
<script nonce="${nonce}" src="${media("out", "panel.js")}"></script>
</body>
</html>`;
}
