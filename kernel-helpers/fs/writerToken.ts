import { createHash } from "node:crypto";
import { readFileSync, readlinkSync } from "node:fs";
import { hostname } from "node:os";
import { processAlive } from "./processAlive";

/**
 * Who wrote a hidden staging file or folder, put into its name so that a later process can tell
 * whether the writer may still be at work: `<pid>-<start>-<scope>`, where `start` is the
 * process's start time in clock ticks since boot (`/proc/<pid>/stat`, field 22) and `scope` eight
 * hex digits of a hash of the boot id and the PID namespace (`/proc/self/ns/pid`). A process id
 * alone says nothing: in a container every run is PID 1 and its threads hold the next ids, so a
 * dead writer's id is nearly always "alive" again; and ids are reused. Where there is no /proc
 * (macOS, Windows) `start` is 0 and the scope hashes the host name.
 */
export const WRITER_TOKEN_PATTERN = String.raw`\d+-\d+-[0-9a-f]{8}`;

/**
 * How long a leftover whose writer cannot be checked (written in another container or PID
 * namespace, on another host or before a reboot, or by an older driftlens) must have stayed
 * unchanged before it counts as abandoned. No save leaves its staging files untouched that long.
 */
export const ABANDONED_AFTER_MS = 15 * 60_000;

let own: { readonly pid: number; readonly start: string; readonly scope: string } | undefined;

/**
 * This process's token, for the names of what it stages.
 *
 * @example writerToken() // "4242-7510733-3f9a0c21"
 */
export function writerToken(): string {
  const { pid, start, scope } = ownIdentity();
  return `${pid}-${start}-${scope}`;
}

/**
 * True when the writer named by `token` (a `writerToken`, or a bare process id from an older
 * driftlens) has certainly stopped, so what it left may be removed. Exact when the token comes
 * from this boot and PID namespace: the process id must still run with the same start time (a
 * reused id, or one held by a thread, does not count). Otherwise the leftover counts as abandoned
 * once nothing in it changed for `ABANDONED_AFTER_MS` (`lastChangeMs`: its newest mtime).
 *
 * @example writerGone(writerToken(), Date.now()) // false: this process is running
 */
export function writerGone(token: string, lastChangeMs: number, now: number = Date.now()): boolean {
  const match = /^(\d+)-(\d+)-([0-9a-f]{8})$/.exec(token);
  const self = ownIdentity();
  if (match === null || match[3] !== self.scope) return now - lastChangeMs > ABANDONED_AFTER_MS;
  const pid = Number(match[1]);
  if (pid === self.pid) return match[2] !== self.start;
  if (match[2] === "0") return !processAlive(pid);
  return processStart(pid) !== match[2];
}

function ownIdentity(): { pid: number; start: string; scope: string } {
  if (own === undefined || own.pid !== process.pid) {
    const start = processStart(process.pid) ?? "0";
    const where = start === "0" ? `host:${hostname()}` : `${readText("/proc/sys/kernel/random/boot_id")}|${readLink("/proc/self/ns/pid")}`;
    own = { pid: process.pid, start, scope: createHash("sha256").update(where).digest("hex").slice(0, 8) };
  }
  return own;
}

/** The start time of process `pid` in clock ticks since boot, or undefined when it does not run (or there is no /proc). */
function processStart(pid: number): string | undefined {
  const stat = readText(`/proc/${pid}/stat`);
  // The command name (field 2) may hold spaces and parentheses: count fields after its last ')'.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const start = fields[19];
  return start !== undefined && /^\d+$/.test(start) ? start : undefined;
}

function readText(path: string): string {
  try {
    return readFileSync(path, "utf8").trim();
  } catch {
    return "";
  }
}

function readLink(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return "";
  }
}
