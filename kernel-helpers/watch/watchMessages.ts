/**
 * User-facing messages of log-folder checks and the watch loop, in one place: each says what was
 * wrong and what to do.
 */
export const watchMessages = {
  durationInvalid: (flag: string, text: string, bare: "s" | "h") =>
    `${flag} expects a duration such as ${bare === "s" ? "300 (seconds), 30s, 5m or 1h" : "24h, 90m, 7d or 24 (hours)"}; got '${text}'.`,
  sinceNeedsFolder: (path: string) =>
    `--since reads the recent partitions of a log folder, but '${path}' is not a folder. Pass the folder the inference logger writes (with year=/month=/day=/hour= inside), or leave --since out to check the whole file.`,
  tableWithoutWindow: (label: string) =>
    `driftlens: ${label} is checked whole every time: the baseline has no timestamp column. Pass --timestamp COL (and --since 24h) to check only recent rows.\n`,
  watchNeedsFolder: (path: string) =>
    `watch follows a log folder, but '${path}' is not a folder. Pass the folder the inference logger writes (with year=/month=/day=/hour= inside).`,
};
