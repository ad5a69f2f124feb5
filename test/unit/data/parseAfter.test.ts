import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { openColumnSource } from "../../../kernel-helpers/data/openColumnSource";
import type { ColumnSource } from "../../../kernel-helpers/data/columnSource";

describe("openColumnSource with parseAfter: described at once, parsed when told", () => {
  let dir: string;
  let csv: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "driftlens-parse-after-"));
    csv = join(dir, "data.csv");
    writeFileSync(csv, "amount,plan\n" + Array.from({ length: 500 }, (_, i) => `${i * 0.5},${["a", "b"][i % 2]}`).join("\n") + "\n");
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("does not open the source before parseAfter settles, then reads it whole", async () => {
    let release = (): void => undefined;
    const parseAfter = new Promise<void>((resolve) => (release = resolve));
    let opened: ColumnSource | undefined;
    const opening = openColumnSource(csv, {}, { anyRowOrder: true, parseAfter }).then((source) => (opened = source));
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(opened, undefined, "opened before it was told to parse");
    release();
    const source = await opening;
    try {
      assert.equal(source.rowCount, 500);
      const [amount] = await source.read(["amount"]);
      assert.equal(amount.type, "numerical");
    } finally {
      source.close();
    }
  });

  it("reports a file that is not there without waiting for parseAfter", async () => {
    const never = new Promise<void>(() => undefined);
    await assert.rejects(openColumnSource(join(dir, "missing.csv"), {}, { parseAfter: never }), /no such file/);
  });
});
