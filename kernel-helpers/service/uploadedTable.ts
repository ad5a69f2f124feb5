import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readTable } from "../data/readTable";
import type { Table } from "../data/table";
import { DataError } from "../errors";
import { serviceMessages } from "./serviceMessages";

/** The upload content types the service reads, with the file format each one is. */
export const UPLOAD_TYPES: Readonly<Record<string, { readonly extension: string; readonly what: string }>> = {
  "text/csv": { extension: ".csv", what: "CSV" },
  "text/tab-separated-values": { extension: ".tsv", what: "TSV" },
  "application/vnd.apache.parquet": { extension: ".parquet", what: "Parquet file" },
  "application/x-parquet": { extension: ".parquet", what: "Parquet file" },
  "application/octet-stream": { extension: ".parquet", what: "Parquet file" },
};

/**
 * Reads an uploaded file (the raw body of a request) into a Table: it is written to a private
 * temporary folder under the extension of its content type, read with `readTable` and removed.
 * A Parquet body must start and end with `PAR1`. Messages speak of "the uploaded CSV", never of
 * the temporary path.
 *
 * @example await uploadedTable(Buffer.from("age,region\n41,north\n"), "text/csv") // a Table of 1 row
 * @throws {DataError} for a body that is not what its content type says, or that cannot be read
 */
export async function uploadedTable(body: Buffer, contentType: string): Promise<Table> {
  const type = UPLOAD_TYPES[contentType.split(";")[0].trim().toLowerCase()] ?? UPLOAD_TYPES["application/octet-stream"];
  if (type.extension === ".parquet" && !isParquet(body)) throw new DataError(serviceMessages.uploadNotParquet());
  const folder = await mkdtemp(join(tmpdir(), "driftlens-upload-"));
  const path = join(folder, `upload${type.extension}`);
  try {
    await writeFile(path, body);
    const table = await readTable(path);
    return { ...table, source: `uploaded ${type.what}`, ...(table.warnings ? { warnings: table.warnings.map((warning) => warning.split(path).join(`the uploaded ${type.what}`)) } : {}) };
  } catch (error) {
    if (error instanceof DataError) throw new DataError(serviceMessages.uploadUnreadable(type.what, error.message.split(path).join(`the uploaded ${type.what}`)));
    throw error;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

function isParquet(body: Buffer): boolean {
  return body.length >= 8 && body.subarray(0, 4).toString("latin1") === "PAR1" && body.subarray(body.length - 4).toString("latin1") === "PAR1";
}
