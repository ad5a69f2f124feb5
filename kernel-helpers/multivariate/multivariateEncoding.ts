import type { Table } from "../data/table";
import { UsageError } from "../errors";
import { multivariateMessages } from "./multivariateMessages";

/** How one column enters the multivariate detectors. */
export type EncodedColumn =
  | { readonly name: string; readonly type: "numerical"; readonly fill: number }
  | { readonly name: string; readonly type: "categorical"; readonly shares: ReadonlyMap<string, number>; readonly fill: number };

/** Columns turned into numbers the way the reference was: fitted on it, applied to any table. */
export interface MultivariateEncoding {
  readonly columns: readonly EncodedColumn[];
}

/**
 * Fits the encoding of the multivariate detectors on the reference, as NannyML's data
 * reconstruction calculator prepares its features: a numerical column's missing and non-finite
 * cells are imputed with its reference mean (sklearn's `SimpleImputer(strategy="mean")`); a
 * categorical column is frequency-encoded — each label becomes its share of the reference's
 * values (`CountEncoder(normalize=True)`), a missing cell takes the most frequent label's share
 * (`SimpleImputer(strategy="most_frequent")` first) and a label the reference never had gets 0.
 * Cost: O(rows · columns).
 *
 * @example fitEncoding(reference, ["age", "income"]).columns[0] // { name: "age", type: "numerical", fill: 41.7 }
 * @throws {UsageError} for a column the reference lacks, of another type than numerical or categorical, or without values
 */
export function fitEncoding(reference: Table, names: readonly string[]): MultivariateEncoding {
  const columns = names.map((name): EncodedColumn => {
    const column = reference.columns.find((c) => c.name === name);
    if (!column) throw new UsageError(multivariateMessages.columnMissing(name, reference.source, reference.columns.map((c) => c.name)));
    if (column.type === "numerical") {
      let sum = 0;
      let count = 0;
      const values = column.values;
      for (let i = 0; i < values.length; i++) {
        const value = values[i];
        if (!Number.isFinite(value)) continue;
        sum += value;
        count++;
      }
      if (count === 0) throw new UsageError(multivariateMessages.columnEmpty(name, reference.source));
      return { name, type: "numerical", fill: sum / count };
    }
    if (column.type === "categorical") {
      // Counted per code, then per label (a dictionary may hold a label twice).
      const perCode = new Float64Array(column.dictionary.length);
      let total = 0;
      const codes = column.codes;
      for (let i = 0; i < codes.length; i++) {
        if (codes[i] < 0) continue;
        perCode[codes[i]]++;
        total++;
      }
      const counts = new Map<string, number>();
      column.dictionary.forEach((label, code) => {
        if (perCode[code] > 0) counts.set(label, (counts.get(label) ?? 0) + perCode[code]);
      });
      if (total === 0) throw new UsageError(multivariateMessages.columnEmpty(name, reference.source));
      const shares = new Map([...counts].map(([label, count]) => [label, count / total]));
      return { name, type: "categorical", shares, fill: Math.max(...shares.values()) };
    }
    throw new UsageError(multivariateMessages.columnType(name, column.type));
  });
  return { columns };
}

/**
 * The rows of a table (all, or `rows`) as a row-major `rows × columns` matrix under an encoding.
 * A column the table lacks, or has with another type, is a `UsageError` naming it.
 * Cost: O(rows · columns).
 */
export function encodeRows(encoding: MultivariateEncoding, table: Table, rows?: Int32Array): Float64Array {
  const d = encoding.columns.length;
  const n = rows ? rows.length : table.rowCount;
  const out = new Float64Array(n * d);
  encoding.columns.forEach((encoded, j) => {
    const column = table.columns.find((c) => c.name === encoded.name);
    if (!column || column.type !== encoded.type) throw new UsageError(multivariateMessages.columnNotComparable(encoded.name, encoded.type, table.source, column?.type));
    if (column.type === "numerical") {
      const values = column.values;
      for (let i = 0; i < n; i++) {
        const value = values[rows ? rows[i] : i];
        out[i * d + j] = Number.isFinite(value) ? value : encoded.fill;
      }
      return;
    }
    if (column.type !== "categorical" || encoded.type !== "categorical") return;
    const byCode = Float64Array.from(column.dictionary, (label) => encoded.shares.get(label) ?? 0);
    const codes = column.codes;
    for (let i = 0; i < n; i++) {
      const code = codes[rows ? rows[i] : i];
      out[i * d + j] = code < 0 ? encoded.fill : byCode[code];
    }
  });
  return out;
}
