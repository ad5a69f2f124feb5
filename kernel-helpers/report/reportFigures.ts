import type { CheckReport } from "../check/checkReport";
import type { ColumnDriftResult, DriftReport } from "../drift/driftReport";
import type { AnyDriftReport } from "./anyDriftReport";
import { columnsByConcern } from "./columnsByConcern";
import { distributionFigure } from "./distributionFigure";
import { driftHeatmapFigure } from "./driftHeatmapFigure";
import { driftShareTrendFigure } from "./driftShareTrendFigure";
import { embeddingFigures } from "./embeddingFigures";
import { performanceFigure } from "./performanceFigure";
import { multivariateFigures } from "./multivariateFigures";
import { predictionFigures } from "./predictionFigures";
import type { ReportFigure } from "./reportFigure";
import { scoreTrendFigure } from "./scoreTrendFigure";
import { summaryTableFigure } from "./summaryTableFigure";
import { checkReportArgument } from "../arguments/checkReportArgument";

/** Distribution figures at most, for the most concerning columns (a report of 2,000 columns stays a few MB). */
export const MAX_DISTRIBUTION_FIGURES = 100;

/**
 * Every figure of a drift report, in reading order, for the sections the report has:
 * the summary table (`summary`); the distribution of each column, most concerning first, up to
 * `MAX_DISTRIBUTION_FIGURES` (`distribution:<column>`); for a check, prediction and target
 * distributions (`prediction:<column>`, `target:<column>`), the model's performance against its
 * baseline (`performance`, when the check measured it), multivariate drift against its band
 * (`multivariate:reconstruction`, `multivariate:classifier`); for a report with embedding sections (a
 * check of text or image columns, a text or image drift report) the 2-D projections
 * (`embeddings:<column>`) and, for text, the distributions of the text descriptors
 * (`descriptor:<name>`); and, for a check with windows, the dataset drift
 * score by window (`drift-share-trend`), the drift heatmap (`drift-heatmap`) and the score trend
 * (`score-trend`). Works for compare, check, text and image drift reports, and for reports read
 * back from JSON.
 * Deterministic: the same report gives the same JSON.
 * Cost: O(columns · windows + columns · bins).
 *
 * @example reportFigures(report).map((figure) => figure.id) // ["summary", "distribution:income", …]
 */
export function reportFigures(input: AnyDriftReport): ReportFigure[] {
  checkReportArgument(input, "reportFigures", "report");
  const report = input as DriftReport;
  const figures: (ReportFigure | undefined)[] = [summaryTableFigure(report)];
  for (const column of columnsByConcern(report.columns).slice(0, MAX_DISTRIBUTION_FIGURES)) figures.push(distributionFigure(column));
  const check = report.kind === "check" ? (report as CheckReport) : undefined;
  if (check) figures.push(...predictionFigures(check), performanceFigure(check), ...multivariateFigures(check));
  figures.push(...embeddingFigures(report));
  const descriptors = (report as { descriptors?: readonly ColumnDriftResult[] }).descriptors ?? [];
  for (const column of descriptors) figures.push(distributionFigure(column, { id: `descriptor:${column.column}`, label: "Text descriptor" }));
  if (check) figures.push(driftShareTrendFigure(check), driftHeatmapFigure(check), scoreTrendFigure(check));
  return figures.filter((figure): figure is ReportFigure => figure !== undefined);
}
