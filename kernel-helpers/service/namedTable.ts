import type { TableSource } from "../summary/tableSource";
import { HttpError } from "./httpError";
import type { ServiceContext } from "./serviceContext";
import { serviceMessages } from "./serviceMessages";

/** What a request adds to a named table: typed row filters, a time range and its time column. */
export interface TableFilters {
  readonly where?: readonly string[];
  readonly since?: string;
  readonly timestamp?: string;
}

/**
 * The database table a request names (one the service was started with), with the request's
 * filters added to the operator's; `since` applies to `timestamp`, else the table's, else
 * `baselineTimestamp` (the time column of the baseline the request builds or checks against).
 *
 * @throws {HttpError} 404 naming the configured tables when there is no table of that name
 */
export function namedTable(context: ServiceContext, name: string, filters: TableFilters, baselineTimestamp?: string): TableSource {
  const table = context.tables.get(name);
  if (!table) throw new HttpError(404, serviceMessages.unknownTable(name, [...context.tables.keys()]));
  const timestamp = filters.timestamp ?? table.timestamp ?? baselineTimestamp;
  return {
    ...table,
    ...(filters.where && filters.where.length > 0 ? { where: [...(table.where ?? []), ...filters.where] } : {}),
    ...(filters.since === undefined ? {} : { since: filters.since }),
    ...(timestamp === undefined ? {} : { timestamp }),
  };
}
