import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after } from "node:test";
import type { ColumnType, Table } from "../../../kernel-helpers/data/table";
import { findColumn } from "../../../kernel-helpers/data/table";

/** A column's values as plain JavaScript for comparisons: missing → null, categories as labels, datetimes as ISO text. */
export function columnValues(table: Table, name: string): unknown[] {
  const column = findColumn(table, name);
  if (!column) throw new Error(`no column '${name}' in ${table.columns.map((c) => c.name).join(", ")}`);
  switch (column.type) {
    case "numerical":
      return Array.from(column.values, (value) => (Number.isNaN(value) ? null : value));
    case "datetime":
      return Array.from(column.values, (value) => (Number.isNaN(value) ? null : new Date(value).toISOString()));
    case "categorical":
      return Array.from(column.codes, (code) => (code < 0 ? null : column.dictionary[code]));
    case "text":
      return [...column.values];
  }
}

/** Column name → type, in the table's order. */
export function columnTypes(table: Table): Record<string, ColumnType> {
  return Object.fromEntries(table.columns.map((column) => [column.name, column.type]));
}

/** A fresh temporary folder, removed after the test file's tests, and a function writing files into it. */
export function scratch(prefix: string): { dir: string; file: (name: string, content: string | Buffer) => string } {
  const dir = mkdtempSync(join(tmpdir(), `driftlens-${prefix}-`));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    file: (name, content) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
  };
}

/** CSV text from a header and a row function. */
export function csvRows(header: string, count: number, row: (i: number) => string): string {
  return [header, ...Array.from({ length: count }, (_, i) => row(i))].join("\n") + "\n";
}
