/**
 * The driftlens TypeScript kernel: a child Node process that runs notebook cells one at a time in
 * one global scope. It transpiles each cell (see transpileCell), gives it `require` with
 * "driftlens" bound to this extension's engine and "tslab" (display helpers) bound to a shim that
 * sends MIME bundles to the notebook, captures console output, and sends the last expression's
 * value. Local `.ts` modules (`import { x } from "./helpers"`) are transpiled on require.
 * Started by DriftKernel with the engine's path in DRIFTLENS_ENGINE; interrupted by being killed.
 */
import Module, { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatWithOptions, inspect } from "node:util";
import { runInThisContext } from "node:vm";
import * as ts from "typescript";
import type { KernelEvent, MimeBundle, RunCell } from "./kernelProtocol";
import { CELL_DEFAULT, CELL_REQUIRE, transpileCell } from "./transpileCell";

const enginePath = process.env.DRIFTLENS_ENGINE ?? "driftlens";
const requireHere = createRequire(__filename);
let current = -1;

const send = (event: KernelEvent) => process.send?.(event);
const write = (stream: "stdout" | "stderr", text: string) => {
  if (current >= 0) send({ type: "stream", id: current, stream, text });
  else process.stderr.write(text);
};

/** Bundles already shown in this kernel (by dl.show / dl.table through the tslab writer), so a cell ending in `dl.show(x)` shows x once. */
const shown = new WeakSet<object>();

/** What `display(value)` and the last expression show: a MIME bundle as it is, a report by our renderer, anything else as text. */
function bundleOf(value: unknown): MimeBundle | undefined {
  const given = value as { data?: unknown; metadata?: unknown } | null;
  if (typeof given === "object" && given !== null && typeof given.data === "object" && given.data !== null && typeof given.metadata === "object") {
    return shown.has(given.data) ? undefined : (given.data as MimeBundle);
  }
  if (isReport(value)) {
    const engine = requireHere(enginePath) as { checkSummary(report: unknown): string; consoleSummary(report: unknown): string };
    const text = (value as { kind?: string }).kind === "check" ? engine.checkSummary(value) : engine.consoleSummary(value);
    return { "application/vnd.driftlens.report+json": JSON.parse(JSON.stringify(value)), "text/plain": text };
  }
  return { "text/plain": typeof value === "string" ? value : inspect(value, { depth: 4, colors: false }) };
}

function isReport(value: unknown): boolean {
  const report = value as { schemaVersion?: unknown; dataset?: unknown; columns?: unknown } | null;
  return typeof report === "object" && report !== null && typeof report.schemaVersion === "number" && typeof report.dataset === "object" && Array.isArray(report.columns);
}

const display = (bundle: MimeBundle) => {
  if (current >= 0) send({ type: "display", id: current, bundle });
};

/** The parts of tslab a notebook uses, so notebooks written for tslab run here unchanged. */
const tslabShim = {
  display: {
    raw: (mime: string, value: unknown) => display({ [mime]: value }),
    html: (html: string) => display({ "text/html": html }),
    markdown: (markdown: string) => display({ "text/markdown": markdown }),
    text: (text: string) => display({ "text/plain": text }),
    svg: (svg: string) => display({ "image/svg+xml": svg }),
    png: (bytes: Uint8Array) => display({ "image/png": Buffer.from(bytes).toString("base64") }),
    jpeg: (bytes: Uint8Array) => display({ "image/jpeg": Buffer.from(bytes).toString("base64") }),
  },
  versions: { tslab: "driftlens-kernel", typescript: ts.version, node: process.version },
};
const jupyterShim = {
  lastWriteDisplayData: (content: { data?: MimeBundle }) => {
    if (!content.data) return;
    shown.add(content.data);
    display(content.data);
  },
};
// driftlens' own notebook helpers (dl.show, dl.table) find tslab's writer among the loaded modules:
// register the shim there under the path they look for.
const jupyterPath = join(__dirname, "tslab", "dist", "jupyter.js");
requireHere.cache[jupyterPath] = { id: jupyterPath, filename: jupyterPath, loaded: true, exports: jupyterShim } as unknown as NodeJS.Module;

// Requests of "tslab" and "driftlens" from anywhere (cells, local .ts helpers, the engine's notebook helpers) get ours.
const moduleInternals = Module as unknown as { _load(request: string, parent: unknown, isMain: boolean): unknown; _extensions: Record<string, (module: { _compile(code: string, file: string): void }, file: string) => void> };
const load = moduleInternals._load;
moduleInternals._load = function (request, parent, isMain) {
  if (request === "tslab") return tslabShim;
  if (request === "tslab/dist/jupyter") return jupyterShim;
  if (request === "driftlens") return load.call(this, enginePath, parent, isMain);
  return load.call(this, request, parent, isMain);
};
moduleInternals._extensions[".ts"] = (module, file) => {
  const output = ts.transpileModule(readFileSync(file, "utf8"), { fileName: file, compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, esModuleInterop: true } });
  module._compile(output.outputText, file);
};

const cellRequire = createRequire(join(process.cwd(), "notebook.ts"));
const globals = globalThis as Record<string, unknown>;
globals[CELL_REQUIRE] = cellRequire;
globals[CELL_DEFAULT] = (module: { __esModule?: boolean; default?: unknown }) => (module && module.__esModule ? module.default : module);
globals.require = cellRequire;
globals.display = (value: unknown) => {
  const bundle = bundleOf(value);
  if (bundle) display(bundle);
};
for (const [method, stream] of [["log", "stdout"], ["info", "stdout"], ["debug", "stdout"], ["table", "stdout"], ["dir", "stdout"], ["warn", "stderr"], ["error", "stderr"]] as const) {
  console[method] = (...args: unknown[]) => write(stream, `${formatWithOptions({ colors: false, depth: 4 }, ...args)}\n`);
}
process.on("unhandledRejection", (reason) => write("stderr", `Unhandled promise rejection: ${reason instanceof Error ? reason.stack ?? reason.message : String(reason)}\n`));
process.on("uncaughtException", (error) => write("stderr", `Uncaught exception: ${error.stack ?? error.message}\n`));

async function run(cell: RunCell): Promise<void> {
  current = cell.id;
  const fileName = cell.name;
  const transpiled = transpileCell(ts, cell.source, fileName);
  if (transpiled.errors.length > 0) {
    const message = transpiled.errors.map((error) => `${cell.name}, line ${error.line}: ${error.message}`).join("\n");
    send({ type: "done", id: cell.id, ok: false, error: { name: "SyntaxError", message, stack: `SyntaxError: ${message}` } });
    return;
  }
  try {
    const value = await (runInThisContext(transpiled.code, { filename: fileName }) as Promise<unknown>);
    const bundle = value === undefined ? undefined : bundleOf(value);
    if (bundle) display(bundle);
    send({ type: "done", id: cell.id, ok: true });
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    send({ type: "done", id: cell.id, ok: false, error: { name: failure.name, message: failure.message, stack: cellStack(failure, fileName, transpiled.cellLine) } });
  }
}

/** The stack down to the cell's frames, with the cell's own line numbers ("Cell 2, line 3"). */
function cellStack(error: Error, fileName: string, cellLine: (line: number) => number): string {
  const lines = (error.stack ?? `${error.name}: ${error.message}`).split("\n");
  const escaped = fileName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const frame = new RegExp(`${escaped}:(\\d+):(\\d+)`);
  const kept: string[] = [];
  for (const line of lines) {
    const match = frame.exec(line);
    const mapped = match ? line.replace(frame, `${fileName}, line ${cellLine(Number(match[1]))}`) : undefined;
    if (mapped !== undefined) {
      if (kept[kept.length - 1] !== mapped) kept.push(mapped);
    }
    else if (!line.trimStart().startsWith("at ") || kept.length === 0 || !/node:internal|kernelProcess/.test(line)) kept.push(line);
  }
  const lastCellFrame = kept.reduce((last, line, index) => (line.includes(`${fileName}, line`) ? index : last), -1);
  return (lastCellFrame >= 0 ? kept.slice(0, lastCellFrame + 1) : kept).join("\n");
}

let queue: Promise<void> = Promise.resolve();
process.on("message", (message: RunCell) => {
  if (message?.type === "run") queue = queue.then(() => run(message));
});
send({ type: "ready" });
