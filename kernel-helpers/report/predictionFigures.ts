import type { CheckReport } from "../check/checkReport";
import { distributionFigure } from "./distributionFigure";
import type { ReportFigure } from "./reportFigure";

/**
 * Prediction and target drift of a check, shown apart from the features: the distribution of
 * each prediction (and predicted-probability) column and of the target, reference against
 * current (see `distributionFigure`), ids `prediction:<column>` and `target:<column>`.
 * Empty for a report without prediction or target columns.
 * Cost: O(bins) per column.
 *
 * @example predictionFigures(checkReport).map((figure) => figure.id) // ["prediction:score", "target:has_default"]
 */
export function predictionFigures(report: CheckReport): ReportFigure[] {
  const figures: (ReportFigure | undefined)[] = [
    ...(report.prediction?.columns ?? []).map((column) => distributionFigure(column, { id: `prediction:${column.column}`, label: "Prediction" })),
    report.target ? distributionFigure(report.target, { id: `target:${report.target.column}`, label: "Target" }) : undefined,
  ];
  return figures.filter((figure): figure is ReportFigure => figure !== undefined);
}
