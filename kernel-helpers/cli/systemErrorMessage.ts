/** Operating-system refusals that are about the machine, not about driftlens: what each means and the way out. */
const REASONS: Readonly<Record<string, { readonly reason: string; readonly wayOut: string }>> = {
  EACCES: { reason: "permission denied", wayOut: "fix the permissions there, or point the command at a folder it can write to" },
  EPERM: { reason: "the operation is not permitted", wayOut: "fix the permissions or attributes there (chattr), or point the command at a folder it can write to" },
  EROFS: { reason: "the file system is read-only", wayOut: "point the command at a folder on a writable disk" },
  ENOSPC: { reason: "there is no space left on the disk", wayOut: "free space on that disk, or point the command at a folder on another one" },
  EDQUOT: { reason: "the disk quota is used up", wayOut: "free space within the quota, or point the command at a folder on another disk" },
  EIO: { reason: "the disk or network share reported an input/output error", wayOut: "check the disk or share (dmesg), or point the command at a folder on another disk" },
  EMFILE: { reason: "too many files are open", wayOut: "raise the limit (ulimit -n) or read fewer files at once" },
  ENFILE: { reason: "the system has too many files open", wayOut: "close other programs or raise the system's limit" },
  ENAMETOOLONG: { reason: "the path is too long", wayOut: "choose a shorter path" },
  ENOTDIR: { reason: "a part of the path is a file, not a folder", wayOut: "choose another path, or move that file away" },
};

/** The same refusals in the words of DuckDB's IO errors ("IO Error: Could not write file "…": No space left on device"). */
const STRERROR: Readonly<Record<string, string>> = {
  "Permission denied": "EACCES",
  "Operation not permitted": "EPERM",
  "Read-only file system": "EROFS",
  "No space left on device": "ENOSPC",
  "Disk quota exceeded": "EDQUOT",
  "Input/output error": "EIO",
  "Too many open files": "EMFILE",
  "File name too long": "ENAMETOOLONG",
  "Not a directory": "ENOTDIR",
};

/**
 * The one paragraph for a file-system refusal (permission denied, read-only file system, disk
 * full, input/output error, …) that reached the CLI, from Node's file functions or from DuckDB's
 * IO errors: it names the path, the reason and the way out, where otherwise the user would be
 * told of a bug in driftlens. Undefined for any other error (and for ENOENT, which commands
 * explain themselves).
 *
 * @example systemErrorMessage(Object.assign(new Error("…"), { code: "EROFS", syscall: "mkdir", path: "/data/.driftlens" }))
 * // "cannot create '/data/.driftlens': the file system is read-only (EROFS). Point the command at a folder on a writable disk (--out, --report-dir, --json)."
 */
export function systemErrorMessage(error: unknown): string | undefined {
  const { code, syscall, path, dest, message } = (error ?? {}) as { code?: unknown; syscall?: unknown; path?: unknown; dest?: unknown; message?: unknown };
  if (typeof code === "string" && typeof path === "string") {
    const target = typeof dest === "string" ? dest : path;
    const verb = syscall === "mkdir" ? "create" : syscall === "open" || syscall === "write" || syscall === "rename" || syscall === "link" || syscall === "fsync" || syscall === "close" ? "write" : "use";
    return sentence(code, verb, target);
  }
  if (typeof message !== "string") return undefined;
  const duckdb = /^IO Error: (?:Could not|Cannot) (write|open|create|read|sync|rename)[^"']*["']([^"']+)["'][^]*?: ([A-Z][a-z/ -]+[a-z])/.exec(message);
  const duckdbCode = duckdb ? STRERROR[duckdb[3]] : undefined;
  if (duckdb === null || duckdbCode === undefined) return undefined;
  return sentence(duckdbCode, duckdb[1] === "create" ? "create" : duckdb[1] === "read" ? "read" : "write", duckdb[2]);
}

function sentence(code: string, verb: string, target: string): string | undefined {
  const known = REASONS[code];
  if (known === undefined) return undefined;
  const wayOut = known.wayOut.charAt(0).toUpperCase() + known.wayOut.slice(1);
  return `cannot ${verb} '${target}': ${known.reason} (${code}). ${wayOut} (--out, --report-dir, --json).`;
}
