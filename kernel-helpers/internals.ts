/**
 * driftlens/internals — building blocks of the engine that are not its public API: the sketches
 * baselines keep, the models the estimators and detectors fit, the limits figures are drawn
 * within, and the clean-up of interrupted writes. The extension and the tests use them; they may
 * change between minor versions without notice. Import from "driftlens/internals":
 *
 *   import { KllSketch } from "driftlens/internals";
 */
// Sketches a baseline keeps of a numerical or categorical column.
export { KllSketch } from "./stats/sketch/kllSketch";
export { FrequencySketch } from "./stats/sketch/frequencySketch";

// Models fitted inside estimators and detectors: PCA, isotonic calibration, scaler, reconstruction, gradient boosting.
export { fitIsotonic, predictIsotonic } from "./performance/isotonicRegression";
export type { IsotonicFit } from "./performance/isotonicRegression";
export { embeddingMatrix } from "./embeddings/embeddingMatrix";
export type { EmbeddingMatrix } from "./embeddings/embeddingMatrix";
export { fitPca, projectPca } from "./embeddings/pca";
export type { Pca } from "./embeddings/pca";
export { fitStandardScaler, scaleRows } from "./multivariate/standardScaler";
export type { StandardScaler } from "./multivariate/standardScaler";
export { fitReconstruction, reconstructionErrors } from "./multivariate/reconstructionModel";
export type { ReconstructionModel } from "./multivariate/reconstructionModel";
export { fitGradientBoosting, predictGradientBoosting } from "./performance/gradientBoosting";
export type { GradientBoosting, GradientBoostingOptions } from "./performance/gradientBoosting";

// Limits and helpers of the report figures.
export { DISTRIBUTION_MAX_BINS, DISTRIBUTION_MAX_CATEGORIES } from "./drift/columnDistribution";
export { MAX_DISTRIBUTION_FIGURES } from "./report/reportFigures";
export { SUMMARY_PAGE_SIZE } from "./report/summaryTableFigure";
export { HEATMAP_MAX_COLUMNS } from "./report/driftHeatmapFigure";
export { TREND_MAX_COLUMNS } from "./report/scoreTrendFigure";
export { driftRatio } from "./report/driftRatio";
export { SPARKLINE_BARS } from "./report/summaryRows";
export { identifierReason } from "./drift/identifierReason";

// Interrupted writes: removes the temporary files a killed process left behind.
export { removePendingWrites } from "./fs/pendingWrites";
