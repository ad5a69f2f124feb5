import { DataError } from "../errors";
import { messages } from "../messages";

/** One side of a comparison as far as pairing its columns goes: where it comes from and its column names. */
export interface NamedColumns {
  readonly source: string;
  readonly columns: readonly { readonly name: string }[];
}

/**
 * The names of the columns a comparison pairs, in order: `wanted` (the `columns` option), or
 * every reference column — then both sides must have the same columns. Used by `compareTables`
 * on tables and by `planComparison` on the shapes of files and database tables, so both refuse
 * the same data with the same message.
 * Cost: O(columns).
 *
 * @throws {DataError} for a column on one side only, naming both sources
 * @example pairedColumnNames({ source: "a.csv", columns: [{ name: "age" }] }, { source: "b.csv", columns: [{ name: "age" }] }, undefined) // ["age"]
 */
export function pairedColumnNames(reference: NamedColumns, current: NamedColumns, wanted: readonly string[] | undefined): readonly string[] {
  const referenceNames = new Set(reference.columns.map((column) => column.name));
  const currentNames = new Set(current.columns.map((column) => column.name));
  const names = wanted ?? reference.columns.map((column) => column.name);
  const missingInReference = names.filter((name) => !referenceNames.has(name));
  if (missingInReference.length > 0) {
    const holder = wanted ? "the requested columns" : `the current data (${current.source})`;
    throw new DataError(messages.columnsMissing(missingInReference, holder, `the reference (${reference.source})`));
  }
  const missingInCurrent = names.filter((name) => !currentNames.has(name));
  if (missingInCurrent.length > 0) {
    throw new DataError(messages.columnsMissing(missingInCurrent, `the reference (${reference.source})`, `the current data (${current.source})`));
  }
  if (!wanted) {
    const extra = current.columns.map((column) => column.name).filter((name) => !referenceNames.has(name));
    if (extra.length > 0) throw new DataError(messages.columnsMissing(extra, `the current data (${current.source})`, `the reference (${reference.source})`));
  }
  return names;
}
