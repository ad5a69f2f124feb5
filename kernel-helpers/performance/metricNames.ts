/** Metrics of a classification model (binary: positive-class precision, recall and F1; multiclass: averaged). */
export type ClassificationMetricName =
  | "accuracy"
  | "precision"
  | "recall"
  | "f1"
  | "precisionMacro"
  | "recallMacro"
  | "f1Macro"
  | "precisionMicro"
  | "recallMicro"
  | "f1Micro"
  | "precisionWeighted"
  | "recallWeighted"
  | "f1Weighted"
  | "rocAuc"
  | "prAuc"
  | "logLoss";

/** Metrics of a regression model. */
export type RegressionMetricName = "mae" | "rmse" | "mape" | "r2";

export type MetricName = ClassificationMetricName | RegressionMetricName;

/** What each metric is called in summaries, and the scikit-learn function it agrees with. */
export const METRICS: Readonly<Record<MetricName, { readonly title: string; readonly sklearn: string; readonly higherIsBetter: boolean }>> = {
  accuracy: { title: "accuracy", sklearn: "accuracy_score", higherIsBetter: true },
  precision: { title: "precision", sklearn: "precision_score(average='binary')", higherIsBetter: true },
  recall: { title: "recall", sklearn: "recall_score(average='binary')", higherIsBetter: true },
  f1: { title: "F1", sklearn: "f1_score(average='binary')", higherIsBetter: true },
  precisionMacro: { title: "precision (macro)", sklearn: "precision_score(average='macro')", higherIsBetter: true },
  recallMacro: { title: "recall (macro)", sklearn: "recall_score(average='macro')", higherIsBetter: true },
  f1Macro: { title: "F1 (macro)", sklearn: "f1_score(average='macro')", higherIsBetter: true },
  precisionMicro: { title: "precision (micro)", sklearn: "precision_score(average='micro')", higherIsBetter: true },
  recallMicro: { title: "recall (micro)", sklearn: "recall_score(average='micro')", higherIsBetter: true },
  f1Micro: { title: "F1 (micro)", sklearn: "f1_score(average='micro')", higherIsBetter: true },
  precisionWeighted: { title: "precision (weighted)", sklearn: "precision_score(average='weighted')", higherIsBetter: true },
  recallWeighted: { title: "recall (weighted)", sklearn: "recall_score(average='weighted')", higherIsBetter: true },
  f1Weighted: { title: "F1 (weighted)", sklearn: "f1_score(average='weighted')", higherIsBetter: true },
  rocAuc: { title: "ROC AUC", sklearn: "roc_auc_score (multiclass: multi_class='ovr', average='macro')", higherIsBetter: true },
  prAuc: { title: "PR AUC", sklearn: "average_precision_score (multiclass: of label_binarize(y), average='macro')", higherIsBetter: true },
  logLoss: { title: "log loss", sklearn: "log_loss", higherIsBetter: false },
  mae: { title: "MAE", sklearn: "mean_absolute_error", higherIsBetter: false },
  rmse: { title: "RMSE", sklearn: "mean_squared_error(squared=False)", higherIsBetter: false },
  mape: { title: "MAPE", sklearn: "mean_absolute_percentage_error", higherIsBetter: false },
  r2: { title: "R²", sklearn: "r2_score", higherIsBetter: true },
};

export const METRIC_NAMES = Object.keys(METRICS) as MetricName[];

/**
 * Metric values over some rows: `null` where a metric is undefined there (e.g. ROC AUC with one
 * class), with the reason in `reasons` — never `NaN`, so a chart shows a gap, not a wrong point.
 */
export interface MetricSet {
  /** Rows scored: with a label and a prediction. */
  readonly rows: number;
  readonly values: Partial<Record<MetricName, number | null>>;
  readonly reasons?: Partial<Record<MetricName, string>>;
}
