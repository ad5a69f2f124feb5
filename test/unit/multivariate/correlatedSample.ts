import { tableFromColumns } from "../../../kernel-helpers/data/tableFromColumns";
import type { Table } from "../../../kernel-helpers/data/table";
import { createRandom } from "../../../kernel-helpers/stats/random";

/** Rows of (x, y, z), seeded: x and y standard normal with correlation `rho`, z independent noise. */
export function correlatedSample(rows: number, rho: number, seed: number): Table {
  const random = createRandom(seed);
  const x = new Float64Array(rows);
  const y = new Float64Array(rows);
  const z = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    x[i] = random.normal();
    y[i] = rho * x[i] + Math.sqrt(1 - rho * rho) * random.normal();
    z[i] = random.normal();
  }
  return tableFromColumns({ x, y, z });
}
