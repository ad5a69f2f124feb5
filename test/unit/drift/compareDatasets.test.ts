import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { compareDatasets } from "../../../kernel-helpers/summary/compareDatasets";
import { assertClose } from "../../helpers/closeTo";
import { repoPath } from "../../helpers/paths";

interface ExpectedColumn {
  column: string;
  method: string;
  score: number;
  threshold: number;
  drifted: boolean;
  referenceCount: number;
  currentCount: number;
  uniqueValues: number;
}
interface ExpectedCase {
  columns: ExpectedColumn[];
  driftedColumns: number;
  driftScore: number;
  datasetDrift: boolean;
}

const fixture = JSON.parse(readFileSync(repoPath("test/fixtures/drift/dataset-drift.json"), "utf8")) as { cases: Record<string, ExpectedCase> };

describe("compareDatasets gives Evidently's verdicts (fixtures from scipy + Evidently's rules)", () => {
  for (const [name, expected] of Object.entries(fixture.cases)) {
    it(`matches every column of the '${name}' case to 1e-9`, async () => {
      const report = await compareDatasets(repoPath(`test/fixtures/drift/${name}-reference.csv`), repoPath(`test/fixtures/drift/${name}-current.csv`), {
        types: { city: "categorical", segment: "categorical" },
      });
      assert.equal(report.columns.length, expected.columns.length);
      for (const want of expected.columns) {
        const got = report.columns.find((column) => column.column === want.column);
        assert.ok(got, `column ${want.column} is in the report`);
        assert.equal(got.method, want.method, `${want.column}: method`);
        assertClose(got.score, want.score, 1e-9, 1e-14, `${want.column}: score`);
        assert.equal(got.threshold, want.threshold);
        assert.equal(got.drifted, want.drifted, `${want.column}: verdict`);
        assert.equal(got.reference.count, want.referenceCount, `${want.column}: reference count`);
        assert.equal(got.current.count, want.currentCount, `${want.column}: current count`);
        assert.equal(got.uniqueValues, want.uniqueValues, `${want.column}: unique values`);
      }
      assert.equal(report.dataset.driftedColumns, expected.driftedColumns);
      assertClose(report.dataset.driftScore, expected.driftScore);
      assert.equal(report.dataset.drifted, expected.datasetDrift);
    });
  }

  it("counts missing and infinite values apart and warns about the infinite ones", async () => {
    const report = await compareDatasets(repoPath("test/fixtures/drift/small-reference.csv"), repoPath("test/fixtures/drift/small-current.csv"));
    const score = report.columns.find((column) => column.column === "score");
    const ratio = report.columns.find((column) => column.column === "ratio");
    assert.ok(score && score.reference.missing > 0 && score.reference.nonFinite === 0);
    assert.ok(ratio && ratio.reference.nonFinite > 0 && ratio.reference.missing === 0);
    assert.ok(report.warnings.some((warning) => warning.includes("'ratio'") && warning.includes("infinite")));
  });

  it("is JSON-serialisable and versioned", async () => {
    const report = await compareDatasets(repoPath("test/fixtures/drift/small-reference.csv"), repoPath("test/fixtures/drift/small-current.csv"));
    const copy = JSON.parse(JSON.stringify(report));
    assert.deepEqual(copy, report);
    assert.equal(report.schemaVersion, 1);
  });
});
