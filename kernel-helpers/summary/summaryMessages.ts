/** Every user-facing message of the database sources and the summary layer, in one place. */
export const summaryMessages = {
  urlInvalid: (argument: string) =>
    `'${argument}' is not a table address: use clickhouse://USER@HOST:8123/DATABASE/TABLE or postgres://USER@HOST:5432/DATABASE/SCHEMA.TABLE.`,
  passwordInUrl: (engine: string) =>
    `Do not put the password in the ${engine} address (it would show in the process list and in shell history): set ${engine === "clickhouse" ? "DRIFTLENS_CLICKHOUSE_PASSWORD" : "PGPASSWORD or DRIFTLENS_POSTGRES_PASSWORD"}, or pass --password-file FILE.`,
  passwordFileUnreadable: (file: string, reason: string) => `Cannot read the password file ${file} (${reason}): give a readable file whose first line is the password.`,
  unreachable: (label: string, detail: string) =>
    `Cannot reach ${label}: ${detail}. Check that the server runs and the host and port are right (ClickHouse: the HTTP port, 8123 by default).`,
  shardDown: (label: string, shards: readonly string[], detail: string) =>
    `A shard of ${label} cannot be reached: ${shards.join(", ")} refused the connection (${detail}). Start that server, or check its host and port in the cluster's remote_servers.`,
  queryFailed: (label: string, detail: string) => `The query on ${label} failed: ${detail}`,
  loginFailed: (label: string, variable: string) =>
    `${label} refused the user name or password: check the user in the address and the password in ${variable} or the --password-file.`,
  tableMissing: (label: string) => `The table in ${label} does not exist (or this user cannot see it): check the database, schema and table names.`,
  tableEmpty: (label: string) => `The table in ${label} has no columns this user can read.`,
  columnsMissing: (label: string, names: readonly string[], available: readonly string[]) =>
    `${label} has no column ${names.map((n) => `'${n}'`).join(", ")}; its columns are ${available.map((n) => `'${n}'`).join(", ")}.`,
  filterInvalid: (filter: string) =>
    `--where '${filter}' is not a filter: write COLUMN OP VALUE with OP one of = != < <= > >= (quote a column name with spaces in double quotes, a text value in single quotes).`,
  filterColumnMissing: (filter: string, column: string, label: string) => `--where '${filter}': ${label} has no column '${column}'.`,
  filterNotNumber: (filter: string, column: string) => `--where '${filter}': '${column}' is a number column, and the value is not a finite number.`,
  filterNotTime: (filter: string, column: string) => `--where '${filter}': '${column}' is a date/time column, and the value is not an ISO 8601 date or time (2026-12-01 or 2026-12-01T08:00:00Z).`,
  filterUntyped: (filter: string, column: string, type: string) => `--where '${filter}': cannot filter on '${column}' of type ${type}; filter on a number, text or date/time column.`,
  sinceWithoutTimestamp: () => `--since needs the time column: pass --timestamp COLUMN (or build the baseline with --timestamp).`,
  sinceInvalid: (since: string) => `--since '${since}' is neither a span back from now (30m, 24h, 7d) nor an ISO 8601 date/time.`,
  timestampNotTime: (column: string, type: string, label: string) => `--timestamp '${column}' in ${label} is of type ${type}, not a date/time column.`,
  noRows: (label: string) => `No rows of ${label} pass the filters (--where, --since): nothing to test.`,
  capInvalid: (value: number) => `The distinct-value cap must be a whole number ≥ 1 (got ${value}).`,
  sideKinds: () => `Compare a table with a table, or a table with data in memory; both sides cannot be in memory here.`,
};
