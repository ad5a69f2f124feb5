import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { Adwin } from "../../../kernel-helpers/performance/adwin";
import { PageHinkley } from "../../../kernel-helpers/performance/pageHinkley";
import { detectChanges } from "../../../kernel-helpers/performance/streamDetector";
import { createRandom } from "../../../kernel-helpers/stats/random";
import { repoPath } from "../../helpers/paths";

interface StreamCase {
  title: string;
  values: number[];
  pageHinkley: { changePoints: number[]; source: string };
  adwin: { changePoints?: number[]; firstChangePoint?: number; source: string };
}

const fixture = JSON.parse(readFileSync(repoPath("test/fixtures/stream-detectors.json"), "utf8")) as { streams: StreamCase[] };

/** Errors (0/1) at `before` then `after` rate, `n` each, seeded. */
function errorStep(n: number, before: number, after: number, seed: number): Float64Array {
  const random = createRandom(seed);
  return Float64Array.from({ length: 2 * n }, (_, i) => (random.next() < (i < n ? before : after) ? 1 : 0));
}

describe("Page-Hinkley and ADWIN with River's defaults", () => {
  for (const stream of fixture.streams) {
    it(`Page-Hinkley finds River's change points on the ${stream.title}`, () => {
      assert.deepEqual(detectChanges(stream.values, new PageHinkley()).changePoints, stream.pageHinkley.changePoints, stream.pageHinkley.source);
    });
    it(`ADWIN finds River's change points on the ${stream.title}`, () => {
      const found = detectChanges(stream.values, new Adwin()).changePoints;
      if (stream.adwin.changePoints) assert.deepEqual(found, stream.adwin.changePoints, stream.adwin.source);
      else assert.equal(found[0], stream.adwin.firstChangePoint, stream.adwin.source);
    });
  }

  it("uses River's default parameters", () => {
    assert.deepEqual(new PageHinkley().parameters, { minInstances: 30, delta: 0.005, threshold: 50, alpha: 0.9999 });
    assert.deepEqual(new Adwin().parameters, { delta: 0.002, clock: 32, maxBuckets: 5, minWindowLength: 5, gracePeriod: 10 });
  });

  it("stay quiet on 20,000 values of a stable 10% error rate", () => {
    const stable = errorStep(10_000, 0.1, 0.1, 7);
    assert.deepEqual(detectChanges(stable, new PageHinkley()).changePoints, []);
    assert.deepEqual(detectChanges(stable, new Adwin()).changePoints, []);
  });

  it("find an error rate that rises from 10% to 30% soon after it does", () => {
    const step = errorStep(5_000, 0.1, 0.3, 8);
    const ph = detectChanges(step, new PageHinkley()).changePoints;
    const adwin = detectChanges(step, new Adwin()).changePoints;
    assert.ok(ph.length > 0 && ph[0] >= 5_000 && ph[0] < 5_600, `Page-Hinkley at ${ph[0]}`);
    assert.ok(adwin.length > 0 && adwin[0] >= 5_000 && adwin[0] < 5_600, `ADWIN at ${adwin[0]}`);
  });

  it("ADWIN sees a fall too, Page-Hinkley (one-sided, as River's) does not", () => {
    const fall = errorStep(5_000, 0.3, 0.1, 9);
    assert.ok(detectChanges(fall, new Adwin()).changePoints.length > 0);
    assert.deepEqual(detectChanges(fall, new PageHinkley()).changePoints, []);
  });

  it("skips NaN and reports change points as the given row numbers", () => {
    const values = Float64Array.from([...fixture.streams[0].values.slice(0, 1000), NaN, ...fixture.streams[0].values.slice(1000)]);
    const rows = Float64Array.from(values, (_, i) => 10 * i);
    const result = detectChanges(values, new PageHinkley(), rows);
    assert.equal(result.values, 2000);
    assert.deepEqual(result.changePoints, [10 * 1007]);
  });
});
