/**
 * driftlens — the public API of the engine. Import from "driftlens":
 *
 *   import { compareDatasets, consoleSummary } from "driftlens";
 */
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

export type { StatTest, StatTestOutcome, Sample, NumericalSample, CategoricalSample } from "./stats/statTest";
export { getStatTest, statTestNames, statTestsFor } from "./stats/registry";
export { createRandom } from "./stats/random";
export type { Random } from "./stats/random";

export { compareDatasets } from "./drift/compareDatasets";
export { compareTables } from "./drift/compareTables";
export type { CompareOptions } from "./drift/compareOptions";
export { defaultStatTest } from "./drift/defaultStatTest";
export { adjustPValues } from "./drift/multipleTesting";
export type { Correction } from "./drift/multipleTesting";
export type { ColumnDriftResult, DriftReport, DatasetDriftResult, Severity, SkippedColumn } from "./drift/driftReport";
export { DRIFT_REPORT_SCHEMA_VERSION } from "./drift/driftReport";

export { severityOf } from "./drift/severity";
export type { SeverityBands } from "./drift/severityBands";
export { DEFAULT_SEVERITY_BANDS } from "./drift/severityBands";

export { buildBaseline } from "./baseline/buildBaseline";
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
export { checkDrift } from "./baseline/checkDrift";
export type { CheckOptions } from "./baseline/checkDrift";
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
} from "./baseline/checkReport";
export { saveReport } from "./baseline/saveReport";
export { listReports } from "./baseline/listReports";
export type { ReportListing } from "./baseline/listReports";
export { latestReports } from "./baseline/latestReports";
export type { LatestReport } from "./baseline/latestReports";
export { parseWindowSpec } from "./baseline/windowSpec";
export type { WindowSpec } from "./baseline/windowSpec";
export { WORKSPACE_DIR, workspaceLayout } from "./baseline/workspaceLayout";
export { KllSketch } from "./baseline/kllSketch";
export { FrequencySketch } from "./baseline/frequencySketch";

export { resolveSettings } from "./config/resolveSettings";
export type { SettingSource, SettingsInForce, SettingsSources } from "./config/resolveSettings";
export { DEFAULT_MONITORING_SETTINGS } from "./config/monitoringSettings";
export type { MonitoringSettings, MonitoringSettingsInput } from "./config/monitoringSettings";

export { consoleSummary } from "./report/consoleSummary";
export { checkSummary } from "./report/checkSummary";
export { verdictLine } from "./report/verdictLine";

// Reports and notebooks (issue 6): Plotly figures, the standalone HTML report, Markdown and CSV,
// the bounded column distributions they draw, and the notebook display helpers.
export type { ColumnDistribution, HistogramDistribution, CategoryDistribution } from "./drift/columnDistribution";
export { DISTRIBUTION_MAX_BINS, DISTRIBUTION_MAX_CATEGORIES } from "./drift/columnDistribution";
export type { ReportFigure } from "./report/reportFigure";
export type { AnyDriftReport } from "./report/anyDriftReport";
export { reportFigures, MAX_DISTRIBUTION_FIGURES } from "./report/reportFigures";
export { summaryTableFigure, SUMMARY_PAGE_SIZE } from "./report/summaryTableFigure";
export { distributionFigure } from "./report/distributionFigure";
export type { DistributionFigureOptions } from "./report/distributionFigure";
export { predictionFigures } from "./report/predictionFigures";
export { performanceFigure } from "./report/performanceFigure";
export { embeddingFigures } from "./report/embeddingFigures";
export { driftShareTrendFigure } from "./report/driftShareTrendFigure";
export { driftHeatmapFigure, HEATMAP_MAX_COLUMNS } from "./report/driftHeatmapFigure";
export { scoreTrendFigure, TREND_MAX_COLUMNS } from "./report/scoreTrendFigure";
export { driftRatio } from "./report/driftRatio";
export { reportHtml } from "./report/reportHtml";
export type { ReportHtmlOptions } from "./report/reportHtml";
export { figureHtml } from "./report/figureHtml";
export { summaryHtml } from "./report/summaryHtml";
export { reportMarkdown } from "./report/reportMarkdown";
export { driftSummaryCsv } from "./report/driftSummaryCsv";
export { writeReportFiles } from "./report/writeReportFiles";
export type { ReportFiles } from "./report/writeReportFiles";
export { plotlyBundlePath } from "./report/plotlyBundlePath";
export { show, DRIFT_REPORT_MIME, PLOTLY_MIME } from "./notebook/show";
export type { ShowOptions } from "./notebook/show";
export { table } from "./notebook/table";
export type { TableViewInput, TableViewOptions } from "./notebook/table";
export type { MimeBundle } from "./notebook/mimeBundle";
export { demoData } from "./cli/demoData";
export type { DemoData } from "./cli/demoData";
export { creditSample } from "./synth/creditSample";

// Model performance (issue 4): metrics equal to scikit-learn's, metrics per window, the baseline's
// performance snapshot and the check of it, CBPE estimation without labels, streaming detectors,
// and the synthetic model data with its drift scenarios.
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
export { fitIsotonic, predictIsotonic } from "./performance/isotonicRegression";
export type { IsotonicFit } from "./performance/isotonicRegression";
export { BAND_SIGMAS, ESTIMATED_METRICS, estimatePerformance } from "./performance/cbpe";
export type { CbpeInput, EstimatedMetric, EstimatedMetricName, PerformanceEstimate } from "./performance/cbpe";
export { PageHinkley } from "./performance/pageHinkley";
export type { PageHinkleyOptions } from "./performance/pageHinkley";
export { Adwin } from "./performance/adwin";
export type { AdwinOptions } from "./performance/adwin";
export { detectChanges } from "./performance/streamDetector";
export type { ChangePoints, StreamDetector } from "./performance/streamDetector";
export { modelSample } from "./synth/modelSample";
export type { ModelSampleOptions, SampleEffects } from "./synth/modelSample";
export { DRIFT_SCENARIOS, SCENARIO_NAMES } from "./synth/driftScenarios";
export type { DriftScenario, ScenarioName } from "./synth/driftScenarios";
export { simulateScenario } from "./synth/simulateScenario";
export type { SimulateOptions } from "./synth/simulateScenario";

// Text and image drift through embeddings (issue 5): offline text and image embedders over
// transformers.js with bundled models, the embedding drift methods, text drift without a model,
// and seeded synthetic texts and images with drift injectors.
export { checkTextDrift } from "./embeddings/checkTextDrift";
export type { CheckTextDriftOptions } from "./embeddings/checkTextDrift";
export { checkImageDrift } from "./embeddings/checkImageDrift";
export type { CheckImageDriftOptions } from "./embeddings/checkImageDrift";
export type { TextDriftReport, ImageDriftReport, ImageColumnResult, EmbeddingSection, EmbeddingModelInfo } from "./embeddings/embeddingDriftReport";
export { textEmbedder } from "./embeddings/textEmbedder";
export type { TextEmbedder, TextEmbedderOptions, TextEmbeddings } from "./embeddings/textEmbedder";
export { imageEmbedder } from "./embeddings/imageEmbedder";
export type { ImageEmbedder, ImageEmbedderOptions, ImageEmbeddings } from "./embeddings/imageEmbedder";
export type { ImageInput, ImagePixels } from "./embeddings/imagePixels";
export type { EmbedProgress, EmbedderSettings } from "./embeddings/embedProgress";
export { resolveModel, MODEL_FILES } from "./embeddings/resolveModel";
export type { ModelOptions, ModelSource, ResolvedModel } from "./embeddings/resolveModel";
export { BUNDLED_MODELS, DEFAULT_MODELS, bundledModelsDir } from "./embeddings/bundledModels";
export type { BundledModel, ModelKind } from "./embeddings/bundledModels";
export { embeddingMatrix } from "./embeddings/embeddingMatrix";
export type { EmbeddingMatrix } from "./embeddings/embeddingMatrix";
export { embeddingDrift } from "./embeddings/embeddingDrift";
export type { EmbeddingDriftOptions, EmbeddingDriftResult, EmbeddingProjection } from "./embeddings/embeddingDrift";
export { EMBEDDING_METHODS, EMBEDDING_METHOD_NAMES, defaultEmbeddingMethod } from "./embeddings/embeddingDriftMethods";
export type { EmbeddingMethod, EmbeddingMethodName } from "./embeddings/embeddingDriftMethods";
export { rbfMmd } from "./embeddings/rbfMmd";
export type { RbfMmdResult } from "./embeddings/rbfMmd";
export { fitPca, projectPca } from "./embeddings/pca";
export type { Pca } from "./embeddings/pca";
export { textDomainClassifier } from "./embeddings/textDomainClassifier";
export type { TextDomainClassifierResult, DistinctiveWord } from "./embeddings/textDomainClassifier";
export { textDescriptors } from "./embeddings/textDescriptors";
export type { TextDescriptors } from "./embeddings/textDescriptors";
export { syntheticSentences } from "./synth/syntheticSentences";
export type { SyntheticSentencesOptions } from "./synth/syntheticSentences";
export { injectTextDrift, TEXT_DRIFT_KINDS } from "./synth/injectTextDrift";
export type { TextDriftKind, TextDriftOptions } from "./synth/injectTextDrift";
export { syntheticGlyphs } from "./synth/syntheticGlyphs";
export type { SyntheticGlyphsOptions } from "./synth/syntheticGlyphs";
export { injectImageDrift, IMAGE_DRIFT_KINDS } from "./synth/injectImageDrift";
export type { ImageDriftKind, ImageDriftOptions } from "./synth/injectImageDrift";
export { embedReferenceColumns } from "./baseline/embedReferenceColumns";
export type { EmbedReferenceOptions, EmbeddingModelsOptions } from "./baseline/embedReferenceColumns";
export { checkReferenceEmbeddings } from "./baseline/checkReferenceEmbeddings";
export type { CheckEmbeddingsOptions, ReferenceEmbeddingsCheck } from "./baseline/checkReferenceEmbeddings";
export { EMBEDDING_REFERENCE_CAP } from "./baseline/embeddingReference";
export type { EmbeddingReference } from "./baseline/embeddingReference";

// Monitoring outside the editor (issue 8): the inference logger and its middleware (also
// `driftlens/logger`), a log folder's analysis window, checks of log folders, the watch loop and
// the HTTP service (Fastify is loaded only when `createService` is called).
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

export { DataError, DriftlensError, UsageError } from "./errors";
