import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { windowLabels } from "../../../kernel-helpers/windows/windowLabels";

describe("windowLabels", () => {
  it("pads row ranges of different lengths to one width", () => {
    assert.deepEqual(windowLabels([{ firstRow: 0, rows: 2000 }, { firstRow: 8000, rows: 2000 }]), ["rows 1–2000    ", "rows 8001–10000"]);
  });
  it("keeps time windows as their start, and answers no windows", () => {
    assert.deepEqual(windowLabels([{ start: "2026-11-16T00:00:00.000Z", rows: 5 }]), ["2026-11-16T00:00:00.000Z"]);
    assert.deepEqual(windowLabels([]), []);
  });
});
