/**
 * User-facing messages of the data readers, in one place so that their wording stays
 * consistent: each names the file, line or column involved and says what to do. (The drift
 * layer and the command line keep theirs in `kernel-helpers/messages.ts`.)
 */
import { extname } from "node:path";
import type { ColumnType } from "./table";
import { formatCount } from "../formatCount";

const count = (n: number): string => formatCount(n);
const plural = (n: number, word: string): string => `${count(n)} ${word}${n === 1 ? "" : "s"}`;
const quoted = (names: readonly string[]): string => names.map((name) => `'${name}'`).join(", ");
const where = (source: string): string => (source === "memory" ? "the in-memory data" : `'${source}'`);
const optionName = { columns: "--columns (API: options.columns)", types: "--type (API: options.types)" } as const;

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

export const dataMessages = {
  fileMissing: (path: string) =>
    `cannot read '${path}': there is no such file or folder. Check the path, or give a glob in quotes such as 'logs/**/*.parquet'.`,
  noHeader: (path: string) =>
    `cannot read '${path}': it holds only blank lines, so there is no header row naming the columns. Export the data again with its header, or leave this file out.`,
  fileEmpty: (path: string) =>
    `cannot read '${path}': the file is empty (0 bytes). Export the data again, or leave this file out.`,
  noRows: (source: string, hasHeader: boolean) =>
    hasHeader
      ? `${where(source)} has a header but no data rows. Give a file with at least one row of data.`
      : `${where(source)} has no rows. Give data with at least one row.`,
  extensionUnknown: (path: string, known: readonly string[]) =>
    `cannot read '${path}': driftlens reads ${known.join(", ")} files and does not know this extension. Rename the file if its content is one of these, or convert it.`,
  noDataFiles: (folder: string, known: readonly string[]) =>
    `folder '${folder}' contains no data files (${known.join(", ")}). Point at the folder that holds them, or give a glob such as '${folder}/**/*.parquet'.`,
  globNoMatch: (pattern: string) =>
    `no files match '${pattern}'. Check the pattern and the folder it starts from (quote it so that the shell does not expand it).`,
  formatsMixed: (source: string, first: string, firstFormat: string, other: string, otherFormat: string) =>
    `${where(source)} mixes ${firstFormat} ('${first}') and ${otherFormat} ('${other}') files. Read one format at a time, e.g. with a glob such as '${source}/**/*.${firstFormat}'.`,
  rowRagged: (file: string, line: number, expected: number, found: number) =>
    `cannot read '${file}': line ${line} has ${plural(found, "field")} but the header has ${count(expected)}. ` +
    `Fix that row (a missing or extra delimiter, or a value containing the delimiter without quotes) and run again.`,
  notUtf8: (file: string, line: number | undefined) =>
    `cannot read '${file}': ${line === undefined ? "it contains" : `line ${line} contains`} bytes that are not valid UTF-8. ` +
    `Save the file as UTF-8 (for example: iconv -f latin1 -t utf-8 '${file}' > 'fixed${extname(file)}') and run again.`,
  csvLayoutUnknown: (file: string) =>
    `cannot read '${file}': its CSV layout (delimiter, quotes, number of fields) could not be worked out. ` +
    `Check that every row has as many fields as the header and that every quoted value is closed.`,
  lineTooLong: (file: string, line: number | undefined, bytes: number | undefined, limit: number, uncompressedLimit?: number) =>
    `cannot read '${file}': ${line === undefined ? "a row" : `the row on line ${line}`} is ${bytes === undefined ? "longer than" : `${megabytes(bytes)} long; driftlens reads rows of up to`} ${megabytes(limit)}${uncompressedLimit === undefined ? "" : " from a compressed file"}. ` +
    `A row that long usually means a quote that is never closed: check the quotes${line === undefined ? "" : ` from line ${line} on`}. ` +
    (uncompressedLimit !== undefined ? `If the values really are that long, decompress the file (driftlens then reads rows of up to ${megabytes(uncompressedLimit)}) or store it as Parquet.` : `If the values really are that long, store the file as Parquet, which has no row limit, or leave that column out of the export.`),
  strayCarriageReturn: (file: string, line: number, field: number) =>
    `cannot read '${file}': line ${line}, field ${field} holds a carriage return (CR, \\r) outside quotes, while the file's rows end with a line feed; ` +
    `some readers break the row there and others do not. Quote that value ("…") or remove the character, and run again.`,
  nulInColumnName: (file: string, index: number, csvLike: boolean) =>
    `cannot read '${file}': the name of column ${index + 1}${csvLike ? " (in the header, line 1)" : ""} holds a NUL byte (\\0), which a column name cannot hold. ` +
    `${csvLike ? "The file may not be UTF-8 text (UTF-16 or binary): save it as UTF-8, or remove the NUL from the header" : "Rename that column"}, and run again.`,
  jsonInvalid: (file: string, line: number | undefined, detail: string) =>
    `cannot read '${file}': ${line === undefined ? "it is" : `line ${line} is`} not valid JSON (${detail}). ` +
    `Each line of a JSONL file must be one JSON object such as {"age": 31}; fix or remove that line.`,
  notParquet: (file: string) =>
    `cannot read '${file}': it is not a Parquet file (it has no Parquet footer). Check that the extension matches the content, or write the file again.`,
  notArrow: (file: string, detail: string) =>
    `cannot read '${file}': it is not an Arrow IPC file (${detail}). Write it with apache-arrow's tableToIPC or pyarrow.feather.write_feather, or rename it if it is another format.`,
  arrowSchemasDiffer: (source: string, first: string, other: string) =>
    `${where(source)}: the Arrow files '${first}' and '${other}' have different columns. Read them one at a time, or convert them to Parquet.`,
  arrowPartitions: (source: string) =>
    `${where(source)}: hive partition folders (key=value) are read for CSV, JSONL and Parquet files, not Arrow IPC. Convert the files to Parquet, or read one file at a time.`,
  sourceChanged: (source: string) =>
    `${where(source)} changed while it was being read. Read a copy that nothing is writing to.`,
  outOfMemory: (source: string, detail: string) =>
    `cannot read ${where(source)}: DuckDB ran out of memory (${detail}). Give it more with a larger --memory-budget (e.g. --memory-budget 2GB; API: memoryBudget), or read fewer columns (--columns).`,
  readFailed: (source: string, detail: string) =>
    `cannot read ${where(source)}: ${detail}. Check that the file is complete and in the format its extension says.`,
  columnsNotFound: (names: readonly string[], option: "columns" | "types", source: string, available: readonly string[], columnsOption: string = optionName.columns) =>
    `${names.length === 1 ? "column" : "columns"} ${quoted(names)} given in ${option === "columns" ? columnsOption : optionName.types} ${names.length === 1 ? "is" : "are"} not in ${where(source)}. ` +
    `Its columns are: ${available.length > 30 ? `${quoted(available.slice(0, 30))} and ${count(available.length - 30)} more` : quoted(available)}.`,
  manyCategories: (column: string, source: string, distinct: number, present: number, maxCategories: number) =>
    distinct === present
      ? `column '${column}' in ${where(source)} has ${plural(distinct, "distinct value")}, one per row: it looks like an identifier. ` +
        `Exclude it with ${optionName.columns}, or mark it as text with --type ${column}=text.`
      : `column '${column}' in ${where(source)} has ${plural(distinct, "distinct value")} (more than ${count(maxCategories)}): drift tests over so many categories are slow and noisy. ` +
        `Exclude it with ${optionName.columns}, mark it as text with --type ${column}=text, or raise maxCategories.`,
  overrideFailed: (column: string, source: string, type: "numerical" | "datetime", failed: number, example: string) =>
    `column '${column}' in ${where(source)}: ${plural(failed, "value")} could not be read as ${type === "numerical" ? "numbers" : "dates"} (e.g. '${example}') ` +
    `and ${failed === 1 ? "is" : "are"} counted as missing. Fix those cells, or drop the ${type} override for '${column}'.`,
  columnTypeUnknown: (column: string, type: string, valid: readonly ColumnType[]) =>
    `'${type}' (the type given for column '${column}') is not a column type. Use one of ${valid.join(", ")}.`,
  columnsOptionNotList: (got: string) =>
    `the option 'columns' must be an array of column names such as ["age", "region"], but it is ${got}.`,
  valueNotTestable: (column: string, row: number, got: string) =>
    `column '${column}', row ${count(row)}: ${got} is not a value driftlens can test. Use numbers, strings, booleans, Dates or null (missing).`,
  columnsOptionEmpty: () => `the list of columns to read is empty. Name at least one column, or leave the option out to read them all.`,
  maxCategoriesInvalid: (value: unknown) => `maxCategories must be a positive integer; got ${String(value)}.`,
  lengthsDiffer: (column: string, length: number, first: string, expected: number) =>
    `column '${column}' has ${plural(length, "value")} but '${first}' has ${count(expected)}. Every column of a table needs the same number of values.`,
  recordNotObject: (index: number, got: string) =>
    `row ${count(index)} is ${got}, not an object. Give an array of objects such as [{ age: 31, region: "north" }].`,
  danfoShape: () =>
    `the DataFrame has neither 'columns' + 'values' nor '$columns' + '$data' arrays. Pass a danfojs DataFrame, or build the table with tableFromColumns({ name: values }).`,
  danfoRowLength: (row: number, length: number, expected: number) =>
    `row ${count(row)} of the DataFrame has ${plural(length, "value")} but it has ${plural(expected, "column")}. Rebuild the DataFrame so that every row matches its columns.`,
  inputUnsupported: (got: string) =>
    `cannot build a table from ${got}. Pass a file path, a Table, an array of records, an object of column arrays, an apache-arrow Table or a danfo DataFrame.`,
};
