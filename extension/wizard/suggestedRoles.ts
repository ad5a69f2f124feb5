import type { ColumnSummary } from "../engineWorker/engineProtocol";

/** The columns the build wizard pre-selects for each role, inferred from names and types. */
export interface SuggestedRoles {
  readonly target?: string;
  readonly prediction?: string;
  readonly predictionProba: readonly string[];
  readonly timestamp?: string;
  readonly text: readonly string[];
}

const TARGET = [/^(target|label|y|class|outcome|ground_?truth)$/i, /^is_[a-z0-9_]+$/i, /(_label|_target|_class)$/i, /^(fraud|churn|default|has_default|churned|converted)$/i];
const PREDICTION = [/^(prediction|predicted|pred|y_pred|y_hat|predicted_label)$/i, /(_pred|_prediction|_predicted)$/i];
const PROBA = [/(_proba|_probability|_prob)$/i, /^(proba|probability|prob|score|y_score|y_proba)$/i, /(^proba_|_score$)/i];
const TIMESTAMP = [/^(timestamp|ts|event_time|event_timestamp|datetime|time|date)$/i, /(_at|_time|_ts|_date|_timestamp)$/i];

/**
 * The roles a data file's columns most likely play: a target named `target`, `label`, `is_*`…,
 * a prediction named `prediction`, `*_pred`…, probability columns named `*_proba`, `score`…
 * (numerical), a timestamp (a datetime column, or one named `timestamp`, `*_at`…) and the text
 * columns. Earlier patterns win; a column gets one role at most.
 *
 * @example suggestedRoles([{ name: "is_fraud", type: "categorical" }, { name: "fraud_proba", type: "numerical" }]) // { target: "is_fraud", predictionProba: ["fraud_proba"], text: [] }
 */
export function suggestedRoles(columns: readonly ColumnSummary[]): SuggestedRoles {
  const used = new Set<string>();
  const first = (patterns: readonly RegExp[], accept: (column: ColumnSummary) => boolean = () => true): string | undefined => {
    for (const pattern of patterns) {
      const found = columns.find((column) => !used.has(column.name) && accept(column) && pattern.test(column.name));
      if (found) {
        used.add(found.name);
        return found.name;
      }
    }
    return undefined;
  };
  const timestamp = columns.find((column) => column.type === "datetime")?.name ?? first(TIMESTAMP);
  if (timestamp) used.add(timestamp);
  const prediction = first(PREDICTION, (column) => column.type !== "text");
  const predictionProba = columns.filter((column) => !used.has(column.name) && column.type === "numerical" && PROBA.some((pattern) => pattern.test(column.name))).map((column) => column.name);
  predictionProba.forEach((name) => used.add(name));
  const target = first(TARGET, (column) => column.type === "categorical" || column.type === "numerical");
  const text = columns.filter((column) => !used.has(column.name) && column.type === "text").map((column) => column.name);
  return {
    ...(target ? { target } : {}),
    ...(prediction ? { prediction } : {}),
    predictionProba,
    ...(timestamp ? { timestamp } : {}),
    text,
  };
}
