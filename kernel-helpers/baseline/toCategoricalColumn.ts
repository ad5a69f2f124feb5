import type { CategoricalColumn, Column } from "../data/table";
import { UsageError } from "../errors";
import { baselineMessages } from "./baselineMessages";

/**
 * The column as categorical: numbers become labels by `String(value)` (NaN missing), text values
 * labels (null missing); a categorical column is returned as it is. For categorical overrides
 * (numeric codes such as zip codes or class ids).
 * Cost: O(n) with one hash lookup per row.
 *
 * @throws {UsageError} for a datetime column
 * @example toCategoricalColumn({ name: "zip", type: "numerical", values: Float64Array.of(75001, NaN, 75001) }).codes // Int32Array [0, -1, 0]
 */
export function toCategoricalColumn(column: Column): CategoricalColumn {
  if (column.type === "categorical") return column;
  if (column.type === "datetime") throw new UsageError(baselineMessages.categoricalOverrideOnDatetime(column.name));
  const dictionary: string[] = [];
  const codes = new Int32Array(column.values.length);
  if (column.type === "numerical") {
    const index = new Map<number, number>();
    column.values.forEach((value, i) => {
      if (Number.isNaN(value)) {
        codes[i] = -1;
        return;
      }
      let code = index.get(value);
      if (code === undefined) {
        code = dictionary.push(String(value)) - 1;
        index.set(value, code);
      }
      codes[i] = code;
    });
  } else {
    const index = new Map<string, number>();
    column.values.forEach((value, i) => {
      if (value === null) {
        codes[i] = -1;
        return;
      }
      let code = index.get(value);
      if (code === undefined) {
        code = dictionary.push(value) - 1;
        index.set(value, code);
      }
      codes[i] = code;
    });
  }
  return { name: column.name, type: "categorical", codes, dictionary };
}
