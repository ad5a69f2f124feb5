import assert from "node:assert/strict";

/** Asserts |actual − expected| ≤ rel·|expected| (or ≤ abs, for values near zero). */
export function assertClose(actual: number, expected: number, rel = 1e-9, abs = 1e-300, label = ""): void {
  if (Number.isNaN(expected)) {
    assert.ok(Number.isNaN(actual), `${label}: expected NaN, got ${actual}`);
    return;
  }
  if (!Number.isFinite(expected)) {
    assert.equal(actual, expected, label);
    return;
  }
  const tolerance = Math.max(abs, rel * Math.abs(expected));
  assert.ok(Math.abs(actual - expected) <= tolerance, `${label}: expected ${expected}, got ${actual} (difference ${Math.abs(actual - expected)} > ${tolerance})`);
}
