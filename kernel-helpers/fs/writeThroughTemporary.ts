import { rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { errorAtPath } from "./errorAtPath";
import { pausePoint } from "./pausePoint";
import { trackPendingWrite } from "./pendingWrites";
import { stagedName } from "./stagedEntries";

/**
 * Replaces `path` atomically: `write` fills a hidden temporary file beside it (same folder, so the
 * rename is atomic), which is then renamed onto `path`. A reader sees the previous file or the
 * whole new one; a failure removes the temporary file, and a CLI stopped by Ctrl-C removes it
 * too (it is tracked by `trackPendingWrite` while it exists). A process killed mid-way leaves only
 * the hidden `.<name>.<writer>.<random>.tmp` (see `stagedName`), which `saveReport` cleans in report folders.
 * A `path` that is a device or a pipe (`/dev/null`, `/dev/stdout`, a FIFO) is written to directly:
 * a rename would put a regular file in its place.
 *
 * @example await writeThroughTemporary("out/report.csv", (temporary) => writeFile(temporary, csv))
 */
export async function writeThroughTemporary(path: string, write: (temporary: string) => Promise<void>): Promise<void> {
  const existing = await stat(path).catch(() => undefined);
  if (existing && !existing.isFile() && !existing.isDirectory()) {
    try {
      await write(path);
    } catch (error) {
      throw errorAtPath(error, path);
    }
    return;
  }
  const temporary = join(dirname(path), stagedName(basename(path), "tmp"));
  const release = trackPendingWrite(temporary);
  try {
    await write(temporary);
    pausePoint("temporary-written");
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw errorAtPath(error, path, temporary);
  } finally {
    release();
  }
}
