import type { ColumnRow } from "./protocol";
import { adoptCss, el } from "./dom";

/** What a table can be sorted by. */
type SortKey = "concern" | "column" | "type" | "method" | "score" | "verdict";

interface Heading {
  readonly key: SortKey | undefined;
  readonly label: string;
  readonly className: string;
}

const HEADINGS: readonly Heading[] = [
  { key: "column", label: "Column", className: "dl-col-name" },
  { key: "type", label: "Type", className: "dl-col-type" },
  { key: "method", label: "Test", className: "dl-col-method" },
  { key: "score", label: "Score", className: "dl-col-score" },
  { key: "verdict", label: "Drift", className: "dl-col-verdict" },
  { key: undefined, label: "Reference vs current", className: "dl-col-spark" },
];

const SEVERITY_RANK: Readonly<Record<string, number>> = { high: 3, medium: 2, low: 1, none: 0 };

/**
 * The summary table's look, shared by the report panel, the notebook renderer and the HTML
 * report: colours from VS Code's theme variables, with light-theme fallbacks for the standalone
 * page. A fixed layout in percentages, names that wrap anywhere: nothing overlaps and nothing
 * scrolls sideways from 800 px up. In a box narrower than 720 px (a panel beside the sidebar)
 * the type moves under the test's name, so words keep whole.
 */
export const SUMMARY_TABLE_CSS = `
.dl-summary { --dl-fg: var(--vscode-foreground, var(--text, #212529)); --dl-muted: var(--vscode-descriptionForeground, var(--muted, #6c757d)); --dl-line: var(--vscode-panel-border, var(--line, #dee2e6)); --dl-drift: var(--vscode-errorForeground, var(--drift, #c92a2a)); --dl-ok: var(--vscode-testing-iconPassed, var(--ok, #2f9e44)); --dl-ref: var(--vscode-charts-blue, #4c6ef5); --dl-cur: var(--vscode-charts-orange, #f08c00); color: var(--dl-fg); max-width: 100%; container-type: inline-size; }
.dl-summary .dl-controls { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; margin: 4px 0 8px; }
.dl-summary input[type="search"] { font: inherit; color: inherit; background: var(--vscode-input-background, transparent); border: 1px solid var(--vscode-input-border, var(--dl-line)); padding: 2px 6px; min-width: 12em; }
.dl-summary label { display: inline-flex; gap: 4px; align-items: center; margin: 0; font-weight: normal; }
.dl-summary .dl-count { color: var(--dl-muted); }
.dl-summary table { border-collapse: collapse; width: 100%; table-layout: fixed; }
.dl-summary th, .dl-summary td { text-align: left; padding: 4px 6px; border-bottom: 1px solid var(--dl-line); vertical-align: middle; overflow-wrap: anywhere; word-break: break-word; }
.dl-summary th { font-weight: 600; white-space: normal; }
.dl-summary th button { font: inherit; font-weight: 600; color: inherit; background: none; border: none; padding: 0; margin: 0; cursor: pointer; text-align: left; }
.dl-summary th button:hover { text-decoration: underline; }
.dl-summary th[aria-sort="ascending"] button::after { content: " ▲"; font-size: 0.75em; }
.dl-summary th[aria-sort="descending"] button::after { content: " ▼"; font-size: 0.75em; }
.dl-summary .dl-col-name { width: 30%; }
.dl-summary .dl-col-type { width: 13%; }
.dl-summary .dl-col-method { width: 15%; }
.dl-summary .dl-col-score { width: 11%; }
.dl-summary .dl-col-verdict { width: 12%; }
.dl-summary .dl-col-spark { width: 19%; }
.dl-summary td.dl-number { font-variant-numeric: tabular-nums; }
.dl-summary .dl-threshold { display: block; color: var(--dl-muted); font-size: 0.85em; }
.dl-summary .dl-role { display: block; color: var(--dl-muted); font-size: 0.85em; }
.dl-summary tr.dl-drifted .dl-verdict { color: var(--dl-drift); font-weight: 600; }
.dl-summary tr.dl-stable .dl-verdict { color: var(--dl-ok); }
.dl-summary tr[tabindex] { cursor: pointer; }
.dl-summary tr[tabindex]:hover, .dl-summary tr[tabindex]:focus { background: var(--vscode-list-hoverBackground, rgba(128, 128, 128, 0.12)); outline: none; }
.dl-summary svg.dl-spark { display: block; width: 100%; height: 22px; }
.dl-summary svg.dl-spark .dl-ref { fill: var(--dl-ref); opacity: 0.55; }
.dl-summary svg.dl-spark .dl-cur { fill: none; stroke: var(--dl-cur); stroke-width: 1.5; }
.dl-summary .dl-empty { color: var(--dl-muted); padding: 8px 6px; }
.dl-summary .dl-type-inline { display: none; color: var(--dl-muted); font-size: 0.85em; }
@container (max-width: 720px) {
  .dl-summary .dl-col-type { display: none; }
  .dl-summary .dl-type-inline { display: block; }
  .dl-summary .dl-col-name { width: 32%; }
  .dl-summary .dl-col-method { width: 22%; }
  .dl-summary .dl-col-score { width: 14%; }
  .dl-summary .dl-col-verdict { width: 13%; }
}
`;

export interface SummaryTableOptions {
  /** Makes each row a button that picks its column (the panel shows its distribution). */
  readonly onPick?: (column: string) => void;
}

/**
 * The per-column summary table as DOM: sortable by each heading (a second click reverses), a
 * filter by column name, a "drifted only" toggle, and per row the column (full name on hover),
 * its role, type, test, score against threshold, the verdict with severity, and a sparkline of
 * the reference's shares (bars) against the current data's (line). Opens sorted by concern:
 * drifted first, then by severity, then by name. Every string is text (see dom.ts); the
 * sparkline is SVG built with DOM calls, coloured by classes (no style attribute).
 */
export function summaryTable(rows: readonly ColumnRow[], options: SummaryTableOptions = {}): HTMLElement {
  adoptCss("driftlens-summary-table", SUMMARY_TABLE_CSS);
  let sortKey: SortKey = "concern";
  let descending = false;
  const filter = el("input", { type: "search", placeholder: "Filter columns", "aria-label": "Filter columns by name", class: "dl-filter" });
  const driftedOnly = el("input", { type: "checkbox", class: "dl-drifted-only" });
  const count = el("span", { class: "dl-count", "aria-live": "polite" });
  const headCells = HEADINGS.map((heading) => {
    const th = el("th", { scope: "col", class: heading.className });
    if (heading.key === undefined) {
      th.append(heading.label);
      return th;
    }
    const key = heading.key;
    const button = el("button", { type: "button", "data-sort": key }, heading.label);
    button.addEventListener("click", () => {
      descending = sortKey === key ? !descending : key === "score" ? false : key === "verdict";
      sortKey = key;
      draw();
    });
    th.append(button);
    return th;
  });
  const body = el("tbody", {});
  const rowElements = new Map(rows.map((row) => [row, rowElement(row, options.onPick)]));

  function draw(): void {
    const needle = filter.value.trim().toLowerCase();
    const shown = [...rows]
      .filter((row) => (!driftedOnly.checked || row.drifted) && (needle === "" || row.column.toLowerCase().includes(needle)))
      .sort((a, b) => compare(a, b, sortKey) * (descending ? -1 : 1));
    HEADINGS.forEach((heading, i) => {
      if (heading.key === undefined) return;
      if (heading.key === sortKey) headCells[i].setAttribute("aria-sort", descending ? "descending" : "ascending");
      else headCells[i].removeAttribute("aria-sort");
    });
    body.replaceChildren(...shown.map((row) => rowElements.get(row) as HTMLTableRowElement));
    if (shown.length === 0) body.append(el("tr", {}, el("td", { colspan: String(HEADINGS.length), class: "dl-empty" }, rows.length === 0 ? "No column was tested." : "No column matches.")));
    count.textContent = `${shown.length} of ${rows.length} columns`;
  }
  filter.addEventListener("input", draw);
  driftedOnly.addEventListener("change", draw);
  draw();
  return el("div", { class: "dl-summary" },
    el("div", { class: "dl-controls" }, filter, el("label", {}, driftedOnly, "Drifted only"), count),
    el("table", { class: "summary" }, el("thead", {}, el("tr", {}, ...headCells)), body));
}

function compare(a: ColumnRow, b: ColumnRow, key: SortKey): number {
  const byName = a.column.localeCompare(b.column);
  switch (key) {
    case "concern":
      return Number(b.drifted) - Number(a.drifted) || (SEVERITY_RANK[b.severity] ?? 0) - (SEVERITY_RANK[a.severity] ?? 0) || byName;
    case "column":
      return byName;
    case "type":
      return a.type.localeCompare(b.type) || byName;
    case "method":
      return a.method.localeCompare(b.method) || byName;
    case "score":
      return orderable(a.score) - orderable(b.score) || byName;
    case "verdict":
      return Number(a.drifted) - Number(b.drifted) || (SEVERITY_RANK[a.severity] ?? 0) - (SEVERITY_RANK[b.severity] ?? 0) || -byName;
  }
}

/** A score for sorting: NaN (null once through JSON) after every number. */
function orderable(score: number | null): number {
  return typeof score === "number" && !Number.isNaN(score) ? score : Infinity;
}

function rowElement(row: ColumnRow, onPick: ((column: string) => void) | undefined): HTMLTableRowElement {
  const verdict = row.drifted ? `DRIFT · ${row.severity}` : "no drift";
  const tr = el("tr", { class: row.drifted ? "dl-drifted drifted" : "dl-stable stable", "data-column": row.column },
    el("td", { class: "dl-col-name column-name", title: row.column }, row.column, ...(row.role === "feature" ? [] : [el("span", { class: "dl-role" }, row.role)])),
    el("td", { class: "dl-col-type" }, row.type),
    el("td", { class: "dl-col-method" }, row.method, el("span", { class: "dl-type-inline" }, row.type)),
    el("td", { class: "dl-number" }, row.scoreLabel, el("span", { class: "dl-threshold" }, `threshold ${row.thresholdLabel}`)),
    el("td", { class: `dl-verdict severity-${row.severity}` }, verdict),
    el("td", { class: "dl-spark-cell" }, ...(row.reference && row.current ? [sparkline(row.reference, row.current, row.column)] : [])));
  if (onPick) {
    tr.tabIndex = 0;
    tr.title = `Show the distribution of ${row.column}`;
    tr.addEventListener("click", () => onPick(row.column));
    tr.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        onPick(row.column);
      }
    });
  }
  return tr;
}

const SVG = "http://www.w3.org/2000/svg";

/** Reference shares as bars, current shares as a line over them, scaled to the larger share. */
function sparkline(reference: readonly number[], current: readonly number[], column: string): SVGSVGElement {
  const width = 100;
  const height = 22;
  const bars = Math.max(reference.length, current.length, 1);
  const top = Math.max(...reference, ...current, 1e-9);
  const step = width / bars;
  const y = (share: number) => height - 1 - (share / top) * (height - 2);
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("class", "dl-spark");
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("preserveAspectRatio", "none");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", `${column}: reference (bars) against current (line)`);
  const title = document.createElementNS(SVG, "title");
  title.textContent = `${column}: reference shares as bars, current shares as the line`;
  svg.append(title);
  reference.forEach((share, i) => {
    const bar = document.createElementNS(SVG, "rect");
    bar.setAttribute("class", "dl-ref");
    bar.setAttribute("x", (i * step + step * 0.1).toFixed(2));
    bar.setAttribute("width", (step * 0.8).toFixed(2));
    bar.setAttribute("y", y(share).toFixed(2));
    bar.setAttribute("height", (height - 1 - y(share)).toFixed(2));
    svg.append(bar);
  });
  const line = document.createElementNS(SVG, "polyline");
  line.setAttribute("class", "dl-cur");
  line.setAttribute("vector-effect", "non-scaling-stroke");
  line.setAttribute("points", current.map((share, i) => `${(i * step + step / 2).toFixed(2)},${y(share).toFixed(2)}`).join(" "));
  svg.append(line);
  return svg;
}
