import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CategoricalColumn, NumericalColumn, Table } from "../../../kernel-helpers/data/table";
import { createRandom } from "../../../kernel-helpers/stats/random";

/** A fresh temporary folder for one test. */
export function tempDir(prefix = "driftlens-baseline-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * `table` with a model's outputs added: `decision` ("approve" / "reject", rejected with
 * probability `rejectRate`) and `score` (the predicted probability of rejection, Beta-like
 * around `rejectRate`). Seeded.
 */
export function withPredictions(table: Table, rejectRate: number, seed: number): Table {
  const random = createRandom(seed);
  const codes = new Int32Array(table.rowCount);
  const score = new Float64Array(table.rowCount);
  for (let i = 0; i < table.rowCount; i++) {
    const p = Math.min(0.999, Math.max(0.001, rejectRate + 0.15 * random.normal()));
    score[i] = Math.round(p * 1000) / 1000;
    codes[i] = random.next() < p ? 1 : 0;
  }
  const decision: CategoricalColumn = { name: "decision", type: "categorical", codes, dictionary: ["approve", "reject"] };
  const scoreColumn: NumericalColumn = { name: "score", type: "numerical", values: score };
  return { ...table, columns: [...table.columns, decision, scoreColumn] };
}

/** `table` with an event-time column `ts`: rows spread evenly from `start` (epoch ms) over `hours`. */
export function withTimestamps(table: Table, start: number, hours: number): Table {
  const values = Float64Array.from({ length: table.rowCount }, (_, i) => start + Math.floor((i * hours * 3_600_000) / table.rowCount));
  return { ...table, columns: [...table.columns, { name: "ts", type: "datetime", values }] };
}

/** Runs `body` with `process.stdout.write` captured, and returns what was written with its result. */
export async function captureStdout<T>(body: () => Promise<T>): Promise<{ result: T; output: string }> {
  const original = process.stdout.write.bind(process.stdout);
  let output = "";
  process.stdout.write = ((chunk: string | Uint8Array) => {
    output += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    return true;
  }) as typeof process.stdout.write;
  try {
    return { result: await body(), output };
  } finally {
    process.stdout.write = original;
  }
}
