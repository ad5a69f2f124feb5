import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Column, Table } from "../../../kernel-helpers/data/table";
import { compareTables } from "../../../kernel-helpers/drift/compareTables";
import { consoleSummary } from "../../../kernel-helpers/report/consoleSummary";
import { reportHtml } from "../../../kernel-helpers/report/reportHtml";
import { createRandom } from "../../../kernel-helpers/stats/random";

/** 1,000 columns (950 numerical, every third shifted and some with ±Infinity; 50 categorical, every fifth shifted) of 300 rows. */
function wide(seed: number, shift: number): Table {
  const random = createRandom(seed);
  const columns: Column[] = [];
  for (let j = 0; j < 950; j++) {
    const moved = j % 3 === 0 ? shift * (1 + (j % 7)) : 0;
    columns.push({ name: `feature_${j}`, type: "numerical", values: Float64Array.from({ length: 300 }, (_, i) => (j % 40 === 0 && i === 0 ? Infinity : random.normal() + moved)) });
  }
  for (let j = 0; j < 50; j++) {
    const skew = j % 5 === 0 ? 1 + 2 * shift : 1;
    columns.push({ name: `segment_${j}`, type: "categorical", codes: Int32Array.from({ length: 300 }, () => Math.floor(6 * Math.pow(random.next(), skew))), dictionary: ["a", "b", "c", "d", "e", "f"] });
  }
  return { rowCount: 300, columns, source: seed === 1 ? "reference" : "current" };
}

describe("reports stay usable at 1,000 columns", () => {
  const report = compareTables(wide(1, 0), wide(2, 0.6));

  it("the console summary groups the drifted columns and caps every list", () => {
    const text = consoleSummary(report);
    const lines = text.split("\n");
    const drifted = report.columns.filter((column) => column.drifted).length;
    assert.ok(drifted > 20, `${drifted} drifted columns`);
    assert.match(text, new RegExp(`Drifted columns: ${drifted} — high \\d+.* · numerical \\d+ \\(ks \\d+\\), categorical \\d+ \\(chisquare \\d+\\); the 20 most severe:`));
    assert.match(text, /… and \d+ more drifted columns/);
    assert.match(text, /… and \d+ more warnings/);
    assert.ok(lines.length < 60, `${lines.length} lines`);
  });

  it("the HTML report stays under 3 MB", () => {
    const bytes = Buffer.byteLength(reportHtml(report));
    assert.ok(bytes < 3 * 1024 * 1024, `${(bytes / 1048576).toFixed(2)} MB`);
  });
});
