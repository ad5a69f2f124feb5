import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { WORKSPACE_DIR, workspaceLayout } from "../store/workspaceLayout";
import { DataError, UsageError } from "../errors";
import { numberFlag, wholeNumberFlag } from "./cliOptions";
import { EXIT_OK } from "./exitCodes";
import { isTableUrl, parseTableUrl } from "../summary/parseTableUrl";
import type { TableSource } from "../summary/tableSource";
import { tableSourceLabel } from "../summary/tableSource";

const usage = `Usage: driftlens serve [--port 8000] [--baselines DIR] [options]

Runs the driftlens HTTP service (JSON, schema-validated; OpenAPI document at /docs):
  GET  /health                      liveness (no token needed)
  GET  /baselines                   the saved baselines
  POST /baselines                   build one from JSON rows, or an uploaded CSV/Parquet file
  POST /check/{baseline}            check JSON rows, a file, a --table by name ({"table": NAME,
                                    "where": [...], "since": "24h"}), or the logged records; the report
  POST /log/{baseline}              append inference records (and later labels)
  GET  /reports/{baseline}/latest   the latest report (JSON)
  GET  /metrics                     Prometheus metrics (drift scores, verdicts, alerts, checks)
Stop it with Ctrl-C or SIGTERM: buffered inference records are written first.

Options:
  --port N               port (default 8000; 0 picks a free one)
  --host HOST            address to bind (default 127.0.0.1, this machine only); use 0.0.0.0
                         for every interface only behind a trusted network, with a token
  --baselines DIR        baselines folder (default .driftlens/baselines)
  --reports DIR          reports folder (default .driftlens/reports)
  --logs DIR             inference logs, one folder per baseline (default .driftlens/logs)
  --token-file FILE      require 'Authorization: Bearer <token>', the token being the file's
                         first line; or set DRIFTLENS_TOKEN (default: no token)
  --max-body-mb N        largest JSON body (default 16)
  --max-upload-mb N      largest CSV/Parquet upload (default 256)
  --log-flush-records N  write logged records once N are buffered (default 10000)
  --log-flush-seconds S  … and at least every S seconds (default 10)
  --log-max-buffered N   records held for writing before POST /log answers 503 (default 500000)
  --table NAME=URL       a database table that POST /check/{baseline} may check by NAME, counted
                         where it lives: clickhouse://USER@HOST:8123/DB/TABLE or
                         postgres://USER@HOST:5432/DB/SCHEMA.TABLE; repeatable. Clients name only
                         these tables (never a server or SQL); their filters are typed values
  --password-file FILE   the tables' database password (first line); else DRIFTLENS_CLICKHOUSE_PASSWORD,
                         DRIFTLENS_POSTGRES_PASSWORD or PGPASSWORD of the service's environment

Exit codes: 0 stopped by a signal, 2 bad usage (or the port is taken).`;

/** `driftlens serve`: the HTTP service, until SIGINT or SIGTERM. */
export const serveCommand = {
  name: "serve",
  usage,
  handlesSignals: true,
  async run(argv: string[]): Promise<number> {
    const layout = workspaceLayout();
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        port: { type: "string", default: "8000" },
        host: { type: "string", default: "127.0.0.1" },
        baselines: { type: "string", default: layout.baselines },
        reports: { type: "string", default: layout.reports },
        logs: { type: "string", default: join(WORKSPACE_DIR, "logs") },
        "token-file": { type: "string" },
        "max-body-mb": { type: "string", default: "16" },
        "max-upload-mb": { type: "string", default: "256" },
        "log-flush-records": { type: "string", default: "10000" },
        "log-flush-seconds": { type: "string", default: "10" },
        "log-max-buffered": { type: "string", default: "500000" },
        table: { type: "string", multiple: true },
        "password-file": { type: "string" },
      },
    });
    if (positionals.length > 0) throw new UsageError(`serve takes no arguments, got '${positionals.join(" ")}'. Example: driftlens serve --port 8000 --baselines .driftlens/baselines`);
    const port = wholeNumberFlag("port", values.port, 0, 65535) as number;
    const tables = namedTables(values.table ?? [], values["password-file"]);
    const token = values["token-file"] !== undefined ? await tokenFrom(values["token-file"]) : process.env.DRIFTLENS_TOKEN || undefined;
    const { createService } = await import("../service/createService");
    const app = await createService({
      baselinesDir: values.baselines,
      reportsDir: values.reports,
      logsDir: values.logs,
      ...(token === undefined ? {} : { token }),
      maxBodyBytes: megabytes("max-body-mb", values["max-body-mb"]),
      maxUploadBytes: megabytes("max-upload-mb", values["max-upload-mb"]),
      logFlushRecords: wholeNumberFlag("log-flush-records", values["log-flush-records"], 1) as number,
      logFlushIntervalMs: Math.max(1, Math.round(positive("log-flush-seconds", values["log-flush-seconds"], "a number of seconds > 0") * 1000)),
      logMaxBufferedRecords: wholeNumberFlag("log-max-buffered", values["log-max-buffered"], 1) as number,
      ...(tables ? { tables } : {}),
    });
    let address: string;
    try {
      address = await app.listen({ host: values.host, port });
    } catch (error) {
      await app.close();
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EADDRINUSE" || code === "EACCES" || code === "EADDRNOTAVAIL") throw new UsageError(`cannot listen on ${values.host}:${port}: ${(error as Error).message}. Pick another --port or --host.`);
      throw error;
    }
    // Fastify answers with one address; on a wildcard host the service listens on every interface.
    const wildcard = values.host === "0.0.0.0" || values.host === "::";
    if (wildcard) process.stdout.write(`driftlens: listening on every interface of this machine (${values.host}:${new URL(address).port}); from this machine:\n`);
    process.stdout.write(`driftlens service on ${address} · baselines ${values.baselines}${tables ? ` · tables ${Object.entries(tables).map(([name, source]) => `${name} (${tableSourceLabel(source)})`).join(", ")}` : ""} · OpenAPI ${address}/docs · metrics ${address}/metrics${token ? " · bearer token required" : ""}\n`);
    if (!token && !isLoopback(values.host)) process.stderr.write(`driftlens: warning: listening on ${values.host} without a token: anyone who can reach this port can read reports and write baselines. Set DRIFTLENS_TOKEN or --token-file.\n`);
    await new Promise<void>((done) => {
      const stop = () => {
        process.off("SIGINT", stop);
        process.off("SIGTERM", stop);
        done();
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    await app.close();
    return EXIT_OK;
  },
};

/** `--table NAME=URL` flags as named table sources (each with the `--password-file`), or undefined when none is given. */
function namedTables(flags: readonly string[], passwordFile: string | undefined): Record<string, TableSource> | undefined {
  if (passwordFile !== undefined && flags.length === 0) throw new UsageError("--password-file applies to the --table sources, and none is given.");
  if (flags.length === 0) return undefined;
  const tables: Record<string, TableSource> = {};
  for (const flag of flags) {
    const equals = flag.indexOf("=");
    const name = flag.slice(0, Math.max(0, equals));
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) || !isTableUrl(flag.slice(equals + 1))) {
      throw new UsageError(`--table expects NAME=clickhouse://USER@HOST:8123/DB/TABLE or NAME=postgres://USER@HOST:5432/DB/SCHEMA.TABLE (NAME of letters, digits, '.', '_', '-'), got '${flag.replace(/\/\/([^/@:]*):[^/@]*@/, "//$1:***@")}'.`);
    }
    if (name in tables) throw new UsageError(`--table ${name} is given twice.`);
    tables[name] = { ...parseTableUrl(flag.slice(equals + 1)), ...(passwordFile === undefined ? {} : { passwordFile }) };
  }
  return tables;
}

async function tokenFrom(file: string): Promise<string> {
  const text = await readFile(file, "utf8").catch(() => undefined);
  const token = text?.split(/\r?\n/)[0].trim();
  if (!token) throw new DataError(`--token-file ${file} ${text === undefined ? "cannot be read" : "has no token on its first line"}. Write the token alone on the first line.`);
  return token;
}

function megabytes(flag: string, value: string): number {
  return Math.round(positive(flag, value, "a size in MiB > 0") * 1048576);
}

function positive(flag: string, value: string, expected: string): number {
  const parsed = numberFlag(flag, value) as number;
  if (!(parsed > 0)) throw new UsageError(`--${flag} expects ${expected}, got '${value}'.`);
  return parsed;
}

function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || host.startsWith("127.");
}
