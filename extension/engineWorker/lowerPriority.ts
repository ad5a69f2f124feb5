/**
 * Lowers the engine process's CPU priority below the editor's, as the first thing it does (the
 * engine process imports this module before the engine): a build using every core leaves the
 * extension host its share. Where the extension started the process under `nice` it is already
 * there; where the system does not permit it the work runs at the normal priority.
 *
 * On Linux with autogroup (CPU time shared out by session first, then by niceness within a
 * session), the engine's own session (it starts `detached`, see engineWorker.ts) gets the same
 * niceness: otherwise the session as a whole competes with the editor's on equal terms and a
 * thread's niceness only orders it within its session. Raising it needs no privilege.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { setPriority } from "node:os";
import { ENGINE_NICENESS } from "./engineProtocol";

try {
  setPriority(ENGINE_NICENESS);
} catch {
  // Not permitted on this system.
}
if (process.platform === "linux" && leadsOwnSession()) {
  try {
    writeFileSync("/proc/self/autogroup", String(ENGINE_NICENESS));
  } catch {
    // No autogroup in this kernel, or not permitted.
  }
}

/** Whether this process leads a session of its own (field 6 of /proc/self/stat is the session id): never lower the editor's session. */
function leadsOwnSession(): boolean {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[3]) === process.pid;
  } catch {
    return false;
  }
}
