import type { Column } from "./table";

/**
 * True when a column has at least one value: a finite number, a category, a text or a time. A
 * column with none says nothing about its type (a CSV column left empty reads as text), so a
 * type that differs from the other side's is reported as "no values", not as a changed type.
 *
 * @example columnHasValues({ name: "c", type: "categorical", codes: Int32Array.of(-1, -1), dictionary: [] }) // false
 */
export function columnHasValues(column: Column): boolean {
  switch (column.type) {
    case "categorical":
      return column.codes.some((code) => code >= 0);
    case "numerical":
    case "datetime":
      return column.values.some((value) => Number.isFinite(value));
    case "text":
      return column.values.some((value) => value !== null && value !== "");
  }
}
