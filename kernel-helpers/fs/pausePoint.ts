import { writeSync } from "node:fs";

/**
 * A named step of a multi-step write (a baseline save, a `--force` replace, a report save) at
 * which a crash must leave a recoverable state. When the environment variable
 * `DRIFTLENS_TEST_PAUSE_AT` names this step, the process prints `driftlens: paused at <step>` on
 * stderr and blocks there for good, so a test can `kill -9` it at exactly that point; otherwise
 * it does nothing.
 *
 * @example pausePoint("moved-aside")
 */
export function pausePoint(step: string): void {
  if (process.env.DRIFTLENS_TEST_PAUSE_AT !== step) return;
  writeSync(2, `driftlens: paused at ${step}\n`);
  // Blocks this thread (and with it every callback) until the process is killed.
  for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}
