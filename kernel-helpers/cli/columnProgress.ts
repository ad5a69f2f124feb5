import type { ColumnProgress } from "../drift/compareOptions";
import { formatCount } from "../formatCount";

/** Runs shorter than this show no progress. */
const QUIET_MS = 1000;
/** A terminal's progress line is redrawn at most this often. */
const REDRAW_MS = 100;

/**
 * A progress callback for long comparisons that writes "columns done / total" to `stream`
 * (stderr): on a terminal a line redrawn in place and erased at the end; elsewhere (with
 * `--progress`) a line per tenth of the columns. Nothing for runs under a second, and nothing
 * at all when `stream` is not a terminal and the flag is off — stdout stays clean for `--json -`.
 *
 * @example compareDatasets(a, b, { onProgress: columnProgress(values.progress === true) })
 */
export function columnProgress(flag: boolean, stream: NodeJS.WriteStream = process.stderr): ((progress: ColumnProgress) => void) | undefined {
  const tty = stream.isTTY === true;
  if (!flag && !tty) return undefined;
  const started = Date.now();
  let drawn = 0;
  let tenth = 0;
  return ({ done, total }) => {
    const now = Date.now();
    if (now - started < QUIET_MS) return;
    const text = `columns ${formatCount(done)} / ${formatCount(total)} tested`;
    if (tty) {
      if (done === total) stream.write("\r\u001b[K");
      else if (now - drawn >= REDRAW_MS) {
        drawn = now;
        stream.write(`\r${text}\u001b[K`);
      }
      return;
    }
    const reached = Math.floor((10 * done) / total);
    if (reached > tenth || done === total) {
      tenth = reached;
      stream.write(`${text}\n`);
    }
  };
}
