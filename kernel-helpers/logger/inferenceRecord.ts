/**
 * One prediction of a model, as an inference service logs it. Written as one row of a log
 * partition: the inputs as columns of their own, then the prediction, probabilities and label
 * under the names of `LogColumns`.
 *
 * @example
 * logger.log({ requestId: "7f3c…", inputs: { age: 41, region: "north" }, prediction: "approve", probabilities: { proba_approve: 0.83 } });
 */
export interface InferenceRecord {
  /** Joins a label that arrives later (`logger.label`). Default: a random UUID, returned by `log`. */
  readonly requestId?: string;
  /** When the prediction was made: a Date, epoch milliseconds or ISO 8601 text. Default: now. */
  readonly timestamp?: Date | number | string;
  /** The model's inputs, one column each: numbers, strings, booleans (others are written as JSON text). */
  readonly inputs: Readonly<Record<string, unknown>>;
  /** The model's output (a label or a score), written to the `prediction` column. */
  readonly prediction?: unknown;
  /**
   * A single probability (written to the `probability` column), or one per class written to a
   * column named after each key, e.g. `{ proba_reject: 0.8 }`.
   */
  readonly probabilities?: number | Readonly<Record<string, number>>;
  /** The ground truth when it is known at prediction time; later ones go through `logger.label`. */
  readonly label?: unknown;
}

/** The column names a logger writes its own fields under (the inputs keep theirs). */
export interface LogColumns {
  /** Default `request_id`. */
  readonly requestId: string;
  /** Default `timestamp`: name it as the baseline's timestamp column to check windows by it. */
  readonly timestamp: string;
  /** Default `prediction`: name it as the baseline's prediction column. */
  readonly prediction: string;
  /** The column of a single probability. Default `probability`. */
  readonly probability: string;
  /** Default `label`: name it as the baseline's target column. */
  readonly label: string;
}

export const DEFAULT_LOG_COLUMNS: LogColumns = {
  requestId: "request_id",
  timestamp: "timestamp",
  prediction: "prediction",
  probability: "probability",
  label: "label",
};

/** The column of a label record that says when the label arrived. */
export const LABELED_AT_COLUMN = "labeled_at";

/** The folder, inside a log folder, of labels that arrived after their prediction was written. */
export const LABELS_FOLDER = "_labels";

/** The folder, inside a log folder, where batches are written before being renamed into their partition. */
export const STAGING_FOLDER = "_staging";
