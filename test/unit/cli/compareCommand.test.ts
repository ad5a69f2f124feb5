import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { repoPath } from "../../helpers/paths";
import { runCli } from "../../helpers/runCli";

const dir = mkdtempSync(join(tmpdir(), "driftlens-cli-"));
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const rows = (header: string, count: number, row: (i: number) => string): string => [header, ...Array.from({ length: count }, (_, i) => row(i))].join("\n") + "\n";
const good = file("good.csv", rows("a,b,c", 50, (i) => `${i % 17},${["x", "y", "z"][i % 3]},${(i * 7) % 11}`));

function assertUserError(run: ReturnType<typeof runCli>, ...phrases: string[]): void {
  assert.equal(run.code, 2, `exit code 2 (stderr: ${run.stderr})`);
  assert.doesNotMatch(run.stderr, /\n\s+at /, "no stack trace");
  assert.match(run.stderr, /^driftlens: /);
  for (const phrase of phrases) assert.ok(run.stderr.includes(phrase), `stderr mentions ${JSON.stringify(phrase)}: ${run.stderr}`);
}

describe("driftlens compare", () => {
  it("prints the verdict, drifted n/m and the drifted columns, and exits 1 on dataset drift", () => {
    const run = runCli(["compare", repoPath("test/fixtures/drift/large-reference.csv"), repoPath("test/fixtures/drift/large-current.csv")]);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /Dataset drift: DRIFT · score 50% \(4\/8 columns drifted/);
    assert.match(run.stdout, /income\s+numerical\s+wasserstein/);
    assert.match(run.stdout, /No drift: .*score/);
  });

  it("exits 0 when the dataset does not drift, and 1 with --fail-on column when one column drifts", () => {
    const args = ["compare", repoPath("test/fixtures/drift/stable-reference.csv"), repoPath("test/fixtures/drift/stable-current.csv")];
    assert.equal(runCli(args).code, 0);
    assert.equal(runCli([...args, "--fail-on", "column"]).code, 1);
    assert.equal(runCli([...args, "--fail-on", "none", "--drift-share", "0.1"]).code, 0);
  });

  it("writes the JSON report with --json and honours --columns, --method and --threshold", () => {
    const out = join(dir, "out", "report.json");
    const run = runCli(["compare", repoPath("test/fixtures/drift/large-reference.csv"), repoPath("test/fixtures/drift/large-current.csv"), "--json", out, "--columns", "age,income", "--method", "psi", "--threshold", "0.2"]);
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    const report = JSON.parse(readFileSync(out, "utf8"));
    assert.deepEqual(report.columns.map((c: { column: string }) => c.column), ["age", "income"]);
    assert.ok(report.columns.every((c: { method: string; threshold: number }) => c.method === "psi" && c.threshold === 0.2));
  });

  it("applies Bonferroni and Benjamini–Hochberg corrections to p-values", () => {
    const base = ["compare", repoPath("test/fixtures/drift/small-reference.csv"), repoPath("test/fixtures/drift/small-current.csv"), "--json", "-"];
    const plain = JSON.parse(runCli(base).stdout);
    const bonferroni = JSON.parse(runCli([...base, "--correction", "bonferroni"]).stdout);
    const fdr = JSON.parse(runCli([...base, "--correction", "fdr"]).stdout);
    const m = plain.columns.length;
    plain.columns.forEach((column: { score: number; pValue: number }, i: number) => {
      assert.equal(bonferroni.columns[i].score, Math.min(1, column.score * m));
      assert.ok(fdr.columns[i].score >= column.score && fdr.columns[i].score <= bonferroni.columns[i].score);
      assert.equal(bonferroni.columns[i].pValue, column.pValue);
    });
    assert.ok(bonferroni.dataset.driftedColumns <= fdr.dataset.driftedColumns && fdr.dataset.driftedColumns <= plain.dataset.driftedColumns);
  });

  describe("bad input: exit 2, one paragraph on stderr, no stack trace, nothing written", () => {
    it("names a missing file", () => {
      assertUserError(runCli(["compare", join(dir, "nope.csv"), good]), "nope.csv");
    });
    it("names an empty file", () => {
      assertUserError(runCli(["compare", file("empty.csv", ""), good]), "empty.csv");
    });
    it("names a file with a header and no rows", () => {
      assertUserError(runCli(["compare", file("header.csv", "a,b,c\n"), good]), "header.csv");
    });
    it("names the line of a ragged CSV row", () => {
      assertUserError(runCli(["compare", file("ragged.csv", "a,b,c\n1,x,2\n2,y,3\n3,z\n4,x,5\n"), good]), "ragged.csv", "line 4");
    });
    it("names a file with bytes that are not UTF-8", () => {
      assertUserError(runCli(["compare", file("latin1.csv", Buffer.concat([Buffer.from("a,b,c\n1,"), Buffer.from([0xe9, 0xff]), Buffer.from(",2\n")])), good]), "latin1.csv", "UTF-8");
    });
    it("names a column that is in one dataset only, and the way out", () => {
      const other = file("other.csv", rows("a,b,d", 50, (i) => `${i},x,${i}`));
      assertUserError(runCli(["compare", good, other]), "'c'", "--columns");
    });
    it("names a column that is numerical in one dataset and text in the other", () => {
      const texty = file("texty.csv", rows("a,b,c", 50, (i) => `${i === 3 ? "oops" : i},x,${i}`));
      assertUserError(runCli(["compare", good, texty]), "'a'", "numerical", "categorical");
    });
    it("names a column whose values are all missing", () => {
      const blank = file("blank.csv", rows("a,b,c", 50, (i) => `${i},x,`));
      assertUserError(runCli(["compare", good, blank, "--type", "c=numerical"]), "'c'", "no values", "blank.csv");
    });
    it("lists the valid methods for an unknown --method", () => {
      assertUserError(runCli(["compare", good, good, "--method", "kolmogorov"]), "kolmogorov", "ks", "wasserstein", "psi", "chisquare");
    });
    it("explains a method that does not fit a column type", () => {
      assertUserError(runCli(["compare", good, good, "--method", "ks"]), "'ks'", "'b'", "categorical", "--cat-method");
    });
    it("rejects a malformed number flag", () => {
      assertUserError(runCli(["compare", good, good, "--threshold", "abc"]), "--threshold");
    });
    it("writes no JSON report when the input is bad", () => {
      const out = join(dir, "never.json");
      runCli(["compare", join(dir, "nope.csv"), good, "--json", out]);
      assert.equal(existsSync(out), false);
    });
  });

  describe("awkward but valid input is answered", () => {
    it("a constant column gives a finite score and no NaN in the drift share", () => {
      const constant = file("constant.csv", rows("a,b", 2000, (i) => `5,${i % 2 ? "x" : "y"}`));
      const run = runCli(["compare", constant, constant, "--json", "-"]);
      assert.equal(run.code, 0, run.stderr);
      const report = JSON.parse(run.stdout);
      assert.ok(report.columns.every((column: { score: number }) => Number.isFinite(column.score)));
      assert.equal(report.dataset.driftScore, 0);
    });
    it("a single row on each side is NOT CHECKED (exit 4): insufficient data, never a confident verdict", () => {
      const one = file("one.csv", "a,b\n1.5,x\n");
      const two = file("two.csv", "a,b\n2.5,y\n");
      const run = runCli(["compare", one, two, "--json", "-"]);
      assert.equal(run.code, 4, run.stderr);
      const report = JSON.parse(run.stdout);
      assert.equal(report.dataset.verdict, "NOT CHECKED");
      assert.deepEqual(report.skipped.map((column: { column: string }) => column.column), ["a", "b"]);
      assert.ok(report.skipped.every((column: { reason: string }) => column.reason.startsWith("insufficient data")));
    });
    it("±Infinity is dropped, counted and reported", () => {
      const inf = file("inf.csv", rows("a,b", 100, (i) => `${i === 0 ? "inf" : i === 1 ? "-inf" : i},x`));
      const run = runCli(["compare", inf, inf, "--json", "-"]);
      assert.equal(run.code, 0, run.stderr);
      const report = JSON.parse(run.stdout);
      assert.equal(report.columns[0].reference.nonFinite, 2);
      assert.ok(report.warnings.some((w: string) => w.includes("infinite")));
    });
    it("a categorical column with 1,000,000 distinct values stays in bounded memory and warns", () => {
      const big = file("ids.csv", rows("id,v", 1_000_000, (i) => `u${i},${i % 7}`));
      const run = runCli(["compare", big, big, "--json", "-"]);
      assert.equal(run.code, 0, run.stderr);
      const report = JSON.parse(run.stdout);
      assert.ok(report.warnings.some((w: string) => w.includes("'id'")), JSON.stringify(report.warnings));
    });
  });
});
