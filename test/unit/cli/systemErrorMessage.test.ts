import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { systemErrorMessage } from "../../../kernel-helpers/cli/systemErrorMessage";

const systemError = (code: string, syscall: string, path: string, dest?: string) => Object.assign(new Error(`${code}: ${syscall} '${path}'`), { code, syscall, path, ...(dest ? { dest } : {}) });

describe("systemErrorMessage", () => {
  it("names the path, the reason and the way out of a permission, read-only, full-disk or input/output refusal", () => {
    assert.equal(
      systemErrorMessage(systemError("EROFS", "mkdir", "/data/.driftlens/reports/credit")),
      "cannot create '/data/.driftlens/reports/credit': the file system is read-only (EROFS). Point the command at a folder on a writable disk (--out, --report-dir, --json).",
    );
    assert.match(systemErrorMessage(systemError("EACCES", "open", "/data/report.json")) ?? "", /^cannot write '\/data\/report\.json': permission denied \(EACCES\)\. Fix the permissions there/);
    assert.match(systemErrorMessage(systemError("ENOSPC", "rename", "/data/.r.tmp", "/data/report.json")) ?? "", /^cannot write '\/data\/report\.json': there is no space left on the disk \(ENOSPC\)\. Free space on that disk/);
    assert.match(systemErrorMessage(systemError("EIO", "write", "/mnt/share/r.json")) ?? "", /^cannot write '\/mnt\/share\/r\.json': the disk or network share reported an input\/output error \(EIO\)/);
  });

  it("reads the same refusals from DuckDB's IO errors", () => {
    const duckdb = new Error('IO Error: Could not write file "/data/b/credit/v1/reference.parquet": No space left on device');
    assert.match(systemErrorMessage(duckdb) ?? "", /^cannot write '\/data\/b\/credit\/v1\/reference\.parquet': there is no space left on the disk \(ENOSPC\)/);
    const denied = new Error('IO Error: Cannot open file "/data/x.parquet": Permission denied');
    assert.match(systemErrorMessage(denied) ?? "", /^cannot write '\/data\/x\.parquet': permission denied \(EACCES\)/);
    assert.equal(systemErrorMessage(new Error('IO Error: Could not write file "/x": Something unheard of')), undefined);
  });

  it("leaves every other error to the internal-error path", () => {
    assert.equal(systemErrorMessage(new TypeError("x is undefined")), undefined);
    assert.equal(systemErrorMessage(systemError("ENOENT", "open", "/x")), undefined);
    assert.equal(systemErrorMessage(undefined), undefined);
    assert.equal(systemErrorMessage(Object.assign(new Error("no path"), { code: "EACCES" })), undefined);
  });
});
