import * as vscode from "vscode";
import { nonce as makeNonce } from "../nonce";

/**
 * The report panel's page: CSP `default-src 'none'`; scripts only by a fresh nonce (Plotly and
 * panel.js, both from media/out/); styles and images only from the extension (Plotly sets
 * inline styles on its SVG, so styles also allow 'unsafe-inline'); no data in the page — the
 * report arrives by postMessage and is written as text.
 */
export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, title: string): string {
  const nonce = makeNonce();
  const media = (...path: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, "media", ...path)).toString();
  const csp = [
    "default-src 'none'",
    `img-src ${webview.cspSource} data:`,
    `style-src ${webview.cspSource} 'unsafe-inline'`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join("; ");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${media("report.css")}">
<title>${escapeHtml(title)}</title>
</head>
<body>
<main id="app" aria-live="polite"><p class="loading">Loading the report…</p></main>
<script nonce="${nonce}" src="${media("out", "plotly.min.js")}"></script>
<script nonce="${nonce}" src="${media("out", "panel.js")}"></script>
</body>
</html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
