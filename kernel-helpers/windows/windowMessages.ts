import { formatCount } from "../formatCount";
/** User-facing messages of time and row windows: what `--window` takes and why a split is refused. */
export const windowMessages = {
  windowInvalid: (text: string) =>
    `--window expects 1h (hourly), 1d (daily), another number of hours or days (6h, 7d), or a number of rows (5000); got '${text}'.`,
  windowNeedsTimestamp: (label: string) => `time windows (${label}) need a timestamp column. Build the baseline with --timestamp COLUMN, or use windows of rows (--window 5000).`,
  tooManyWindows: (count: number, label: string, max: number) =>
    `windows of ${label} would split the data into ${formatCount(count)} windows (at most ${formatCount(max)}). Use wider windows, or check for stray timestamps far from the others.`,
};
