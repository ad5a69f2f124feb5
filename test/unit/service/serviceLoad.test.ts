import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { countLogRows, creditRecords, saveCreditBaseline } from "../logger/logFixtures";
import { call, startService } from "./serviceFixtures";

const CLIENTS = 20;
const REQUESTS = 2000;
const ROWS = 100;

describe("driftlens service under load (correctness; the latency is measured by npm run bench)", () => {
  it(`loses no record: ${REQUESTS.toLocaleString("en-US")} POST /log of ${ROWS} rows from ${CLIENTS} concurrent clients, then POST /check`, async () => {
    const service = await startService();
    await saveCreditBaseline(service.baselines);
    const pool = creditRecords({ rows: 1000, seed: 11, drift: 0.5 });
    let next = 0;
    const statuses = new Map<number, number>();
    const client = async (c: number) => {
      for (let n = next++; n < REQUESTS; n = next++) {
        const records = Array.from({ length: ROWS }, (_, i) => ({ ...pool[(n * ROWS + i) % pool.length], requestId: `c${c}-r${n}-${i}` }));
        const answer = await call(service.base, "POST", "/log/credit", { json: { records } });
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        assert.equal(answer.json?.accepted, answer.status === 202 ? ROWS : undefined, answer.text);
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
    assert.deepEqual([...statuses], [[202, REQUESTS]]);

    const check = await call(service.base, "POST", "/check/credit", { json: {} });
    assert.equal(check.status, 200, check.text);
    assert.equal(check.json.current.rows, REQUESTS * ROWS, "the check sees every record");
    const counted = await countLogRows(join(service.logs, "credit"));
    assert.equal(counted.rows, REQUESTS * ROWS, "every record is in the partitions once");
    assert.equal(counted.ids, REQUESTS * ROWS, "no record is duplicated");
    const metrics = await call(service.base, "GET", "/metrics");
    assert.match(metrics.text, new RegExp(`^driftlens_log_records_total\\{baseline="credit",outcome="written"\\} ${REQUESTS * ROWS}$`, "m"));
    assert.match(metrics.text, /^driftlens_log_records_total\{baseline="credit",outcome="dropped"\} 0$/m);
    await service.app.close();
  });
});
