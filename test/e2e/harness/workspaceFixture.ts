import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
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
} as const;

/**
 * A workspace folder for the e2e runs: the example credit data (reference and a drifted
 * current batch), a pair of files whose numeric column is named like an XSS payload, bad inputs
 * (a text file, a CSV without numbers), a logs folder, and the repository's quickstart notebook.
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
  const notebook = join(REPO, "notebooks", "tabular-quickstart.ipynb");
  if (existsSync(notebook)) copyFileSync(notebook, join(dir, FILES.notebook));
  return dir;
}
