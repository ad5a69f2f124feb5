import { writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { makeFolder } from "./makeFolder";
import { writeThroughTemporary } from "./writeThroughTemporary";

/**
 * Writes `text` to `path` through a temporary file in the same folder and a rename, so a reader
 * never sees a half-written file and a failure leaves the previous file as it was.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  await makeFolder(dirname(path));
  await writeThroughTemporary(path, (temporary) => writeFile(temporary, text));
}
