import type { SkippedRow, TextDriftFindings } from "./protocol";
import { adoptCss, el } from "./dom";
import { scoreText } from "../../../kernel-helpers/report/scoreText";
import { summaryTable } from "./summaryTable";

const SECTIONS_CSS = `
.dl-notes ul, .dl-text ul { margin: 4px 0; padding-left: 20px; overflow-wrap: anywhere; }
.dl-notes li { margin: 4px 0; }
.dl-notes .dl-include { margin-left: 8px; }
.dl-text .dl-words { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 8px 24px; }
.dl-text table.dl-word-table { border-collapse: collapse; width: 100%; table-layout: fixed; }
.dl-text table.dl-word-table th, .dl-text table.dl-word-table td { text-align: left; padding: 2px 6px; overflow-wrap: anywhere; border-bottom: 1px solid var(--vscode-panel-border, var(--line, #dee2e6)); }
.dl-text td.dl-weight { font-variant-numeric: tabular-nums; width: 7em; }
.dl-text blockquote { margin: 4px 0; padding: 4px 10px; border-left: 3px solid var(--vscode-charts-orange, #f08c00); overflow-wrap: anywhere; white-space: pre-wrap; }
`;

/**
 * "Not tested" (each column and why; an identifier-like one with a button that checks it anyway)
 * , "Warnings" and "Computed where the data lives" (per column: exact, approximate with its bound,
 * or sampled), or `null` when the report left nothing out, warns of nothing and was computed on rows.
 */
export function notesSection(skipped: readonly SkippedRow[], warnings: readonly string[], onInclude?: (column: string) => void, computed: readonly string[] = []): HTMLElement | null {
  if (skipped.length === 0 && warnings.length === 0 && computed.length === 0) return null;
  adoptCss("driftlens-sections", SECTIONS_CSS);
  const parts: HTMLElement[] = [];
  if (skipped.length > 0) {
    parts.push(el("h2", {}, "Not tested"), el("ul", { class: "dl-skipped" }, ...skipped.map((row) => {
      const item = el("li", { "data-column": row.column, ...(row.includable ? { "data-role": "identifier" } : {}) }, el("strong", {}, row.column), row.type ? ` (${row.type})` : "", `: ${row.reason}`);
      if (row.includable && onInclude) {
        const button = el("button", { type: "button", class: "dl-include secondary", "data-include": row.column }, "Check it anyway");
        button.addEventListener("click", () => {
          button.disabled = true;
          onInclude(row.column);
        });
        item.append(button);
      }
      return item;
    })));
  }
  if (warnings.length > 0) parts.push(el("h2", {}, "Warnings"), el("ul", { class: "dl-warnings" }, ...warnings.map((warning) => el("li", {}, warning))));
  if (computed.length > 0) parts.push(el("h2", {}, "Computed where the data lives"), el("ul", { class: "dl-computed" }, ...computed.map((line) => el("li", {}, line))));
  return el("section", { class: "dl-notes", "aria-label": "Columns not tested and warnings" }, ...parts);
}

/** Text drift's findings: the distinctive words of each side with their weights, the texts that moved most, the descriptors. */
export function textDriftSection(text: TextDriftFindings): HTMLElement {
  adoptCss("driftlens-sections", SECTIONS_CSS);
  const words = (title: string, list: TextDriftFindings["currentWords"], id: string) =>
    el("div", {},
      el("h3", {}, title),
      list.length === 0
        ? el("p", { class: "note" }, "None.")
        : el("table", { class: "dl-word-table", id }, el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Word"), el("th", { scope: "col", class: "dl-weight" }, "Weight"))),
            el("tbody", {}, ...list.map((word) => el("tr", {}, el("td", {}, word.word), el("td", { class: "dl-weight" }, scoreText(word.weight)))))));
  return el("section", { class: "dl-text", "aria-label": `Text drift of ${text.column}` },
    el("h2", {}, `Text drift of ${text.column}: what changed`),
    el("p", {}, text.classifier),
    el("div", { class: "dl-words" },
      words("Words of the current data", text.currentWords, "current-words"),
      words("Words of the reference", text.referenceWords, "reference-words")),
    ...(text.examples.length > 0 ? [el("h3", {}, "Current texts that moved most"), ...text.examples.map((example) => el("blockquote", { class: "dl-example" }, example))] : []),
    el("h3", {}, "Descriptors"),
    summaryTable(text.descriptors));
}
