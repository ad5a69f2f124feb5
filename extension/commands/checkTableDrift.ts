import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import * as vscode from "vscode";
import type { TableSource } from "driftlens";
import type { Container } from "../container";
import { announceCheck } from "../checks/announceCheck";
import type { CheckRun } from "../checks/runCheck";
import { pickConnection } from "../database/databaseConnections";
import type { NamedConnection } from "../database/databaseConnections";
import { splitFilters } from "../database/splitFilters";
import type { EngineWorker } from "../engineWorker/engineWorker";
import { engineProgress, withEngineWork } from "../engineWorker/withEngineWork";
import { messages } from "../messages";
import { checkSession } from "../panels/reportPanels";
import type { PanelSession } from "../panels/reportPanels";
import { pickBaseline } from "../pickers";
import type { Step } from "../progress";
import { checkOptions } from "../settings";
import { UserError } from "../userError";
import { displayPath, driftDirectories, workspaceRoot } from "../workspacePaths";
import { reportVerdict, verdictPlain } from "../../kernel-helpers/report/reportVerdict";
import type { DriftCommand } from "./driftCommand";

/** What the command takes as an argument instead of asking (all optional). */
export interface TableCheckArguments {
  /** The name of a connection in `driftlens.databaseConnections`. */
  readonly connection?: string;
  /** `table`, or `schema.table` on PostgreSQL. */
  readonly table?: string;
  /** A baseline version folder. */
  readonly baseline?: string;
  /** Row filters, `COLUMN OP VALUE`; given (even empty), no filter is asked for. */
  readonly where?: readonly string[];
  /** A span back from now (24h) or an ISO date/time; given (even empty), it is not asked for. */
  readonly since?: string;
  /** The time column of `since` (default: the baseline's timestamp column). */
  readonly timestamp?: string;
}

/**
 * Drift: Check Drift on a Database Table… — picks a connection from `driftlens.databaseConnections`,
 * a table listed by the server, a baseline, and optional row filters and a time range, then checks
 * the table against the baseline with only summaries crossing the wire (`driftlens check
 * clickhouse://… --baseline DIR`), saves the report and opens it. The password comes from the
 * secret storage (asked once); the listing and the check run in an engine process. Refused in
 * Restricted Mode: the workspace's settings name the server, and a password would be sent there.
 */
export const checkTableDriftCommand: DriftCommand = {
  id: "driftlens.checkTableDrift",
  title: "Check drift on a database table",
  async run(container: Container, arg?: unknown): Promise<{ reportPath: string; latestPath: string } | undefined> {
    if (!vscode.workspace.isTrusted) throw new UserError(messages.restrictedDatabase);
    const given = (arg && typeof arg === "object" ? arg : {}) as TableCheckArguments;
    const connection = await pickConnection(given.connection);
    if (!connection) return undefined;
    const engine = await container.engine();
    const label = engine.databaseLabel(connection);
    const password = await container.databasePasswords.get(connection, label);
    if (password === undefined) return undefined;
    return withEngineWork(container, `Checking a table of ${connection.name}`, async (worker, step) => {
      const forgetRefused = async (error: unknown): Promise<never> => {
        if (error instanceof UserError && /refused the user name or password/.test(error.message)) {
          await container.databasePasswords.forget(connection);
          throw new UserError(`${error.message} ${messages.passwordRejected(label)}`);
        }
        throw error;
      };
      const table = given.table ?? (await pickTable(await worker.run("listTables", { connection, password }, engineProgress(step)).catch(forgetRefused), label));
      if (table === undefined) return undefined;
      const baselinePath = given.baseline ?? (await pickBaseline(container))?.path;
      if (baselinePath === undefined) return undefined;
      if (!existsSync(join(baselinePath, "baseline.json"))) throw new UserError(messages.notABaseline(displayPath(baselinePath)));
      const filters = await askFilters(given, baselinePath);
      if (filters === undefined) return undefined;
      const source = tableSource(connection, table, filters);
      const { reports } = driftDirectories();
      const check = (includeColumns?: readonly string[]) => (work: EngineWorker, at: Step): Promise<CheckRun> =>
        work.run("checkTable", { baselinePath, source, password, options: { ...checkOptions(), ...(includeColumns ? { includeColumns: [...includeColumns] } : {}) }, cwd: workspaceRoot(), reportsDirectory: reports }, engineProgress(at));
      const run: CheckRun = await check()(worker, step).catch(forgetRefused);
      container.log.info(`${run.report.baseline.name}: ${verdictPlain(reportVerdict(run.report))} — ${run.report.current.source} — saved ${run.reportPath}`);
      // "Check it anyway" in the panel checks the same table again, with the connection held here.
      const rerun = async (includeColumns: readonly string[]): Promise<PanelSession> => {
        const again = await withEngineWork(container, `Checking ${run.report.current.source} again`, check(includeColumns));
        announceCheck(container, again, { shownInPanel: true });
        return { ...checkSession(again), rerun };
      };
      container.panels.open(run, rerun);
      announceCheck(container, run, { shownInPanel: true });
      return { reportPath: run.reportPath, latestPath: run.latestPath };
    });
  },
};

async function pickTable({ tables }: { tables: { schema?: string; table: string; kind: string }[] }, label: string): Promise<string | undefined> {
  if (tables.length === 0) throw new UserError(messages.noTables(label));
  const picked = await vscode.window.showQuickPick(
    tables.map((table) => ({ label: table.schema ? `${table.schema}.${table.table}` : table.table, description: table.kind })),
    { title: messages.pickTable(label), matchOnDescription: true },
  );
  return picked?.label;
}

interface Filters {
  readonly where: string[];
  readonly since?: string;
  readonly timestamp?: string;
}

/** The row filters and time range given, else asked for (both optional); `undefined` when the person pressed Escape. */
async function askFilters(given: TableCheckArguments, baselinePath: string): Promise<Filters | undefined> {
  const where = given.where ? [...given.where] : await vscode.window.showInputBox({ title: messages.filterPrompt, placeHolder: "region = 'north' AND age >= 18", ignoreFocusOut: true }).then((line) => (line === undefined ? undefined : splitFilters(line)));
  if (where === undefined) return undefined;
  const since = given.since ?? (await vscode.window.showInputBox({ title: messages.sincePrompt, placeHolder: "24h", ignoreFocusOut: true }));
  if (since === undefined) return undefined;
  if (since.trim() === "") return { where };
  // The baseline's own timestamp column, from its baseline.json (nothing else of it is loaded here).
  const roles = (JSON.parse(await readFile(join(baselinePath, "baseline.json"), "utf8")) as { roles?: { timestamp?: string } }).roles;
  const timestamp = given.timestamp ?? roles?.timestamp ?? (await vscode.window.showInputBox({ title: messages.timestampPrompt, ignoreFocusOut: true }));
  if (timestamp === undefined) return undefined;
  return { where, since: since.trim(), ...(timestamp.trim() === "" ? {} : { timestamp: timestamp.trim() }) };
}

function tableSource(connection: NamedConnection, table: string, filters: Filters): TableSource {
  const { name: _name, ...server } = connection;
  const dot = connection.engine === "postgres" ? table.indexOf(".") : -1;
  return {
    ...server,
    ...(dot < 0 ? { table } : { schema: table.slice(0, dot), table: table.slice(dot + 1) }),
    ...(filters.where.length > 0 ? { where: filters.where } : {}),
    ...(filters.since === undefined ? {} : { since: filters.since }),
    ...(filters.timestamp === undefined ? {} : { timestamp: filters.timestamp }),
  };
}
