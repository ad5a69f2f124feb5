import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { openColumnSource } from "../../../kernel-helpers/data/openColumnSource";
import { readTable } from "../../../kernel-helpers/data/readTable";
import type { CategoricalColumn } from "../../../kernel-helpers/data/table";
import { compareTables } from "../../../kernel-helpers/drift/compareTables";
import { compareDatasets } from "../../../kernel-helpers/summary/compareDatasets";

/** A report's content without its timing. */
function content(report: object): string {
  return JSON.stringify(report, (key, value) => (key === "createdAt" || key === "durationMs" ? undefined : value));
}

describe("countLabels: categorical columns counted where the data is, as their codes would count", () => {
  let dir: string;
  let small: string;
  let wide: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "driftlens-count-labels-"));
    small = join(dir, "small.csv");
    const rows = ["plan,flag,tier,amount"];
    for (let i = 0; i < 3_000; i++) rows.push(`${["basic", "pro", "", "NA", "team"][i % 5]},${["true", "FALSE", "", "True"][i % 4]},${i % 7},${(i * 0.37).toFixed(2)}`);
    writeFileSync(small, rows.join("\n") + "\n");
    // More labels than an ENUM holds (100,000): these are coded by a join.
    wide = join(dir, "wide.csv");
    const many = ["ref,amount"];
    for (let i = 0; i < 100_200; i++) many.push(`r${i % 100_100},${i % 13}`);
    writeFileSync(wide, many.join("\n") + "\n");
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const agrees = async (file: string, names: string[], types: Record<string, "categorical"> = {}): Promise<void> => {
    const source = await openColumnSource(file, { types }, { anyRowOrder: true });
    try {
      assert.ok(source.countLabels, "a file source counts labels");
      const counted = await source.countLabels(names);
      const read = (await source.read(names)) as CategoricalColumn[];
      for (const [i, column] of read.entries()) {
        assert.equal(column.type, "categorical");
        const expected = new Float64Array(column.dictionary.length);
        let missing = 0;
        for (const code of column.codes) {
          if (code < 0) missing++;
          else expected[code]++;
        }
        assert.equal(counted[i].name, column.name);
        assert.deepEqual(counted[i].dictionary, column.dictionary, `${column.name}: dictionary`);
        assert.deepEqual([...counted[i].counts], [...expected], `${column.name}: counts`);
        assert.equal(counted[i].missing, missing, `${column.name}: missing`);
      }
    } finally {
      source.close();
    }
  };

  it("counts text with missing tokens, true/false text and an integer column read as categories", async () => {
    await agrees(small, ["plan", "flag", "tier"], { tier: "categorical" });
  });

  it("counts a column of more labels than an ENUM holds (coded by a join)", async () => {
    await agrees(wide, ["ref"]);
  });

  it("gives compareDatasets the report compareTables gives on the tables read whole (identifier and missing values included)", async () => {
    for (const [file, types] of [[small, { tier: "categorical" as const }], [wide, {}]] as const) {
      const fromFiles = await compareDatasets(file, file, { types });
      const fromTables = compareTables(await readTable(file, { types }), await readTable(file, { types }), {});
      assert.equal(content(fromFiles), content(fromTables), file);
    }
    const report = await compareDatasets(wide, wide);
    assert.equal(report.skipped[0]?.column, "ref", "an identifier-like label column is left out, as from its codes");
    assert.equal(report.skipped[0]?.role, "identifier");
  });
});
