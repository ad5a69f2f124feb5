import type { ColumnDriftResult, DriftReport } from "../drift/driftReport";
import type { EmbeddedInputs } from "./embedDistinct";
import type { EmbeddingDriftResult } from "./embeddingDrift";
import type { ModelSource } from "./resolveModel";
import type { TextDomainClassifierResult } from "./textDomainClassifier";

/** The model behind an embedding verdict. */
export interface EmbeddingModelInfo {
  /** The bundled name, folder or hub id as given. */
  readonly id: string;
  readonly source: ModelSource;
  readonly dimension: number;
  /** Text models: tokens per text, [CLS] and [SEP] included. */
  readonly maxLength?: number;
  /** Image models: the size the preprocessor resizes to ("W×H"). */
  readonly inputSize?: string;
}

/** The `embeddings` section of a text or image drift report. */
export interface EmbeddingSection extends EmbeddingDriftResult {
  readonly column: string;
  readonly model: EmbeddingModelInfo;
  /**
   * What was embedded of each side: every distinct input once (weighted by its count in the
   * test), or a seeded sample of them above the cap (`embedded` < `distinct`).
   */
  readonly inputs?: { readonly reference: EmbeddedInputs; readonly current: EmbeddedInputs };
}

/**
 * `checkTextDrift`'s report: the `DriftReport` contract with one column result for the texts
 * (the embedding test, or the TF-IDF domain classifier when no model is used), plus
 * `embeddings` (method, score, threshold, p-value, 2-D projection), `textClassifier` (TF-IDF
 * domain classifier with the most distinctive words) and `descriptors` (length, out-of-vocabulary
 * share and non-letter share, each tested as a numerical column; informative, they do not count
 * in `dataset`).
 */
export interface TextDriftReport extends DriftReport {
  readonly embeddings: EmbeddingSection | null;
  readonly textClassifier: TextDomainClassifierResult;
  readonly descriptors: readonly ColumnDriftResult[];
}

/** A column result whose values are images (the report contract's column types stop at text). */
export type ImageColumnResult = Omit<ColumnDriftResult, "type"> & { readonly type: "image" };

/**
 * `checkImageDrift`'s report: the `DriftReport` shape with one column result for the images
 * (typed "image") and the `embeddings` section.
 */
export interface ImageDriftReport extends Omit<DriftReport, "columns"> {
  readonly columns: readonly ImageColumnResult[];
  readonly embeddings: EmbeddingSection;
}
