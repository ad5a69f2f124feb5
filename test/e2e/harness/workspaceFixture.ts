import { closeSync, copyFileSync, mkdirSync, openSync, readdirSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { compareTables, createRandom, injectImageDrift, injectTextDrift, syntheticGlyphs, syntheticSentences, tableFromRecords } from "../../../kernel-helpers/index";
import { encodePng } from "../../helpers/encodePng";
import { REPO } from "./prerequisites";

/** A column name that would run script if anything wrote it as HTML. */
export const XSS_COLUMN = "<img src=x onerror=document.body.setAttribute('data-xss','1')>";

/** Files every e2e workspace holds; see makeWorkspace. */
export const FILES = {
  reference: "data/reference.csv",
  current: "data/current.csv",
  xssReference: "data/xss-reference.csv",
  xssCurrent: "data/xss-current.csv",
  notData: "data/notes.txt",
  noNumbers: "data/labels-only.csv",
  logs: "logs/batch-1.csv",
  notebook: "notebooks/tabular-quickstart.ipynb",
  xssNotebook: "notebooks/xss-probe.ipynb",
  savedReport: "notebooks/saved-report.ipynb",
  fraudReference: "data/fraud-reference.csv",
  fraudCurrent: "data/fraud-current.csv",
} as const;

/**
 * A workspace folder for the e2e runs: the example credit data (reference and a drifted
 * current batch), a pair of files whose numeric column is named like an XSS payload, bad inputs
 * (a text file, a CSV without numbers), a logs folder, and the repository's example notebooks.
 */
export function makeWorkspace(dir: string): string {
  for (const sub of ["data", "logs", "notebooks"]) mkdirSync(join(dir, sub), { recursive: true });
  copyFileSync(join(REPO, "examples", "data", "reference.csv"), join(dir, FILES.reference));
  copyFileSync(join(REPO, "examples", "data", "current.csv"), join(dir, FILES.current));
  copyFileSync(join(REPO, "examples", "data", "current.csv"), join(dir, FILES.logs));
  const rows = (shift: number) => Array.from({ length: 400 }, (_, i) => `${((i * 37) % 100) / 10 + shift},${i % 3 === 0 ? "a" : "b"}`).join("\n");
  writeFileSync(join(dir, FILES.xssReference), `"${XSS_COLUMN}",kind\n${rows(0)}\n`);
  writeFileSync(join(dir, FILES.xssCurrent), `"${XSS_COLUMN}",kind\n${rows(3)}\n`);
  writeFileSync(join(dir, FILES.notData), "not a table, just notes\n");
  writeFileSync(join(dir, FILES.noNumbers), "region,channel\nnorth,web\nsouth,app\nwest,branch\n");
  writeFileSync(join(dir, FILES.xssNotebook), JSON.stringify(xssNotebook(), null, 1));
  writeFileSync(join(dir, FILES.savedReport), JSON.stringify(savedReportNotebook(), null, 1));
  // Every example notebook, as a person would copy them from the repository.
  for (const notebook of readdirSync(join(REPO, "notebooks")).filter((name) => name.endsWith(".ipynb"))) copyFileSync(join(REPO, "notebooks", notebook), join(dir, "notebooks", notebook));
  makeEmbeddingFiles(dir);
  makeFraudFiles(dir);
  return dir;
}

/**
 * Card transactions, seeded: a `transaction_id` per row (new ids in the current file), nine
 * features, and in the current file the amounts shifted (HIGH drift of one column of nine): a
 * NO DRIFT verdict with one HIGH column, and an identifier that must not count.
 */
function makeFraudFiles(dir: string): void {
  const random = createRandom(20);
  const pick = <T>(values: readonly T[]) => values[random.int(values.length)];
  const rows = (firstId: number, amountShift: number) => Array.from({ length: 1500 }, (_, i) => [
    `TX${String(firstId + i).padStart(8, "0")}`,
    Math.exp(3.5 + amountShift + 0.9 * random.normal()).toFixed(2),
    pick(["grocery", "travel", "electronics", "fuel", "restaurants"]),
    random.int(24),
    Math.round(42 + 12 * random.normal()),
    pick(["FR", "DE", "ES", "IT", "NL"]),
    pick(["mobile", "desktop", "pos"]),
    (-12 * Math.log(1 - random.next())).toFixed(3),
    random.int(6),
  ].join(","));
  const header = "transaction_id,amount,merchant_category,hour,customer_age,country,device,distance_from_home_km,num_items";
  writeFileSync(join(dir, FILES.fraudReference), `${header}\n${rows(0, 0).join("\n")}\n`);
  writeFileSync(join(dir, FILES.fraudCurrent), `${header}\n${rows(1500, 1).join("\n")}\n`);
}

// ---- Text and image drift (test/e2e/exthost/embeddings.suite.ts) ----

/** Files of the text and image drift tests, written by makeEmbeddingFiles. */
const EMBEDDING_FILES = {
  textReference: "data/texts-reference.csv",
  textQuiet: "data/texts-quiet.csv",
  textDrifted: "data/texts-drifted.csv",
  imageReference: "images/reference",
  imageQuiet: "images/quiet",
  imageDrifted: "images/drifted",
} as const;

/**
 * Seeded texts and images from the engine's synthesizers: CSVs (`id,review`) of 150 sentences
 * — a reference, a quiet sample of the same distribution and a sample with typos injected
 * (severity 0.5) — and folders of 40 glyph PNGs — a reference, a quiet sample and a sample with
 * noise injected (severity 0.8). With the bundled models, the drifted samples give p = 1/2001 (no
 * relabeling of 2,000 reached them: severity high) and the quiet ones p ≈ 0.94 (texts) and 1.0 (images).
 */
function makeEmbeddingFiles(dir: string): void {
  const texts = (file: string, values: readonly string[]) => writeFileSync(join(dir, file), `id,review\n${values.map((text, i) => `${i},"${text.replaceAll('"', '""')}"`).join("\n")}\n`);
  texts(EMBEDDING_FILES.textReference, syntheticSentences({ count: 150, seed: 10 }));
  texts(EMBEDDING_FILES.textQuiet, syntheticSentences({ count: 150, seed: 11 }));
  texts(EMBEDDING_FILES.textDrifted, injectTextDrift(syntheticSentences({ count: 150, seed: 12 }), { kind: "typos", severity: 0.5, seed: 13 }));
  const images = (folder: string, glyphs: ReturnType<typeof syntheticGlyphs>) => {
    mkdirSync(join(dir, folder), { recursive: true });
    glyphs.forEach((glyph, i) => writeFileSync(join(dir, folder, `${String(i).padStart(3, "0")}.png`), encodePng(glyph)));
  };
  images(EMBEDDING_FILES.imageReference, syntheticGlyphs({ count: 40, seed: 1 }));
  images(EMBEDDING_FILES.imageQuiet, syntheticGlyphs({ count: 40, seed: 2 }));
  images(EMBEDDING_FILES.imageDrifted, injectImageDrift(syntheticGlyphs({ count: 40, seed: 3 }), { kind: "noise", severity: 0.8, seed: 4 }));
}

/** A tslab-style notebook whose last expression is a report with the XSS column: drawn by the renderer. */
function xssNotebook(): object {
  const source = [
    'import * as dl from "driftlens";',
    `const name = ${JSON.stringify(XSS_COLUMN)};`,
    "const rows = (shift: number) => Array.from({ length: 200 }, (_, i) => ({ [name]: (i % 10) + shift, kind: i % 2 ? \"a\" : \"b\" }));",
    "dl.compareTables(dl.tableFromRecords(rows(0)), dl.tableFromRecords(rows(3)))",
  ];
  return {
    cells: [{ cell_type: "code", execution_count: null, id: "xss", metadata: {}, outputs: [], source: source.map((line, i) => (i < source.length - 1 ? `${line}\n` : line)) }],
    metadata: { kernelspec: { display_name: "TypeScript", language: "typescript", name: "tslab" }, language_info: { name: "typescript" } },
    nbformat: 4,
    nbformat_minor: 5,
  };
}

/** A notebook saved with a report output (no code to run): what the renderer draws, or refuses to in Restricted Mode. */
function savedReportNotebook(): object {
  const rows = (shift: number) => Array.from({ length: 200 }, (_, i) => ({ score: (i % 10) + shift }));
  const report = compareTables(tableFromRecords(rows(0)), tableFromRecords(rows(2)));
  return {
    cells: [{
      cell_type: "code",
      execution_count: 1,
      id: "saved",
      metadata: {},
      outputs: [{ output_type: "execute_result", execution_count: 1, metadata: {}, data: { "application/vnd.driftlens.report+json": JSON.parse(JSON.stringify(report)), "text/plain": "a drift report" } }],
      source: ["report"],
    }],
    metadata: { kernelspec: { display_name: "TypeScript", language: "typescript", name: "tslab" }, language_info: { name: "typescript" } },
    nbformat: 4,
    nbformat_minor: 5,
  };
}

// ── Slow build (cancelling mid-way) ───────────────────────────────────────────────────────────

/** A CSV big enough that building a baseline from it takes seconds: what the UI cancels mid-way. */
export const SLOW_BUILD_CSV = "data/slow-build.csv";

/**
 * Writes SLOW_BUILD_CSV into the workspace `dir`: 2,000,000 rows of sixteen seeded one-digit
 * numeric columns (about 64 MB). Short cells keep the file small while the columns keep the work
 * large: past the 1,000,000-row sample cap the build sketches all sixteen columns (the extension
 * host is busy for seconds) and the save writes a 1,000,000 × 16 Parquet sample — a window of
 * several seconds for Cancel even on a quiet machine.
 */
export function addSlowBuildCsv(dir: string, rows = 2_000_000, columns = 16): string {
  const path = join(dir, SLOW_BUILD_CSV);
  mkdirSync(join(dir, "data"), { recursive: true });
  const fd = openSync(path, "w");
  try {
    writeSync(fd, `${Array.from({ length: columns }, (_, c) => `f${String(c + 1).padStart(2, "0")}`).join(",")}\n`);
    let state = 12345;
    const digit = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) >>> 16) % 10;
    for (let start = 0; start < rows; start += 100_000) {
      const lines: string[] = [];
      for (let i = start; i < Math.min(rows, start + 100_000); i++) lines.push(`${Array.from({ length: columns }, digit).join(",")}\n`);
      writeSync(fd, lines.join(""));
    }
  } finally {
    closeSync(fd);
  }
  return path;
}

// ── Big files (the extension-host lag suite, test/e2e/exthost/lag.suite.ts) ─────────────────────

/** A fraud model's scored transactions, 2,000,000 rows a file: what the lag suite builds from and checks. */
export const BIG_FILES = { reference: "data/fraud_scored_2025-02-03.csv", current: "data/fraud_scored_2025-03-03.csv" } as const;

/**
 * Writes BIG_FILES into the workspace `dir` with DuckDB (one thread, seeded): 2,000,000 scored
 * transactions each — transaction_id, event_time, amount, customer_age, merchant_category,
 * channel, fraud_proba, is_fraud — the current file with larger amounts and a shifted channel mix.
 * About 120 MB a file.
 */
export async function addBigFiles(dir: string, rows = 2_000_000): Promise<void> {
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const instance = await DuckDBInstance.create(":memory:", { threads: "1" });
  const connection = await instance.connect();
  try {
    mkdirSync(join(dir, "data"), { recursive: true });
    for (const [file, shift] of [[BIG_FILES.reference, 0], [BIG_FILES.current, 1]] as const) {
      await connection.run("SELECT setseed(0.42)");
      const path = join(dir, file).replaceAll("'", "''");
      await connection.run(`COPY (
        SELECT i AS transaction_id,
               TIMESTAMP '2025-02-03' + (${shift * 28} * INTERVAL 1 DAY) + (i * INTERVAL 1 SECOND) AS event_time,
               round(exp(3.5 + ${shift * 0.3} + random()), 2) AS amount,
               18 + (i * 7919) % 60 AS customer_age,
               ['grocery', 'travel', 'electronics', 'fashion', 'fuel'][1 + (i * 31) % 5] AS merchant_category,
               CASE WHEN random() < ${0.6 - shift * 0.2} THEN 'web' ELSE 'app' END AS channel,
               round(random() * random(), 4) AS fraud_proba,
               CASE WHEN random() < 0.02 THEN 1 ELSE 0 END AS is_fraud
        FROM range(${rows}) t(i)
      ) TO '${path}' (FORMAT csv, HEADER)`);
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
