import { join } from "node:path";
import type { Table } from "../data/table";
import { DataError } from "../errors";
import { baselineMessages } from "./baselineMessages";
import type { BaselineInfo } from "./baselineInfo";
import { readSampleParquet } from "./readSampleParquet";

/**
 * The reference sample of the baseline `info` saved in the version folder `path`, checked against
 * its description — for a baseline loaded without it (beyond its cap) whose sample a check needs
 * after all, without reading `baseline.json` again.
 * Cost: about 0.5 s per 1,000,000 sample rows.
 *
 * @throws {DataError} for a sample file that cannot be read or whose row count differs from `info`'s
 */
export async function readBaselineSample(info: BaselineInfo, path: string): Promise<Table> {
  const samplePath = join(path, info.sample.file);
  const sample = await readSampleParquet(samplePath, info.columns, `baseline ${info.name}/${info.version} (${path})`);
  if (sample.rowCount !== info.sample.rows) throw new DataError(baselineMessages.sampleRowsDiffer(samplePath, sample.rowCount, info.sample.rows));
  return sample;
}
