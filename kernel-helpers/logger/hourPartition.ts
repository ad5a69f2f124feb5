/**
 * The hive partition folder of an instant, by UTC hour: `year=2026/month=11/day=23/hour=8`.
 * Values are not zero-padded, as Hive and Spark write them, so that DuckDB reads every partition
 * column as an integer (it reads `08` as text).
 *
 * @example hourPartition(Date.UTC(2026, 10, 23, 8, 30)) // "year=2026/month=11/day=23/hour=8"
 */
export function hourPartition(epochMs: number): string {
  const date = new Date(epochMs);
  return `year=${date.getUTCFullYear()}/month=${date.getUTCMonth() + 1}/day=${date.getUTCDate()}/hour=${date.getUTCHours()}`;
}

/**
 * The start (epoch ms, UTC) of the hour a folder path names through `year=`, `month=`, `day=`
 * and `hour=` segments (padded or not, in any position); `undefined` unless all four are there
 * and form a real hour.
 *
 * @example partitionHourStart("logs/credit/year=2026/month=11/day=23/hour=8") // Date.UTC(2026, 10, 23, 8)
 */
export function partitionHourStart(folder: string): number | undefined {
  const parts = new Map<string, number>();
  for (const segment of folder.split(/[\\/]/)) {
    const match = /^(year|month|day|hour)=(\d{1,4})$/.exec(segment);
    if (match) parts.set(match[1], Number(match[2]));
  }
  const [year, month, day, hour] = ["year", "month", "day", "hour"].map((key) => parts.get(key));
  if (year === undefined || month === undefined || day === undefined || hour === undefined) return undefined;
  const start = Date.UTC(year, month - 1, day, hour);
  const check = new Date(start);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || check.getUTCHours() !== hour) return undefined;
  return start;
}
