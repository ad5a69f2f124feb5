import type { ColumnRow } from "./protocol";
import { el, formatScore } from "./dom";

/**
 * The per-column summary table (column, role, type, test, score, threshold, verdict), drifted
 * columns first. With `onPick`, each row is a button that picks its column.
 */
export function summaryTable(rows: readonly ColumnRow[], onPick?: (column: string) => void): HTMLTableElement {
  const sorted = [...rows].sort((a, b) => Number(b.drifted) - Number(a.drifted) || a.column.localeCompare(b.column));
  const head = el("tr", {}, ...["column", "role", "type", "test", "score", "threshold", "drift"].map((name) => el("th", { scope: "col" }, name)));
  const body = sorted.map((row) => {
    const verdict = row.drifted ? `▲ ${row.severity.toUpperCase()}` : "no";
    const tr = el("tr", { class: row.drifted ? "drifted" : "stable", "data-column": row.column },
      el("td", { class: "column-name" }, row.column),
      el("td", {}, row.role),
      el("td", {}, row.type),
      el("td", {}, row.method),
      el("td", { class: "number" }, formatScore(row.score)),
      el("td", { class: "number" }, formatScore(row.threshold)),
      el("td", { class: `verdict severity-${row.severity}` }, verdict));
    if (onPick) {
      tr.tabIndex = 0;
      tr.title = `Show the distribution of ${row.column}`;
      tr.addEventListener("click", () => onPick(row.column));
      tr.addEventListener("keydown", (event) => {
        if (event.key === "Enter" || event.key === " ") onPick(row.column);
      });
    }
    return tr;
  });
  return el("table", { class: "summary" }, el("thead", {}, head), el("tbody", {}, ...body));
}
