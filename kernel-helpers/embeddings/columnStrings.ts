import type { Column } from "../data/table";

/**
 * The cells of a table column as strings, `null` where missing: text values as they are,
 * categorical codes through their dictionary, numbers and timestamps as decimal strings — how a
 * column of texts or image paths reaches the embedders whatever type the reader inferred.
 *
 * @example columnStrings({ name: "c", type: "categorical", codes: Int32Array.of(1, -1), dictionary: ["a", "b"] }) // ["b", null]
 */
export function columnStrings(column: Column): (string | null)[] {
  if (column.type === "text") return [...column.values];
  if (column.type === "categorical") return Array.from(column.codes, (code) => (code < 0 ? null : column.dictionary[code]));
  return Array.from(column.values, (value) => (Number.isNaN(value) ? null : String(value)));
}
