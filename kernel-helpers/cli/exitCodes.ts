/** Ran; no drift at the `--fail-on` level. */
export const EXIT_OK = 0;
/** Ran; drift at the `--fail-on` level. */
export const EXIT_DRIFT = 1;
/** Bad usage or bad input: one paragraph on stderr, nothing written. */
export const EXIT_USAGE = 2;
/** Ran, but too few columns could be tested for a verdict: NOT CHECKED (see `--min-tested-share`). */
export const EXIT_NOT_CHECKED = 4;
/** A bug in driftlens (not the user's mistake). */
export const EXIT_INTERNAL = 3;
