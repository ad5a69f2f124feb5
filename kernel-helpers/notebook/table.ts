import type { Column, Table } from "../data/table";
import type { DanfoLike } from "../data/tableFromDanfo";
import { tableFromColumns } from "../data/tableFromColumns";
import { tableFromDanfo } from "../data/tableFromDanfo";
import { tableFromRecords } from "../data/tableFromRecords";
import { escapeHtml } from "../report/escapeHtml";
import { mimeBundle } from "./mimeBundle";
import type { MimeBundle } from "./mimeBundle";
import { tslabDisplay } from "./tslabDisplay";
import { argumentError } from "../arguments/argumentError";
import { formatCount } from "../formatCount";

export interface TableViewOptions {
  /** Rows shown from the top. Default 10. */
  readonly rows?: number;
}

/** What `table` shows: a Table, an array of records, an object of column arrays or a danfo-shaped DataFrame. */
export type TableViewInput = Table | readonly Readonly<Record<string, unknown>>[] | Readonly<Record<string, ArrayLike<unknown>>> | DanfoLike;

/**
 * A quick look at a table in a notebook cell: its first rows under a header of column names and
 * types, and its size, as `text/html` (escaped) and `text/plain`; emitted in a tslab kernel
 * (nothing returned, so the cell prints nothing more), returned elsewhere (see `show`).
 * In-memory data is turned into a Table as `toTable` would; read a file with `readTable` first.
 * Cost: O(rows shown × columns), plus the conversion of in-memory data.
 *
 * @example dl.table([{ age: 31, plan: "pro" }, { age: 47, plan: "free" }]); // 2 rows × 2 columns
 */
export function table(input: TableViewInput, options: TableViewOptions = {}): MimeBundle | undefined {
  const bundle = tableBundle(input, options);
  return tslabDisplay(bundle) ? undefined : bundle;
}

/**
 * What `table` displays, without displaying it.
 *
 * @example tableBundle([{ age: 31 }]).data["text/plain"] // "age (numerical)\n31\n1 rows × 1 columns · memory"
 */
export function tableBundle(input: TableViewInput, options: TableViewOptions = {}): MimeBundle {
  const data = asTable(input);
  const shown = Math.max(0, Math.min(options.rows ?? 10, data.rowCount));
  const header = data.columns.map((column) => `${column.name} (${column.type})`);
  const cells = Array.from({ length: shown }, (_, row) => data.columns.map((column) => cell(column, row)));
  const size = `${formatCount(data.rowCount)} rows × ${formatCount(data.columns.length)} columns${shown < data.rowCount ? ` (first ${shown} shown)` : ""} · ${data.source}`;
  const html = [
    `<table><caption style="caption-side:bottom;text-align:left">${escapeHtml(size)}</caption>`,
    `<thead><tr><th></th>${data.columns.map((column) => `<th>${escapeHtml(column.name)}<br><small>${column.type}</small></th>`).join("")}</tr></thead><tbody>`,
    ...cells.map((row, i) => `<tr><th>${i}</th>${row.map((value) => `<td>${value === undefined ? "<em>missing</em>" : escapeHtml(value)}</td>`).join("")}</tr>`),
    "</tbody></table>",
  ].join("");
  const text = [header, ...cells.map((row) => row.map((value) => value ?? "—"))];
  const widths = header.map((_, c) => Math.min(24, Math.max(...text.map((row) => Array.from(row[c]).length))));
  const plain = [...text.map((row) => row.map((value, c) => clip(value, widths[c]).padEnd(widths[c])).join("  ").trimEnd()), size].join("\n");
  return mimeBundle({ "text/html": html, "text/plain": plain });
}

function asTable(input: TableViewInput): Table {
  if (input === null || typeof input !== "object") throw argumentError("table", "input", "a Table, an array of records, an object of column arrays or a danfo DataFrame (read a file with readTable first)", input);
  if (Array.isArray(input)) return tableFromRecords(input as readonly Readonly<Record<string, unknown>>[]);
  const candidate = input as Partial<Table> & DanfoLike;
  if (typeof candidate.rowCount === "number" && Array.isArray(candidate.columns) && typeof candidate.source === "string") return input as Table;
  if ((Array.isArray(candidate.columns) && Array.isArray(candidate.values)) || (Array.isArray(candidate.$columns) && Array.isArray(candidate.$data))) return tableFromDanfo(input as DanfoLike);
  return tableFromColumns(input as Readonly<Record<string, ArrayLike<unknown>>>);
}

/** A cell as text, `undefined` when missing. */
function cell(column: Column, row: number): string | undefined {
  switch (column.type) {
    case "numerical":
      return Number.isNaN(column.values[row]) ? undefined : String(column.values[row]);
    case "categorical":
      return column.codes[row] < 0 ? undefined : column.dictionary[column.codes[row]];
    case "text":
      return column.values[row] ?? undefined;
    case "datetime":
      return Number.isNaN(column.values[row]) ? undefined : new Date(column.values[row]).toISOString();
  }
}

function clip(value: string, width: number): string {
  const characters = Array.from(value);
  return characters.length <= width ? value : `${characters.slice(0, width - 1).join("")}…`;
}
