import assert from "node:assert/strict";

/** One metric family parsed from the Prometheus text format. */
export interface ParsedFamily {
  readonly type: string;
  readonly help: string;
  readonly samples: { readonly name: string; readonly labels: Record<string, string>; readonly value: number }[];
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\[\\"n])*)"(,|$)/y;

/**
 * Parses the Prometheus text exposition format (0.0.4) strictly, failing the test on any line
 * that breaks it: HELP and TYPE before a family's samples, metric and label names, label value
 * escapes, numbers, no repeated series, counters named `_total`, histograms with cumulative
 * buckets ending in `le="+Inf"` equal to `_count`. See
 * https://prometheus.io/docs/instrumenting/exposition_formats/#text-format-details.
 */
export function parseExposition(text: string): Map<string, ParsedFamily> {
  assert.ok(text.endsWith("\n"), "the exposition ends with a line feed");
  const families = new Map<string, ParsedFamily>();
  const seen = new Set<string>();
  let current: { name: string; family: ParsedFamily } | undefined;
  for (const line of text.slice(0, -1).split("\n")) {
    const help = /^# HELP (\S+) (.*)$/.exec(line);
    if (help) {
      assert.match(help[1], NAME);
      assert.ok(!families.has(help[1]), `family ${help[1]} appears once`);
      current = { name: help[1], family: { type: "", help: help[2], samples: [] } };
      families.set(help[1], current.family);
      continue;
    }
    const type = /^# TYPE (\S+) (counter|gauge|histogram|summary|untyped)$/.exec(line);
    if (type) {
      assert.ok(current && type[1] === current.name, `TYPE ${type[1]} follows its HELP`);
      (current.family as { type: string }).type = type[2];
      continue;
    }
    assert.ok(!line.startsWith("#") && line.length > 0, `unexpected line: ${JSON.stringify(line)}`);
    const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? (\S+)$/.exec(line);
    assert.ok(sample, `sample line: ${JSON.stringify(line)}`);
    assert.ok(current && current.family.type !== "", `sample ${sample[1]} after its family's TYPE`);
    const suffixes = current.family.type === "histogram" ? ["_bucket", "_sum", "_count"] : [""];
    assert.ok(suffixes.some((suffix) => sample[1] === current?.name + suffix), `sample ${sample[1]} belongs to ${current.name}`);
    const labels: Record<string, string> = {};
    if (sample[3] !== undefined) {
      LABEL.lastIndex = 0;
      let consumed = 0;
      for (let match = LABEL.exec(sample[3]); match; match = LABEL.exec(sample[3])) {
        labels[match[1]] = match[2].replace(/\\(["\\n])/g, (_, c: string) => (c === "n" ? "\n" : c));
        consumed = LABEL.lastIndex;
      }
      assert.equal(consumed, sample[3].length, `labels of ${JSON.stringify(line)}`);
    }
    assert.match(sample[4], /^(NaN|[+-]Inf|-?\d+(\.\d+)?(e[+-]?\d+)?)$/, `value of ${JSON.stringify(line)}`);
    const series = `${sample[1]}${JSON.stringify(Object.entries(labels).sort())}`;
    assert.ok(!seen.has(series), `series ${series} appears once`);
    seen.add(series);
    current.family.samples.push({ name: sample[1], labels, value: sample[4] === "+Inf" ? Infinity : sample[4] === "-Inf" ? -Infinity : Number(sample[4]) });
  }
  for (const [name, family] of families) {
    if (family.type === "counter") assert.match(name, /_total$/, `counter ${name} ends in _total`);
    if (family.type === "histogram") checkHistogram(name, family);
  }
  return families;
}

function checkHistogram(name: string, family: ParsedFamily): void {
  const bySeries = new Map<string, { le: string; value: number }[]>();
  const counts = new Map<string, number>();
  for (const sample of family.samples) {
    const { le, ...rest } = sample.labels;
    const key = JSON.stringify(Object.entries(rest).sort());
    if (sample.name === `${name}_bucket`) bySeries.set(key, [...(bySeries.get(key) ?? []), { le, value: sample.value }]);
    if (sample.name === `${name}_count`) counts.set(key, sample.value);
  }
  for (const [key, buckets] of bySeries) {
    assert.equal(buckets[buckets.length - 1].le, "+Inf", `${name} ${key} ends with le="+Inf"`);
    for (let i = 1; i < buckets.length; i++) {
      assert.ok(Number(buckets[i].le === "+Inf" ? Infinity : buckets[i].le) > Number(buckets[i - 1].le), `${name} bounds ascend`);
      assert.ok(buckets[i].value >= buckets[i - 1].value, `${name} buckets are cumulative`);
    }
    assert.equal(buckets[buckets.length - 1].value, counts.get(key), `${name} +Inf bucket equals _count`);
  }
}
