/**
 * driftlens — the public API of the engine, grouped by topic. Import from "driftlens":
 *
 *   import { compareDatasets, consoleSummary } from "driftlens";
 *
 * Building blocks the engine, the extension and the tests share but users do not need (sketches,
 * fitted models, rendering limits) are in "driftlens/internals" (kernel-helpers/internals.ts).
 */
// Data reading: tables from files, databases, records, columns, Arrow and Danfo; images as pixels.
export type { Column, ColumnType, Table, NumericalColumn, CategoricalColumn, TextColumn, DatetimeColumn } from "./data/table";
export { findColumn } from "./data/table";
export { tableToCsv } from "./data/tableToCsv";
export { readTable } from "./data/readTable";
export { toTable } from "./data/toTable";
export type { TableInput } from "./data/toTable";
export { tableFromRecords } from "./data/tableFromRecords";
export { tableFromColumns } from "./data/tableFromColumns";
export { tableFromArrow } from "./data/tableFromArrow";
export { tableFromDanfo } from "./data/tableFromDanfo";
export type { DanfoLike } from "./data/tableFromDanfo";
export type { TableOptions, MemoryTableOptions } from "./data/tableOptions";
export { DEFAULT_MAX_CATEGORIES } from "./data/tableOptions";
export { MISSING_TOKENS } from "./data/missingTokens";
export { isTableUrl, parseTableUrl } from "./summary/parseTableUrl";
export type { TableSource } from "./summary/tableSource";
export { listTables, databaseLabel } from "./summary/listTables";
export type { DatabaseConnection, ListedTable } from "./summary/listTables";
export { PASSWORD_VARIABLES } from "./summary/readPassword";
export type { ImageInput, ImagePixels } from "./data/imagePixels";
export { takeRows } from "./data/takeRows";

// Comparing two datasets: the statistical tests, their registry and defaults, the drift report.
export type { StatTest, StatTestOutcome, Sample, NumericalSample, CategoricalSample } from "./stats/statTest";
export { getStatTest, statTestNames, statTestsFor } from "./stats/registry";
export { compareDatasets } from "./summary/compareDatasets";
export { compareTables } from "./drift/compareTables";
export type { CompareOptions } from "./drift/compareOptions";
export { defaultStatTest } from "./drift/defaultStatTest";
export { adjustPValues } from "./drift/multipleTesting";
export type { Correction } from "./drift/multipleTesting";
export type { ColumnDriftResult, DriftReport, DatasetDriftResult, Severity, SkippedColumn, SummaryProvenance } from "./drift/driftReport";
export { DRIFT_REPORT_SCHEMA_VERSION } from "./drift/driftReport";
export { severityOf } from "./drift/severity";
export type { SeverityBands } from "./drift/severityBands";
export { DEFAULT_SEVERITY_BANDS } from "./drift/severityBands";
export { DEFAULT_MIN_TESTED_SHARE } from "./drift/datasetDrift";
export type { ColumnDistribution, HistogramDistribution, CategoryDistribution } from "./drift/columnDistribution";

// Baselines: build one from a table or a database, save, load, list; with reference embeddings.
export { buildBaseline } from "./baseline/buildBaseline";
export { buildBaselineFromTable } from "./summary/baselineFromTable";
export type { SummaryOptions } from "./summary/summarizedColumns";
export type { BuildBaselineOptions } from "./baseline/buildBaseline";
export { saveBaseline } from "./baseline/saveBaseline";
export type { SaveBaselineOptions } from "./baseline/saveBaseline";
export { loadBaseline } from "./baseline/loadBaseline";
export type { LoadBaselineOptions } from "./baseline/loadBaseline";
export { readBaselineInfo } from "./baseline/readBaselineInfo";
export { listBaselines } from "./baseline/listBaselines";
export type { BaselineListing } from "./baseline/listBaselines";
export { BASELINE_SCHEMA_VERSION, DEFAULT_SAMPLE_CAP } from "./baseline/baselineInfo";
export type {
  Baseline,
  BaselineColumn,
  BaselineInfo,
  BaselineRoles,
  CategoricalProfile,
  ColumnRole,
  DatetimeProfile,
  NumericalProfile,
  SampleInfo,
  TextProfile,
} from "./baseline/baselineInfo";
export { embedReferenceColumns } from "./baseline/embedReferenceColumns";
export type { EmbedReferenceOptions, EmbeddingModelsOptions } from "./baseline/embedReferenceColumns";
export { EMBEDDING_REFERENCE_CAP } from "./baseline/embeddingReference";
export type { EmbeddingReference } from "./baseline/embeddingReference";

// Checks, windows and alerts: a baseline against current data, over time windows, with the settings in force.
export { checkDrift } from "./check/checkDrift";
export type { CheckOptions } from "./check/checkDrift";
export type {
  AlertLevel,
  CheckColumnResult,
  CheckReport,
  ColumnProblem,
  DriftAlert,
  DriftWindow,
  PredictionDrift,
  WindowColumnResult,
  WindowedDrift,
} from "./check/checkReport";
export { parseWindowSpec } from "./windows/windowSpec";
export type { WindowSpec } from "./windows/windowSpec";
export { resolveSettings } from "./config/resolveSettings";
export type { SettingSource, SettingsInForce, SettingsSources } from "./config/resolveSettings";
export { DEFAULT_MONITORING_SETTINGS } from "./config/monitoringSettings";
export type { MonitoringSettings, MonitoringSettingsInput } from "./config/monitoringSettings";
export { checkReferenceEmbeddings } from "./check/checkReferenceEmbeddings";
export type { CheckEmbeddingsOptions, ReferenceEmbeddingsCheck } from "./check/checkReferenceEmbeddings";

// Saved reports: where they live, saving, listing and the latest per model.
export { saveReport } from "./store/saveReport";
export { listReports } from "./store/listReports";
export type { ReportListing } from "./store/listReports";
export { latestReports } from "./store/latestReports";
export type { LatestReport } from "./store/latestReports";
export { WORKSPACE_DIR, workspaceLayout } from "./store/workspaceLayout";

// Model performance: scikit-learn-equal metrics and their check, CBPE and DLE estimation without labels, stream detectors.
export type { Label, LabelValues } from "./performance/encodeLabels";
export { accuracyScore } from "./performance/accuracyScore";
export { precisionRecallF1 } from "./performance/precisionRecallF1";
export type { Average, PrecisionRecallF1 } from "./performance/labelScores";
export { confusionMatrix } from "./performance/confusionMatrix";
export { rocAucScore } from "./performance/rocAucScore";
export { averagePrecisionScore } from "./performance/averagePrecisionScore";
export { logLoss } from "./performance/logLoss";
export { meanAbsoluteError } from "./performance/meanAbsoluteError";
export { rootMeanSquaredError } from "./performance/rootMeanSquaredError";
export { meanAbsolutePercentageError } from "./performance/meanAbsolutePercentageError";
export { r2Score } from "./performance/r2Score";
export { classificationData } from "./performance/classificationData";
export type { ClassificationData, ClassificationInput } from "./performance/classificationData";
export { classificationMetrics } from "./performance/classificationMetrics";
export { regressionMetrics } from "./performance/regressionMetrics";
export { performanceData, inferTask } from "./performance/performanceData";
export type { PerformanceData, PerformanceRoles, PerformanceTask } from "./performance/performanceData";
export { performanceMetrics } from "./performance/performanceMetrics";
export { metricsOverWindows } from "./performance/metricsOverWindows";
export type { MetricsWindow } from "./performance/metricsOverWindows";
export { METRICS, METRIC_NAMES } from "./performance/metricNames";
export type { ClassificationMetricName, MetricName, MetricSet, RegressionMetricName } from "./performance/metricNames";
export { performanceSnapshot } from "./performance/performanceSnapshot";
export type { PerformanceSnapshot, PerformanceUnavailable } from "./performance/performanceSnapshot";
export { checkPerformance } from "./performance/checkPerformance";
export type { CheckPerformanceOptions, MetricComparison, PerformanceCheck, PerformanceWindow } from "./performance/checkPerformance";
export { DEFAULT_RELATIVE_DROP, checkedRules, defaultRules, degradation } from "./performance/degradationRules";
export type { Degradation, DegradationRule, DegradationRules } from "./performance/degradationRules";
export { performanceAlerts } from "./performance/performanceAlerts";
export type { PerformanceAlert } from "./performance/performanceAlerts";
export { performanceSummary } from "./performance/performanceSummary";
export { BAND_SIGMAS, ESTIMATED_METRICS, estimatePerformance } from "./performance/cbpe";
export type { CbpeInput, EstimatedMetric, EstimatedMetricName, PerformanceEstimate } from "./performance/cbpe";
export { PageHinkley } from "./performance/pageHinkley";
export type { PageHinkleyOptions } from "./performance/pageHinkley";
export { Adwin } from "./performance/adwin";
export type { AdwinOptions } from "./performance/adwin";
export { detectChanges } from "./performance/streamDetector";
export type { ChangePoints, StreamDetector } from "./performance/streamDetector";
export { estimateMulticlassPerformance, MULTICLASS_ESTIMATED_METRICS } from "./performance/multiclassCbpe";
export type { MulticlassCbpeInput } from "./performance/multiclassCbpe";
export { fitDle, lossModelOf, DLE_TRAINING_ROWS } from "./performance/directLossEstimation";
export type { DleFit } from "./performance/directLossEstimation";
export { estimateLoss } from "./performance/lossModel";
export type { LossModel } from "./performance/lossModel";

// Multivariate drift: reconstruction error and domain classifier over all features together.
export { reconstructionDrift } from "./multivariate/reconstructionDrift";
export { classifierDrift } from "./multivariate/classifierDrift";
export { multivariateDrift } from "./multivariate/multivariateDrift";
export type {
  MultivariateDrift,
  MultivariateDetectorResult,
  MultivariateWindow,
  MultivariateOptions,
  MultivariateDriftOptions,
  MultivariateDetector,
  MultivariateUnavailable,
  ClassifierOptions,
} from "./multivariate/multivariateResult";
export type { ChunkBand } from "./multivariate/chunkBand";

// Data quality: the quality tests and their conditions.
export { dataQuality } from "./quality/dataQuality";
export type { DataQuality, QualityTestResult } from "./quality/dataQuality";
export { QUALITY_TESTS, checkedQualityConditions } from "./quality/qualityConditions";
export type { QualityCondition, QualityConditions, QualityConditionInput, QualityTestName } from "./quality/qualityConditions";

// Text and image drift: offline embedders with bundled models, embedding drift methods, text drift without a model.
export { checkTextDrift } from "./embeddings/checkTextDrift";
export type { CheckTextDriftOptions } from "./embeddings/checkTextDrift";
export { checkImageDrift } from "./embeddings/checkImageDrift";
export type { CheckImageDriftOptions } from "./embeddings/checkImageDrift";
export type { TextDriftReport, ImageDriftReport, ImageColumnResult, EmbeddingSection, EmbeddingModelInfo } from "./embeddings/embeddingDriftReport";
export { textEmbedder } from "./embeddings/textEmbedder";
export type { TextEmbedder, TextEmbedderOptions, TextEmbeddings } from "./embeddings/textEmbedder";
export { imageEmbedder } from "./embeddings/imageEmbedder";
export type { ImageEmbedder, ImageEmbedderOptions, ImageEmbeddings } from "./embeddings/imageEmbedder";
export type { EmbedProgress, EmbedderSettings } from "./embeddings/embedProgress";
export { resolveModel, MODEL_FILES } from "./embeddings/resolveModel";
export type { ModelOptions, ModelSource, ResolvedModel } from "./embeddings/resolveModel";
export { BUNDLED_MODELS, DEFAULT_MODELS, bundledModelsDir } from "./embeddings/bundledModels";
export type { BundledModel, ModelKind } from "./embeddings/bundledModels";
export { embeddingDrift } from "./embeddings/embeddingDrift";
export type { EmbeddingDriftOptions, EmbeddingDriftResult, EmbeddingProjection } from "./embeddings/embeddingDrift";
export { EMBEDDING_METHODS, EMBEDDING_METHOD_NAMES, defaultEmbeddingMethod } from "./embeddings/embeddingDriftMethods";
export type { EmbeddingMethod, EmbeddingMethodName } from "./embeddings/embeddingDriftMethods";
export { rbfMmd } from "./embeddings/rbfMmd";
export type { RbfMmdResult } from "./embeddings/rbfMmd";
export { textDomainClassifier } from "./embeddings/textDomainClassifier";
export type { TextDomainClassifierResult, DistinctiveWord } from "./embeddings/textDomainClassifier";
export { textDescriptors } from "./embeddings/textDescriptors";
export type { TextDescriptors } from "./embeddings/textDescriptors";

// Reports and figures: the verdict, summaries, Plotly figures, HTML, Markdown and CSV reports, notebook display.
export { consoleSummary } from "./report/consoleSummary";
export { checkSummary } from "./report/checkSummary";
export { verdictLine } from "./report/verdictLine";
export { reportVerdict, verdictConsole, verdictHtml, verdictMarkdown, verdictPlain } from "./report/reportVerdict";
export type { ReportVerdict, VerdictLabel } from "./report/reportVerdict";
export type { ReportFigure } from "./report/reportFigure";
export type { AnyDriftReport } from "./report/anyDriftReport";
export { reportFigures } from "./report/reportFigures";
export { summaryTableFigure } from "./report/summaryTableFigure";
export { distributionFigure } from "./report/distributionFigure";
export type { DistributionFigureOptions } from "./report/distributionFigure";
export { predictionFigures } from "./report/predictionFigures";
export { performanceFigure } from "./report/performanceFigure";
export { embeddingFigures } from "./report/embeddingFigures";
export { driftShareTrendFigure } from "./report/driftShareTrendFigure";
export { driftHeatmapFigure } from "./report/driftHeatmapFigure";
export { scoreTrendFigure } from "./report/scoreTrendFigure";
export { reportHtml } from "./report/reportHtml";
export type { ReportHtmlOptions } from "./report/reportHtml";
export { figureHtml } from "./report/figureHtml";
export { summaryHtml } from "./report/summaryHtml";
export { summaryRows } from "./report/summaryRows";
export type { SummaryRow } from "./report/summaryRows";
export { reportNotes } from "./report/reportNotes";
export type { NotTestedColumn } from "./report/reportNotes";
export { textDriftFindings } from "./report/textDriftFindings";
export type { TextDriftFindings } from "./report/textDriftFindings";
export { reportMarkdown } from "./report/reportMarkdown";
export { driftSummaryCsv } from "./report/driftSummaryCsv";
export { writeReportFiles } from "./report/writeReportFiles";
export type { ReportFiles } from "./report/writeReportFiles";
export { plotlyBundlePath } from "./report/plotlyBundlePath";
export { show, showBundle, DRIFT_REPORT_MIME, DRIFT_FIGURE_MIME, PLOTLY_MIME } from "./notebook/show";
export type { ShowOptions } from "./notebook/show";
export { table, tableBundle } from "./notebook/table";
export type { TableViewInput, TableViewOptions } from "./notebook/table";
export type { MimeBundle } from "./notebook/mimeBundle";

// Monitoring services: inference logger (also `driftlens/logger`), log folders, watch loop, HTTP service (Fastify on demand).
export { createInferenceLogger } from "./logger/createInferenceLogger";
export type { InferenceLogger, InferenceLoggerOptions, LoggerStats, LogLoss } from "./logger/createInferenceLogger";
export type { InferenceRecord, LogColumns } from "./logger/inferenceRecord";
export { DEFAULT_LOG_COLUMNS } from "./logger/inferenceRecord";
export { fastifyInferenceLogging } from "./logger/fastifyInferenceLogging";
export { inferenceLoggingMiddleware } from "./logger/inferenceLoggingMiddleware";
export type { MiddlewareRequest } from "./logger/inferenceLoggingMiddleware";
export type { InferenceExchange, InferenceLoggingOptions } from "./logger/logExchange";
export { readInferenceLogs } from "./logger/readInferenceLogs";
export type { InferenceLogs, ReadInferenceLogsOptions } from "./logger/readInferenceLogs";
export { checkLogFolder } from "./watch/checkLogFolder";
export type { LogFolderCheckOptions } from "./watch/checkLogFolder";
export { watchLogs } from "./watch/watchLogs";
export type { WatchCheck, WatchOptions } from "./watch/watchLogs";
export { parseDuration } from "./watch/parseDuration";
export { createService } from "./service/createService";
export type { ServiceOptions } from "./service/createService";

// Synthetic and demo data: seeded samples, drift scenarios and injectors, the What-if shift.
export { createRandom } from "./stats/random";
export type { Random } from "./stats/random";
export { demoData } from "./synth/demoData";
export type { DemoData } from "./synth/demoData";
export { creditSample } from "./synth/creditSample";
export { modelSample } from "./synth/modelSample";
export type { ModelSampleOptions, SampleEffects } from "./synth/modelSample";
export { DRIFT_SCENARIOS, SCENARIO_NAMES } from "./synth/driftScenarios";
export type { DriftScenario, ScenarioName } from "./synth/driftScenarios";
export { simulateScenario } from "./synth/simulateScenario";
export type { SimulateOptions } from "./synth/simulateScenario";
export { syntheticSentences } from "./synth/syntheticSentences";
export type { SyntheticSentencesOptions } from "./synth/syntheticSentences";
export { injectTextDrift, TEXT_DRIFT_KINDS } from "./synth/injectTextDrift";
export type { TextDriftKind, TextDriftOptions } from "./synth/injectTextDrift";
export { syntheticGlyphs } from "./synth/syntheticGlyphs";
export type { SyntheticGlyphsOptions } from "./synth/syntheticGlyphs";
export { injectImageDrift, IMAGE_DRIFT_KINDS } from "./synth/injectImageDrift";
export type { ImageDriftKind, ImageDriftOptions } from "./synth/injectImageDrift";
export { shiftTable } from "./synth/shiftTable";
export type { TableShift } from "./synth/shiftTable";

// Errors: what the engine throws for bad input (UsageError) and bad data (DataError).
export { DataError, DriftlensError, UsageError } from "./errors";
