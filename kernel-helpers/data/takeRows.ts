import type { Column, Table } from "./table";

/**
 * A table of the given rows of `table`, in the order of `rows` (dictionaries shared, not copied).
 * Cost: O(rows.length · columns).
 *
 * @example takeRows(table, Int32Array.of(0, 2)).rowCount // 2
 */
export function takeRows(table: Table, rows: Int32Array, source = table.source): Table {
  const columns = table.columns.map((column): Column => {
    switch (column.type) {
      case "numerical":
      case "datetime": {
        const values = new Float64Array(rows.length);
        for (let i = 0; i < rows.length; i++) values[i] = column.values[rows[i]];
        return { ...column, values };
      }
      case "categorical": {
        const codes = new Int32Array(rows.length);
        for (let i = 0; i < rows.length; i++) codes[i] = column.codes[rows[i]];
        return { ...column, codes };
      }
      case "text":
        return { ...column, values: Array.from(rows, (row) => column.values[row]) };
    }
  });
  return { rowCount: rows.length, columns, source, ...(table.warnings ? { warnings: table.warnings } : {}) };
}
