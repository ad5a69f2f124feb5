import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DataError } from "../../../kernel-helpers/errors";
import { andersonStatTest } from "../../../kernel-helpers/stats/andersonKSample";
import { cramerVonMisesStatTest } from "../../../kernel-helpers/stats/cramerVonMises2Samp";
import { empiricalMmdStatTest } from "../../../kernel-helpers/stats/empiricalMmd";
import { energyDistanceStatTest } from "../../../kernel-helpers/stats/energyDistance";
import { eppsSingletonStatTest } from "../../../kernel-helpers/stats/eppsSingleton2Samp";
import { hellingerStatTest } from "../../../kernel-helpers/stats/hellinger";
import { jensenShannonStatTest } from "../../../kernel-helpers/stats/jensenShannon";
import { klDivStatTest } from "../../../kernel-helpers/stats/klDiv";
import { psiStatTest } from "../../../kernel-helpers/stats/psi";
import type { Sample, StatTest } from "../../../kernel-helpers/stats/statTest";
import { tvdStatTest } from "../../../kernel-helpers/stats/tvd";
import { wassersteinStatTest } from "../../../kernel-helpers/stats/wasserstein";
import { CONTEXT, categoricalPair, numerical } from "./distanceFixture";

const TESTS: StatTest[] = [
  wassersteinStatTest,
  energyDistanceStatTest,
  psiStatTest,
  klDivStatTest,
  jensenShannonStatTest,
  hellingerStatTest,
  tvdStatTest,
  andersonStatTest,
  cramerVonMisesStatTest,
  eppsSingletonStatTest,
  empiricalMmdStatTest,
];

const NUMERICAL_CASES: Record<string, [number[], number[]]> = {
  "one value each, equal": [[1], [1]],
  "one value each, different": [[1], [2]],
  "constant, equal": [Array(30).fill(5), Array(20).fill(5)],
  "constant, different": [Array(30).fill(5), Array(20).fill(6)],
  "identical": [[1, 2, 3, 4, 5, 6, 7], [1, 2, 3, 4, 5, 6, 7]],
  "huge magnitudes": [[1e300, -1e300, 3e299, 5e299, 7e299], [2e300, -1e299, 4e299, 6e299, 8e299]],
};

function samplesFor(test: StatTest, reference: number[], current: number[]): [Sample, Sample] {
  if (test.columnTypes.includes("numerical")) return [numerical(reference), numerical(current)];
  return categoricalPair(reference.map(String), current.map(String));
}

describe("every distance and two-sample test", () => {
  it("throws a DataError naming the empty side for an empty sample", () => {
    for (const test of TESTS) {
      const [reference, current] = samplesFor(test, [1, 2, 3], []);
      assert.throws(() => test.run(reference, current, CONTEXT), (error: unknown) => error instanceof DataError && /current sample is empty/.test(error.message), test.name);
    }
  });

  it("answers degenerate input with a finite score or a DataError, never NaN", () => {
    for (const test of TESTS) {
      for (const [name, [r, c]] of Object.entries(NUMERICAL_CASES)) {
        const [reference, current] = samplesFor(test, r, c);
        try {
          const outcome = test.run(reference, current, CONTEXT);
          assert.ok(Number.isFinite(outcome.score), `${test.name} on ${name}: ${outcome.score}`);
          if (outcome.statistic !== undefined) assert.ok(!Number.isNaN(outcome.statistic), `${test.name} statistic on ${name}`);
        } catch (error) {
          assert.ok(error instanceof DataError, `${test.name} on ${name}: ${String(error)}`);
        }
      }
    }
  });

  it("reports no drift for identical samples at the default threshold", () => {
    for (const test of TESTS) {
      const [reference, current] = samplesFor(test, NUMERICAL_CASES.identical[0], NUMERICAL_CASES.identical[1]);
      const outcome = test.run(reference, current, CONTEXT);
      assert.equal(test.drifted(outcome.score, test.defaultThreshold), false, test.name);
    }
  });
});
