import { escapeHtml } from "./escapeHtml";

/**
 * The one style attribute a driftlens page allows: the empty one (its SHA-256, for style
 * attributes only with 'unsafe-hashes'). Plotly writes `style=""` on a colour bar's fill to clear
 * it before it styles it through the CSSOM; refused, it would change nothing but log a CSP violation.
 */
const EMPTY_STYLE_ATTRIBUTE = "'unsafe-hashes' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/** What a page's Content Security Policy allows besides `default-src 'none'` and its nonce. */
export interface PagePolicy {
  /** The page's nonce: its scripts and style elements carry it. */
  readonly nonce: string;
  /** Where style sheets may also come from (the report panel's own resources); none for a standalone page. */
  readonly styleSources?: string;
  /** Where images may come from (`data:`, `blob:`, the panel's resources). */
  readonly imageSources: string;
  /** Where fonts may come from. */
  readonly fontSources: string;
}

/**
 * The start of a driftlens page, up to and including `<body>`, shared by the standalone HTML
 * report (htmlPage) and the report panel (extension/panels/webviewHtml): the strict Content
 * Security Policy (`default-src 'none'`; scripts and style elements only by the nonce, style sheets
 * also from `styleSources`; no style attribute but the empty one), the title as text, `styles`
 * (already HTML: the page's style element or style sheet link) and the empty
 * `plotly.js-style-global` element, which Plotly finds by its id and fills through the CSSOM.
 * Needs no Node module, so the extension loads it without the engine.
 *
 * @example pageStart("Drift", { nonce: "abc", imageSources: "data:", fontSources: "data:" }, "").startsWith("<!doctype html>") // true
 */
export function pageStart(title: string, policy: PagePolicy, styles: string): string {
  const { nonce } = policy;
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src-elem ${policy.styleSources ? `${policy.styleSources} ` : ""}'nonce-${nonce}'`,
    `style-src-attr ${EMPTY_STYLE_ATTRIBUTE}`,
    `img-src ${policy.imageSources}`,
    `font-src ${policy.fontSources}`,
  ].join("; ");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="driftlens">
<title>${escapeHtml(title)}</title>
${styles}
<style id="plotly.js-style-global" nonce="${nonce}"></style>
</head>
<body>
`;
}
