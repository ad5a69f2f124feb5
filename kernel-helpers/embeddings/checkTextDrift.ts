import { join } from "node:path";
import { tableFromColumns } from "../data/tableFromColumns";
import { compareTables } from "../drift/compareTables";
import { DRIFT_REPORT_SCHEMA_VERSION } from "../drift/driftReport";
import { bundledModelsDir, DEFAULT_MODELS } from "./bundledModels";
import { checkedTexts } from "./checkedTexts";
import type { EmbedProgress } from "./embedProgress";
import { embeddingColumnResult } from "./embeddingColumnResult";
import type { EmbeddingDriftOptions } from "./embeddingDrift";
import { embeddingDrift } from "./embeddingDrift";
import type { EmbeddingSection, TextDriftReport } from "./embeddingDriftReport";
import { embeddingMessages } from "./embeddingMessages";
import { modelVocabulary } from "./modelVocabulary";
import type { ModelOptions } from "./resolveModel";
import type { TextEmbedder, TextEmbedderOptions } from "./textEmbedder";
import { textEmbedder } from "./textEmbedder";
import { textDescriptors } from "./textDescriptors";
import { textDomainClassifier } from "./textDomainClassifier";

export interface CheckTextDriftOptions extends EmbeddingDriftOptions, Omit<TextEmbedderOptions, "model" | "onProgress"> {
  /**
   * The encoder (see `ModelOptions.model`; default the bundled `text-tiny-bert`), or `null` for
   * text drift without a model: the TF-IDF domain classifier gives the verdict.
   */
  readonly model?: ModelOptions["model"] | null;
  /** An embedder already loaded (reused, not disposed here); wins over `model`. */
  readonly embedder?: TextEmbedder;
  /** The column's name in the report. Default "text". */
  readonly column?: string;
  /** Where the texts came from, for the report. Default "memory". */
  readonly referenceSource?: string;
  readonly currentSource?: string;
  /** Called after each batch, counting reference then current texts. */
  readonly onProgress?: (progress: EmbedProgress) => void;
}

/**
 * Text drift between two lists of texts: embeds both sides with a BERT-family encoder (offline;
 * the bundled `text-tiny-bert` by default) and tests the embeddings (`embeddingDrift`, default
 * MMD with a permutation p-value); also runs the TF-IDF domain classifier (its most distinctive
 * words say what changed, and it gives the verdict when `model` is null) and tests the text
 * descriptors — length, out-of-vocabulary share, non-letter share — as numerical columns.
 *
 * Empty texts are dropped and counted as missing; texts longer than the model's maximum length
 * are truncated, and the report's warnings say how many.
 *
 * @example
 * const report = await checkTextDrift(trainingReviews, todaysReviews, { column: "review" });
 * report.dataset.drifted; report.embeddings?.pValue; report.textClassifier.currentWords;
 * @throws {DataError} for a non-array, a non-string value, fewer than 2 non-empty texts a side
 * @throws {UsageError} for a model that cannot be found offline, or a bad option
 */
export async function checkTextDrift(reference: readonly unknown[], current: readonly unknown[], options: CheckTextDriftOptions = {}): Promise<TextDriftReport> {
  const started = performance.now();
  const column = options.column ?? "text";
  const ref = checkedTexts(reference, "reference");
  const cur = checkedTexts(current, "current");
  const seed = options.seed ?? 0;
  const warnings: string[] = [];
  if (ref.empty > 0) warnings.push(embeddingMessages.emptyTextsDropped("reference", ref.empty));
  if (cur.empty > 0) warnings.push(embeddingMessages.emptyTextsDropped("current", cur.empty));

  let embeddings: EmbeddingSection | null = null;
  let vocabularyFolder = join(bundledModelsDir(), DEFAULT_MODELS.text);
  if (options.model !== null) {
    const embedder = options.embedder ?? (await textEmbedder({ ...options, model: options.model ?? undefined, onProgress: undefined }));
    try {
      const total = ref.texts.length + cur.texts.length;
      const referenceEmbeddings = await embedder.embed(ref.texts, (p) => options.onProgress?.({ done: p.done, total }));
      const currentEmbeddings = await embedder.embed(cur.texts, (p) => options.onProgress?.({ done: ref.texts.length + p.done, total }));
      if (referenceEmbeddings.truncated > 0) warnings.push(embeddingMessages.textsTruncated("reference", referenceEmbeddings.truncated, embedder.maxLength, embedder.model.id));
      if (currentEmbeddings.truncated > 0) warnings.push(embeddingMessages.textsTruncated("current", currentEmbeddings.truncated, embedder.maxLength, embedder.model.id));
      const result = embeddingDrift(referenceEmbeddings, currentEmbeddings, options, `model '${embedder.model.id}'`);
      embeddings = {
        column,
        model: { id: embedder.model.id, source: embedder.model.source, dimension: embedder.dimension, maxLength: embedder.maxLength },
        ...result,
      };
      if (embedder.model.source !== "remote") vocabularyFolder = embedder.model.location;
    } finally {
      if (!options.embedder) await embedder.dispose();
    }
  }

  const classifier = textDomainClassifier(ref.texts, cur.texts, { seed });
  const vocabulary = modelVocabulary(vocabularyFolder);
  const describe = (texts: string[], source: string) => {
    const d = textDescriptors(texts, vocabulary);
    return tableFromColumns({ [`${column}.length`]: d.length, [`${column}.oov_share`]: d.oovShare, [`${column}.non_letter_share`]: d.nonLetterShare }, { source });
  };
  const referenceSource = options.referenceSource ?? "memory";
  const currentSource = options.currentSource ?? "memory";
  const descriptors = compareTables(describe(ref.texts, referenceSource), describe(cur.texts, currentSource), { seed }).columns;

  const verdict = embeddings ?? { methodTitle: "Domain classifier on TF-IDF (ROC AUC)", methodKind: "distance" as const, ...classifier, statistic: classifier.score };
  const primary = embeddingColumnResult({
    column,
    method: verdict.method,
    methodTitle: verdict.methodTitle,
    methodKind: verdict.methodKind,
    score: verdict.score,
    threshold: verdict.threshold,
    drifted: verdict.drifted,
    ...("pValue" in verdict && verdict.pValue !== undefined ? { pValue: verdict.pValue } : {}),
    ...(verdict.statistic === undefined ? {} : { statistic: verdict.statistic }),
    defaultMethod: options.method === undefined,
    uniqueValues: new Set([...ref.texts, ...cur.texts]).size,
    referenceCount: ref.texts.length,
    referenceMissing: ref.empty,
    currentCount: cur.texts.length,
    currentMissing: cur.empty,
  });
  return {
    schemaVersion: DRIFT_REPORT_SCHEMA_VERSION,
    kind: "compare",
    createdAt: new Date().toISOString(),
    reference: { source: referenceSource, rows: reference.length },
    current: { source: currentSource, rows: current.length },
    dataset: { drifted: primary.drifted, driftScore: primary.drifted ? 1 : 0, driftedColumns: primary.drifted ? 1 : 0, columns: 1, driftShare: 0.5 },
    columns: [primary],
    skipped: [],
    settings: { driftShare: 0.5, correction: "none", seed, method: primary.method, ...(options.threshold === undefined ? {} : { threshold: options.threshold }) },
    warnings,
    durationMs: performance.now() - started,
    embeddings,
    textClassifier: classifier,
    descriptors,
  };
}
