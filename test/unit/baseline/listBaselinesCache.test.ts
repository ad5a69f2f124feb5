import assert from "node:assert/strict";
import { readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { buildBaseline } from "../../../kernel-helpers/baseline/buildBaseline";
import { listBaselines } from "../../../kernel-helpers/baseline/listBaselines";
import { saveBaseline } from "../../../kernel-helpers/baseline/saveBaseline";
import { creditSample } from "../../../kernel-helpers/synth/creditSample";
import { tempDir } from "./baselineFixtures";

// listBaselines keeps a listing per baseline.json (size and modification time): the editor's tree
// lists after every change under .driftlens/. A changed or broken file must never be served from it.
describe("listBaselines lists again what changed, and only that", () => {
  it("shows an edited baseline.json's new numbers and a broken one's problem", async () => {
    const dir = tempDir();
    const saved = await saveBaseline(buildBaseline(creditSample({ rows: 300, seed: 1 }), { name: "credit", version: "v1" }), dir);
    const first = await listBaselines(dir);
    assert.equal(first[0].rows, 300);
    assert.deepEqual(await listBaselines(dir), first, "listed the same twice");

    const file = join(saved, "baseline.json");
    const info = JSON.parse(readFileSync(file, "utf8")) as { created: string };
    writeFileSync(file, JSON.stringify({ ...info, created: "2020-01-01T00:00:00.000Z" }));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    assert.equal((await listBaselines(dir))[0].created, "2020-01-01T00:00:00.000Z", "the edit shows");

    writeFileSync(file, '{"schema": ');
    utimesSync(file, new Date(), new Date(Date.now() + 10_000));
    const broken = await listBaselines(dir);
    assert.match(broken[0].problem ?? "", /not valid JSON/);
    assert.equal(broken[0].rows, undefined);
  });
});
