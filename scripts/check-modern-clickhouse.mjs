// Runs the summary layer's ClickHouse SQL on a current ClickHouse, embedded by the npm package
// `chdb`, and checks its numbers against the local path: the same check test/db/pushdownParity
// makes against Debian's ClickHouse 18.16, for the modern dialect. chdb is large (a whole
// ClickHouse) and not a dependency of driftlens, so this is a script run by hand, not a suite:
//
//   mkdir -p /tmp/chdb && (cd /tmp/chdb && npm install --no-save chdb)
//   npm run build && CHDB_DIR=/tmp/chdb node scripts/check-modern-clickhouse.mjs
//
// Prints one line per test name and the ClickHouse version; exits 1 on the first difference.
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const require = createRequire(import.meta.url);
const chdbDir = process.env.CHDB_DIR;
if (!chdbDir) {
  console.error("Set CHDB_DIR to a folder where `npm install --no-save chdb` ran (see the top of this script).");
  process.exit(2);
}
const { Session } = createRequire(join(resolve(chdbDir), "package.json"))("chdb");
const { compareDatasets } = require("../dist/kernel-helpers/summary/compareDatasets.js");
const { compareSides, engineSide } = require("../dist/kernel-helpers/summary/compareSides.js");
const { clickhouseDialect } = require("../dist/kernel-helpers/summary/clickhouseDialect.js");
const { clickhouseColumnType } = require("../dist/kernel-helpers/summary/clickhouseEngine.js");
const { getStatTest, statTestNames } = require("../dist/kernel-helpers/stats/registry.js");
const { TEST_COLUMNS, testRows, writeParquet } = require("../dist/test/db/engineData.js");

const EXACT = 1e-12;
const NUMERICAL = ["income", "age", "score", TEST_COLUMNS[6].name];
const CATEGORICAL = ["region", "churned"];
const folder = mkdtempSync(join(tmpdir(), "driftlens-chdb-"));
const session = new Session(join(folder, "session"));
const quote = (text) => `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;

/** TabSeparated as the ClickHouse engine reads it (`\N` is NULL, escapes undone). */
function parse(text) {
  if (text === "") return [];
  const unescape = (cell) => cell.replace(/\\(x[0-9a-fA-F]{2}|.)/g, (_, c) => (c.length === 3 ? String.fromCharCode(parseInt(c.slice(1), 16)) : ({ n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", 0: "\0" })[c] ?? c));
  return text.replace(/\n$/, "").split("\n").map((line) => line.split("\t").map((cell) => (cell === "\\N" ? null : unescape(cell))));
}

async function table(name, rows) {
  const parquet = await writeParquet(join(folder, `${name}.parquet`), rows);
  const columns = TEST_COLUMNS.map((c) => `${clickhouseDialect.identifier(c.name)} ${c.clickhouse}`).join(", ");
  session.query(`CREATE TABLE ${name} (${columns}) ENGINE = MergeTree ORDER BY tuple()`);
  session.query(`INSERT INTO ${name} SELECT * FROM file(${quote(parquet)}, Parquet)`);
  const from = `\`default\`.\`${name}\``;
  const described = parse(session.query(`DESCRIBE TABLE ${from}`, "TabSeparated"));
  const engine = {
    dialect: clickhouseDialect,
    label: `chdb ${name}`,
    from,
    columns: described.map(([column, type]) => ({ name: column, engineType: type, type: clickhouseColumnType(type) })),
    query: async (sql) => parse(session.query(sql, "TabSeparated")),
  };
  return { parquet, engine };
}

function same(actual, expected, label) {
  const close = (a, b) => (a === b) || (Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) <= EXACT * Math.max(Math.abs(a), Math.abs(b), 1e-300);
  const problems = [];
  if (actual.method !== expected.method) problems.push(`method ${actual.method} vs ${expected.method}`);
  if (actual.drifted !== expected.drifted) problems.push(`verdict ${actual.drifted} vs ${expected.drifted}`);
  for (const key of ["score", "pValue", "statistic"]) {
    if (expected[key] === undefined ? actual[key] !== undefined : !close(actual[key], expected[key])) problems.push(`${key} ${actual[key]} vs ${expected[key]}`);
  }
  if (JSON.stringify(actual.reference) !== JSON.stringify(expected.reference) || JSON.stringify(actual.current) !== JSON.stringify(expected.current)) problems.push("plotted counts differ");
  if (problems.length > 0) throw new Error(`${label}: ${problems.join("; ")}`);
}

try {
  console.log(`ClickHouse ${session.query("SELECT version()", "TabSeparated").trim()} (chdb)`);
  const reference = await table("parity_reference", testRows(1500, 11, 0));
  const current = await table("parity_current", testRows(1200, 12, 1));
  const all = () => "1";
  const pushed = async (options) => compareSides(await engineSide(reference.engine, all), await engineSide(current.engine, all), options);
  for (const testName of statTestNames()) {
    const test = getStatTest(testName);
    const columns = testName === "fisher_exact" ? ["churned"] : [...(test.columnTypes.includes("numerical") ? NUMERICAL : []), ...(test.columnTypes.includes("categorical") ? CATEGORICAL : [])];
    const options = { columns, method: testName, seed: 3 };
    const local = await compareDatasets(reference.parquet, current.parquet, options);
    const report = await pushed(options);
    report.columns.forEach((column, i) => same(column, local.columns[i], `${testName} ${column.column}`));
    console.log(`${testName.padEnd(18)} ${report.columns.length} columns: same verdicts and scores (${[...new Set(report.columns.map((c) => c.summaries?.exactness))].join(", ")})`);
  }
  for (const method of ["ks", "wasserstein", "psi", "jensenshannon", "t_test"]) {
    const options = { columns: ["income", TEST_COLUMNS[6].name], method, distinctCap: 50, gridCells: 4096 };
    const local = await compareDatasets(reference.parquet, current.parquet, options);
    const report = await pushed(options);
    report.columns.forEach((column, i) => {
      const expected = local.columns[i];
      const bound = column.summaries?.bound?.maxError;
      if (bound !== undefined) {
        const [got, want] = method === "ks" ? [column.statistic, expected.statistic] : [column.score, expected.score];
        if (!(Math.abs(got - want) <= bound + 1e-12)) throw new Error(`grid ${method} ${column.column}: ${got} vs ${want}, bound ${bound}`);
      } else same(column, expected, `grid ${method} ${column.column}`);
    });
    console.log(`grid ${method.padEnd(13)} ${report.columns.map((c) => `${c.column}: ${c.summaries?.exactness}${c.summaries?.bound ? ` (${c.summaries.bound.of} ± ${c.summaries.bound.maxError.toPrecision(2)})` : ""}`).join(", ")}`);
  }
  console.log("every query ran on this ClickHouse and gave the local path's numbers");
} catch (error) {
  console.error(String(error?.stack ?? error));
  process.exitCode = 1;
} finally {
  session.cleanup?.();
  rmSync(folder, { recursive: true, force: true });
}
