import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { buildBaseline } from "../../../kernel-helpers/baseline/buildBaseline";
import { checkDrift } from "../../../kernel-helpers/check/checkDrift";
import { tableFromRecords } from "../../../kernel-helpers/data/tableFromRecords";
import { compareDatasets } from "../../../kernel-helpers/summary/compareDatasets";
import { DataError, UsageError } from "../../../kernel-helpers/errors";

/** Numbers at the edges: NaN, ±Infinity, ±0, the largest and smallest doubles, and ordinary ones. */
const oddNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, 0, -0, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 1e308, -1e308, 1e-308, 2 ** 53 + 1),
  fc.integer({ min: -5, max: 5 }),
);
/** Strings people's exports contain: empty, missing-value tokens, unicode, control characters, NUL, long ones. */
const oddString = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.string({ unit: "grapheme", maxLength: 6 }),
  fc.constantFrom("", " ", "NA", "null", "NaN", "inf", "-inf", "1e999", "\u0000", "a\u0000b", "\r\n", "'; DROP TABLE x; --", "\"", "é", "👩‍👩‍👧", "x".repeat(5000)),
);
const oddValue = fc.oneof(
  { weight: 4, arbitrary: oddNumber },
  { weight: 3, arbitrary: oddString },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
  { weight: 1, arbitrary: fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }) },
  { weight: 1, arbitrary: fc.constantFrom(Symbol("odd"), () => 1, { nested: [1] }, [1, 2], Object.create(null) as object) },
);
/** Values of one column kind: numbers, strings, a few categories, or everything mixed (Symbols and functions included). */
const KINDS = [oddNumber, oddString, fc.constantFrom("a", "b", "c", null), oddValue] as const;
const columnName = fc.oneof(fc.constantFrom("age", "plan", "constructor", "__proto__", "toString", "", " ", "a.b", "é"), fc.string({ minLength: 1, maxLength: 6 }));
interface ColumnSpec {
  readonly name: string;
  readonly kind: number;
}
/** Columns: mostly numbers, strings or categories, now and then a column of everything. */
const columnSpecs = fc.uniqueArray(fc.record({ name: columnName, kind: fc.constantFrom(0, 0, 0, 1, 2, 2, 3) }), { minLength: 0, maxLength: 4, selector: (spec) => spec.name });

/** Row records of the given columns, with an occasional hole or non-object row. */
const recordsOf = (specs: readonly ColumnSpec[]) =>
  fc
    .integer({ min: 0, max: 30 })
    .chain((rows) =>
      fc.tuple(
        fc.constant(rows),
        fc.tuple(...specs.map((spec) => fc.array(KINDS[spec.kind] as fc.Arbitrary<unknown>, { minLength: rows, maxLength: rows }))),
        fc.oneof({ weight: 9, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: Math.max(0, rows - 1) }) }),
        fc.boolean(),
      ),
    )
    .map(([rows, columns, hole, badRow]) => {
      const result: unknown[] = Array.from({ length: rows }, (_, row) => {
        const record: Record<string, unknown> = {};
        specs.forEach((spec, c) => Object.defineProperty(record, spec.name, { value: (columns as unknown[][])[c][row], enumerable: true, writable: true, configurable: true }));
        return record;
      });
      if (hole !== null && rows > 0) {
        if (badRow) result[hole] = 42;
        else delete result[hole];
      }
      return result;
    });

/** A reference and a current dataset: mostly of the same columns (so that they are compared), sometimes not. */
const datasets = columnSpecs.chain((specs) =>
  fc.tuple(recordsOf(specs), fc.oneof({ weight: 6, arbitrary: recordsOf(specs) }, { weight: 1, arbitrary: columnSpecs.chain(recordsOf) })),
);

/** Why random data was refused, counted (shown when too little was compared). */
const refusals = new Map<string, number>();

/** Runs `work` and says what came of it: a report-like object, or a typed error; anything else fails the property. */
async function reportOrTypedError(work: () => Promise<unknown>): Promise<"report" | "error"> {
  let result: unknown;
  try {
    result = await work();
  } catch (error) {
    if (error instanceof UsageError || error instanceof DataError) {
      const reason = error.message.replace(/'[^']*'/g, "'…'").slice(0, 50);
      refusals.set(reason, (refusals.get(reason) ?? 0) + 1);
      return "error";
    }
    throw error;
  }
  const report = result as { columns?: unknown; dataset?: unknown; schemaVersion?: unknown };
  assert.ok(Array.isArray(report.columns) && typeof report.dataset === "object" && typeof report.schemaVersion === "number", "a report");
  JSON.stringify(report);
  return "report";
}

describe("random tables (odd types, holes, NaN and ±Infinity, huge and tiny magnitudes, odd strings)", () => {
  it("compareDatasets answers with a report or a UsageError/DataError, never anything else", async () => {
    const outcomes = { report: 0, error: 0 };
    await fc.assert(
      fc.asyncProperty(datasets, async ([reference, current]) => {
        outcomes[await reportOrTypedError(() => compareDatasets(reference as never, current as never))]++;
      }),
      { numRuns: 200, seed: 17 },
    );
    assert.ok(outcomes.report >= 20, `enough random pairs were compared, not only refused: ${JSON.stringify(outcomes)} ${JSON.stringify([...refusals].sort((a, b) => b[1] - a[1]).slice(0, 5))}`);
  });

  it("checkDrift answers with a report or a UsageError/DataError, never anything else", async () => {
    const outcomes = { report: 0, error: 0 };
    await fc.assert(
      fc.asyncProperty(datasets, async ([reference, current]) => {
        outcomes[await reportOrTypedError(async () => checkDrift(buildBaseline(tableFromRecords(reference as never), { name: "random", version: "v1" }), current as never))]++;
      }),
      { numRuns: 120, seed: 17 },
    );
    assert.ok(outcomes.report >= 10, `enough random pairs were checked, not only refused: ${JSON.stringify(outcomes)} ${JSON.stringify([...refusals].sort((a, b) => b[1] - a[1]).slice(0, 5))}`);
  });
});
