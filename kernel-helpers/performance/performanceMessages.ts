import { plural } from "../formatCount";
import { formatCount } from "../formatCount";
/**
 * User-facing messages of model performance monitoring, in one place: each names the column,
 * row or metric involved and says what to do.
 */
const shown = (value: unknown): string => (typeof value === "string" ? `'${value}'` : String(value));

export const performanceMessages = {
  lengthMismatch: (truthName: string, truthLength: number, otherName: string, otherLength: number) =>
    `${truthName} has ${plural(truthLength, "value")} but ${otherName} has ${plural(otherLength, "value")}: each row needs one label and one prediction. ` +
    `Pass arrays of the same length (one entry per row, null for a missing one).`,
  mixedKinds: (name: string, example: { number: unknown; string: unknown }) =>
    `${name} mixes numbers and strings (e.g. ${shown(example.number)} and ${shown(example.string)}). Give all labels as numbers or all as strings.`,
  kindMismatch: (truthName: string, truthKind: string, predName: string, predKind: string, truthExample: unknown, predExample: unknown) =>
    `${truthName} holds ${truthKind} labels (e.g. ${shown(truthExample)}) but ${predName} holds ${predKind} (e.g. ${shown(predExample)}), so no prediction can equal a label. ` +
    `Store both with the same type: map the ${predKind === "numbers" ? "numeric predictions to the label names" : "label names to numbers"}, ` +
    `or read both as categorical (CLI: --type COLUMN=categorical for each of the two columns).`,
  dleTooFewRows: (source: string, rows: number) =>
    `Direct Loss Estimation needs at least 100 reference rows with a label and a prediction; ${source} has ${rows}. Build the baseline from more labelled rows to estimate MAE and RMSE without labels.`,
  dleNoSample: () =>
    "Direct Loss Estimation fits its loss models on the baseline's reference sample, and the baseline was loaded without it. Load the baseline with its sample to estimate MAE and RMSE without labels.",
  dleColumn: (column: string, type: string, source: string, found: string | undefined) =>
    `Direct Loss Estimation predicts the loss from the features the baseline has, and '${column}' (${type} in the reference) is ${found === undefined ? "missing from" : `${found} in`} ${source}. Add the column to the current data to estimate MAE and RMSE without labels.`,
  noEstimatePrediction: (rows: number, prediction: string) =>
    `none of the ${plural(rows, "row")} without labels has a prediction in '${prediction}', so nothing can be estimated. Log the model's prediction with each row.`,
  noEstimateCalibration: () =>
    "CBPE needs the calibration of the predicted probabilities, and the baseline has none (built without prediction-probability columns, or from a model that gave none). Rebuild the baseline with --prediction-proba to estimate without labels.",
  noEstimateProbabilities: (columns: readonly string[]) =>
    `CBPE needs the predicted probabilities${columns.length > 0 ? ` (${columns.map((c) => `'${c}'`).join(", ")})` : ""} in the current data, and they are missing. Log them with each prediction to estimate without labels.`,
  columnMissing: (role: string, column: string, source: string, columns: readonly string[]) =>
    `the ${role} column '${column}' is not in ${source}. Columns: ${columns.join(", ")}. Give the name of one of them.`,
  regressionNeedsNumbers: (column: string, type: string) =>
    `column '${column}' is ${type}, but a regression model's target and prediction must be numbers. Fix the column, or build the baseline with task "classification".`,
  referenceUnlabelled: (source: string, target: string, prediction: string) =>
    `no row of ${source} has both a label in '${target}' and a prediction in '${prediction}': the baseline has no performance to compare with. Build it from labelled data.`,
  notLabels: (column: string, type: string) =>
    `column '${column}' is ${type}; labels and predictions must be numerical or categorical columns. Pick another column for the target or prediction role.`,
  probabilityOutOfRange: (name: string, row: number, value: number) =>
    `${name} holds ${value} at row ${row + 1}, outside [0, 1]: it must be a predicted probability. ` +
    `If it is a raw score or a logit, turn it into a probability first (e.g. a sigmoid), or leave it out of the prediction-probability role.`,
  probabilityNotNumbers: (column: string, type: string) =>
    `the prediction-probability column '${column}' is ${type}, not numbers: it must hold probabilities in [0, 1]. Fix the export, or leave the column out of the prediction-probability role.`,
  probabilityNeedsTwoClasses: (prediction: string, target: string, labels: readonly unknown[]) =>
    `the prediction column '${prediction}' holds probabilities, which fit a binary model, but the target '${target}' has ${labels.length} class${labels.length === 1 ? "" : "es"}${labels.length > 0 ? ` (${labels.map(shown).join(", ")})` : ""}. ` +
    `Give the predicted labels as the prediction and the probabilities as prediction-probability columns (one per class).`,
  probabilitiesDoNotSum: (names: readonly string[], row: number, sum: number) =>
    `the class probabilities in ${names.map((n) => `'${n}'`).join(", ")} add up to ${sum} at row ${row + 1}, not to 1. ` +
    `Give one probability column per class, as predict_proba returns them.`,
  probabilityColumnsDoNotFit: (names: readonly string[], labels: readonly unknown[]) =>
    `${names.length} probability columns (${names.map((n) => `'${n}'`).join(", ")}) do not fit the ${labels.length} classes ${labels.map(shown).join(", ")}: ` +
    `give one column for the positive class of a binary model, or one column per class named after its label.`,
  positiveNeedsBinary: (positive: unknown, labels: readonly unknown[]) =>
    `a positive label (${shown(positive)}) fits a binary model, but the data has ${labels.length} classes: ${labels.map(shown).join(", ")}. Leave the positive label out; multiclass metrics are averaged (macro, micro, weighted).`,
  averageNeedsBinary: (labels: readonly unknown[]) =>
    `average 'binary' needs two classes, but the data has ${labels.length}: ${labels.map(shown).join(", ")}. Use average 'macro', 'micro' or 'weighted'.`,
  noLabelledRows: (name: string) => `${name} has no row with both a label and a prediction: there is nothing to score. Check that the label column is filled in.`,
  singleClass: (metric: string, label: unknown, rows: number) =>
    `${metric} is undefined: only one class (${shown(label)}) among the ${plural(rows, "labelled row")}; it needs both classes.`,
  classAbsent: (metric: string, labels: readonly unknown[], rows: number) =>
    `${metric} is undefined: class${labels.length === 1 ? "" : "es"} ${labels.map(shown).join(", ")} ${labels.length === 1 ? "does" : "do"} not occur among the ${plural(rows, "labelled row")}; one-vs-rest needs every class.`,
  noProbabilities: (metric: string) => `${metric} needs predicted probabilities: give the prediction-probability column(s).`,
  metricUndefined: (metric: string, reason: string) => `${metric}: ${reason}`,
  unknownMetric: (name: string, valid: readonly string[]) => `unknown performance metric '${name}'. Valid metrics: ${valid.join(", ")}.`,
  alertRuleInvalid: (metric: string, field: string, value: unknown, expected: string) =>
    `performance alert for '${metric}': ${field} ${shown(value)} is not valid; expected ${expected}.`,
  alertRuleField: (metric: string, field: string) =>
    `performance alert for '${metric}': '${field}' is not a field of a rule. Use absolute (a hard limit, CRITICAL) and/or relative (a share of the baseline's value, WARNING), e.g. { "absolute": 0.8 }.`,
  degradation: (metric: string, current: number, reference: number | null, rule: string, estimated: boolean) =>
    `${estimated ? "estimated " : ""}${metric} ${format(current)}${reference === null ? "" : ` (baseline ${format(reference)})`}: ${rule}`,
  changePoint: (detector: string, series: string, rows: readonly number[]) =>
    `${detector} found ${plural(rows.length, "change point")} in the ${series} at row${rows.length === 1 ? "" : "s"} ${rows.slice(0, 5).map((r) => formatCount(r + 1)).join(", ")}${rows.length > 5 ? ", …" : ""}.`,
  severityInvalid: (value: number) => `severity ${value} must be a number in [0, 1] (0 = no drift, 1 = the strongest drift the scenario makes).`,
  scenarioUnknown: (name: string, valid: readonly string[]) => `unknown scenario '${name}'. Scenarios: ${valid.join(", ")}.`,
  rowsInvalid: (value: number) => `rows ${value} must be a whole number ≥ 1.`,
};

function format(value: number): string {
  return Math.abs(value) >= 100 ? value.toFixed(1) : value.toPrecision(3);
}
