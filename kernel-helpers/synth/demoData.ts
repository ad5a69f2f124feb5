import { resolve } from "node:path";
import type { Column, NumericalColumn, Table } from "../data/table";
import { readTable } from "../data/readTable";
import { tableFromColumns } from "../data/tableFromColumns";
import { createRandom } from "../stats/random";
import { creditSample } from "./creditSample";
import { injectTextDrift } from "./injectTextDrift";
import { syntheticSentences } from "./syntheticSentences";

/** The bundled, seeded example data (made by scripts/make-example-data.mjs). */
export const EXAMPLE_DATA_DIR = resolve(__dirname, "../../../examples/data");

/** How far each day of the demo's current week has drifted (0 = like the reference, 1 = fully). */
export const DEMO_DRIFT_BY_DAY: readonly number[] = [0, 0, 0, 0.4, 0.7, 1, 1];
/** Rows per day of the demo's current week. */
export const DEMO_ROWS_PER_DAY = 1000;
/** Every how many rows an applicant left a note (`application_note`; the other rows have none). */
const NOTE_EVERY = 4;
/** The first day of the demo's current week (UTC). */
const WEEK_START = Date.UTC(2026, 10, 16);
const DAY = 86_400_000;

export interface DemoData {
  /** The bundled training sample (examples/data/reference.csv) with the model's score and event times over the 4 weeks before. */
  readonly reference: Table;
  /** A week of inference data, drifting from day 4 on (`DEMO_DRIFT_BY_DAY`), with the model's score and event times. */
  readonly current: Table;
}

/**
 * The demo's data: a credit model's training sample (the bundled CSV) and a seeded week of
 * inference data (`creditSample`, seeds 11–17) that is stable for three days and then drifts
 * a little more each day. Both carry `risk_score`, the output of a fixed logistic "model" of
 * the applicant's credit score, income, loan amount and age (so it drifts with its inputs),
 * `defaulted`, the label ("yes" / "no", drawn from the true risk, which the model
 * underestimates more and more as the week drifts), `event_time`, and `application_note`, a
 * free text on every fourth row (`syntheticSentences`; in the drifting days up to half of them
 * on topics the training sample never had).
 *
 * @example const { reference, current } = await demoData(); current.rowCount // 2800
 */
export async function demoData(): Promise<DemoData> {
  const training = await readTable(resolve(EXAMPLE_DATA_DIR, "reference.csv"));
  const days = DEMO_DRIFT_BY_DAY.map((drift, day) => creditSample({ rows: DEMO_ROWS_PER_DAY, seed: 11 + day, drift }));
  const week = tableFromColumns(Object.fromEntries(days[0].columns.map((column) => [column.name, days.flatMap((table) => cellValues(table, column.name))])), {
    source: `a drifting week (creditSample seeds 11–17, drift ${DEMO_DRIFT_BY_DAY.join(" → ")})`,
  });
  const notesPerDay = DEMO_ROWS_PER_DAY / NOTE_EVERY;
  const weekNotes = DEMO_DRIFT_BY_DAY.flatMap((drift, day) => injectTextDrift(syntheticSentences({ count: notesPerDay, seed: 31 + day }), { kind: "topic", severity: 0.5 * drift, seed: 41 + day }));
  return {
    reference: withNotes(withModel(training, { start: WEEK_START - 28 * DAY, span: 28 * DAY, seed: 1001, drift: () => 0 }), syntheticSentences({ count: Math.ceil(training.rowCount / NOTE_EVERY), seed: 21 })),
    current: withNotes(withModel(week, { start: WEEK_START, span: DEMO_DRIFT_BY_DAY.length * DAY, seed: 1002, drift: (row) => DEMO_DRIFT_BY_DAY[Math.floor(row / DEMO_ROWS_PER_DAY)] }), weekNotes),
  };
}

/** A column's cells as plain values (numbers, labels, null for missing). */
function cellValues(table: Table, name: string): unknown[] {
  const column = table.columns.find((candidate) => candidate.name === name) as Column;
  if (column.type === "categorical") return Array.from(column.codes, (code) => (code < 0 ? null : column.dictionary[code]));
  if (column.type === "text") return [...column.values];
  return Array.from(column.values);
}

/**
 * `table` with `risk_score` (the model's predicted probability of default), `defaulted` (the
 * label, drawn from the true probability: the model's logit plus 1.2 × the row's drift) and
 * `event_time` (rows spread evenly from `start` over `span` ms).
 */
function withModel(table: Table, options: { start: number; span: number; seed: number; drift: (row: number) => number }): Table {
  const value = (name: string) => (table.columns.find((column) => column.name === name) as NumericalColumn).values;
  const [creditScore, income, loanAmount, age] = ["credit_score", "income", "loan_amount", "age"].map(value);
  const random = createRandom(options.seed);
  const score = new Float64Array(table.rowCount);
  const defaulted = new Int32Array(table.rowCount);
  for (let i = 0; i < table.rowCount; i++) {
    const credit = Number.isNaN(creditScore[i]) ? 0 : (650 - creditScore[i]) / 70;
    const z = -1.8 + 1.1 * credit - 0.9 * (Math.log(income[i]) - 10.6) / 0.55 + 0.6 * (Math.log(loanAmount[i]) - 9.2) / 1.1 - 0.02 * (age[i] - 40);
    score[i] = Math.round(1000 / (1 + Math.exp(-z))) / 1000;
    defaulted[i] = random.next() < 1 / (1 + Math.exp(-(z + 1.2 * options.drift(i)))) ? 1 : 0;
  }
  const time = Float64Array.from({ length: table.rowCount }, (_, i) => options.start + Math.floor((i * options.span) / table.rowCount));
  return {
    ...table,
    columns: [
      ...table.columns,
      { name: "risk_score", type: "numerical", values: score },
      { name: "defaulted", type: "categorical", codes: defaulted, dictionary: ["no", "yes"] },
      { name: "event_time", type: "datetime", values: time },
    ],
  };
}

/** `table` with `application_note`: the `notes` in order on every `NOTE_EVERY`-th row, missing elsewhere. */
function withNotes(table: Table, notes: readonly string[]): Table {
  const values = Array.from({ length: table.rowCount }, (_, i) => (i % NOTE_EVERY === 0 ? (notes[i / NOTE_EVERY] ?? null) : null));
  return { ...table, columns: [...table.columns, { name: "application_note", type: "text", values }] };
}
