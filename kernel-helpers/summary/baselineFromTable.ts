import type { Baseline, BaselineColumn } from "../baseline/baselineInfo";
import { DEFAULT_SAMPLE_CAP } from "../baseline/baselineInfo";
import { baselineMessages } from "../baseline/baselineMessages";
import type { BuildBaselineOptions } from "../baseline/buildBaseline";
import { buildBaseline } from "../baseline/buildBaseline";
import { UsageError } from "../errors";
import { withClickhouse } from "./clickhouseEngine";
import { engineSide } from "./compareSides";
import { withPostgres } from "./postgresEngine";
import { filterCondition } from "./rowFilter";
import type { SqlEngine } from "./sqlEngine";
import { summaryMessages } from "./summaryMessages";
import type { TableSource } from "./tableSource";
import { sampledTable } from "./tableQueries";
import { DEFAULT_SEED } from "../stats/random";

/**
 * A baseline of a database table: the profile of every row (count, missing, non-finite, mean,
 * standard deviation, min and max of each numerical column, counted by the engine) and a seeded
 * reference sample of up to `sampleCap` rows drawn by the engine (rows ordered by a hash of the
 * seed and the row). Quantiles, histograms and category profiles come from the sample. Checks
 * test the current data against the sample; a check of a table pushes the current side down.
 *
 * @throws {DataError} when the table cannot be read; {UsageError} for bad filters or roles
 * @example
 * const baseline = await buildBaselineFromTable({ engine: "clickhouse", host: "ch1", database: "logs", table: "inference" }, { name: "credit", version: "v1" });
 * await saveBaseline(baseline, ".driftlens/baselines");
 */
export async function buildBaselineFromTable(source: TableSource, options: BuildBaselineOptions, env: NodeJS.ProcessEnv = process.env): Promise<Baseline> {
  const cap = options.sampleCap ?? DEFAULT_SAMPLE_CAP;
  if (!Number.isInteger(cap) || cap < 1) throw new UsageError(baselineMessages.sampleCapInvalid(cap));
  const seed = options.seed ?? DEFAULT_SEED;
  const now = Date.now();
  const run = async (engine: SqlEngine): Promise<Baseline> => {
    const where = (params: unknown[]) => filterCondition(engine, source, params, now);
    where([]);
    const side = await engineSide(engine, where);
    if (side.kind !== "engine") throw new Error("engineSide returned rows");
    const kept = engine.columns.filter((column) => column.type !== undefined);
    if (kept.length === 0) throw new UsageError(summaryMessages.tableEmpty(engine.label));
    const sample = await sampledTable(engine, kept, where, cap, seed);
    const built = buildBaseline({ ...sample, source: engine.label }, { ...options, sampleCap: Math.max(cap, sample.rowCount) });
    const columns = built.info.columns.map((column): BaselineColumn => {
      const profile = side.profiles.get(column.name);
      if (column.type !== "numerical" || profile === undefined) return column;
      const std = profile.count > 0 ? Math.sqrt((profile.variance * (profile.count - 1)) / profile.count) : null;
      const counted = profile.count > 0
        ? { count: profile.count, missing: profile.missing, nonFinite: profile.nonFinite, mean: profile.mean, std, min: profile.min, max: profile.max }
        : { count: 0, missing: profile.missing, nonFinite: profile.nonFinite, mean: null, std: null, min: null, max: null };
      return { ...column, profile: { ...column.profile, ...counted } };
    });
    const complete = sample.rowCount === side.rows;
    return {
      ...built,
      info: {
        ...built.info,
        source: engine.label,
        rows: side.rows,
        columns,
        sample: { ...built.info.sample, rows: sample.rowCount, complete, cap, selection: complete ? "all" : "seeded", seed },
      },
    };
  };
  return source.engine === "clickhouse" ? withClickhouse(source, run, env) : withPostgres(source, run, env);
}
