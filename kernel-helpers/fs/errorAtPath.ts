/**
 * Makes a file-system error name the path the user asked for. Node's writes through a file
 * handle (`writeFile` into an open file, `sync`) fail with `ENOSPC`/`EIO` and no path; and a
 * write staged in a hidden temporary file or folder (`hidden`) would name that, which the user
 * never chose. The path (`path`, `dest`, and the text of DuckDB's IO errors) is set to `path`, or,
 * under a hidden folder, to the same file under `path`. Returns the same error.
 *
 * @example throw errorAtPath(error, "out/report.json", "out/.report.json.4242-1-3f9a0c21.a1b2c3d4.tmp")
 */
export function errorAtPath(error: unknown, path: string, hidden?: string): unknown {
  if (!(error instanceof Error)) return error;
  const fields = error as NodeJS.ErrnoException & { dest?: string };
  const shown = (value: string): string => (hidden !== undefined && value.startsWith(hidden) ? path + value.slice(hidden.length) : value);
  if (typeof fields.code === "string") {
    fields.path = fields.path === undefined ? path : shown(fields.path);
    if (typeof fields.dest === "string") fields.dest = shown(fields.dest);
  } else if (hidden !== undefined && error.message.includes(hidden)) {
    error.message = error.message.split(hidden).join(path);
  }
  return error;
}
