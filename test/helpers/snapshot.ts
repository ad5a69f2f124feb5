import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Compares `value`, as indented JSON, with the committed snapshot file at `path`. With
 * `UPDATE_SNAPSHOTS=1` (never under `CI=true`) the file is (re)written instead, to be reviewed
 * with `git diff` before committing; otherwise a missing file or any difference fails, showing
 * the first lines that differ.
 */
export function assertMatchesSnapshot(path: string, value: unknown): void {
  const actual = `${JSON.stringify(value, null, 1)}\n`;
  if (process.env.UPDATE_SNAPSHOTS === "1") {
    assert.notEqual(process.env.CI, "true", "UPDATE_SNAPSHOTS=1 is refused under CI=true: update snapshots locally and review the diff");
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  const how = `run UPDATE_SNAPSHOTS=1 node scripts/run-tests.mjs report/ and review the change with git diff ${path}`;
  assert.ok(existsSync(path), `no snapshot at ${path}: ${how}`);
  const expected = readFileSync(path, "utf8");
  if (expected === actual) return;
  const want = expected.split("\n");
  const got = actual.split("\n");
  const lines: string[] = [];
  for (let i = 0; i < Math.max(want.length, got.length) && lines.length < 24; i++) {
    if (want[i] !== got[i]) lines.push(`line ${i + 1}:\n  - ${want[i] ?? "(none)"}\n  + ${got[i] ?? "(none)"}`);
  }
  assert.fail(`snapshot ${path} differs (${how}):\n${lines.join("\n")}`);
}
