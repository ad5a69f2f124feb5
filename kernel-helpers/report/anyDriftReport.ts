import type { DriftReport } from "../drift/driftReport";
import type { ImageDriftReport } from "../embeddings/embeddingDriftReport";

/**
 * Every report the renderers take: a `DriftReport` (comparison, `CheckReport`, `TextDriftReport`)
 * or an `ImageDriftReport`, whose one column is typed "image" — the only difference, and the
 * renderers print a column's type as it is.
 *
 * @example const report: AnyDriftReport = await checkImageDrift(referenceImages, currentImages);
 */
export type AnyDriftReport = DriftReport | ImageDriftReport;
