import { join } from "node:path";
import { tableFromColumns } from "../data/tableFromColumns";
import { compareTables } from "../drift/compareTables";
import { DRIFT_REPORT_SCHEMA_VERSION } from "../drift/driftReport";
import { bundledModelsDir, DEFAULT_MODELS } from "./bundledModels";
import { checkedTexts } from "./checkedTexts";
import type { EmbedDistinctOptions } from "./embedDistinct";
import { embedDistinct } from "./embedDistinct";
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
import { DEFAULT_SEED } from "../stats/random";
import { datasetDrift } from "../drift/datasetDrift";

export interface CheckTextDriftOptions extends EmbeddingDriftOptions, Omit<TextEmbedderOptions, "model" | "onProgress">, Pick<EmbedDistinctOptions<string>, "maxDistinct"> {
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
  /** Called after each batch, counting the distinct texts embedded, reference then current. */
  readonly onProgress?: (progress: EmbedProgress) => void;
}

/**
 * Text drift between two lists of texts: embeds both sides with a BERT-family encoder (offline;
 * the bundled `text-tiny-bert` by default) and tests the embeddings (`embeddingDrift`, default
 * MMD with a permutation p-value); also runs the TF-IDF domain classifier (its most distinctive
 * words say what changed, and it gives the verdict when `model` is null) and tests the text
 * descriptors — length, out-of-vocabulary share, non-letter share — as numerical columns.
 *
 * Each distinct text is embedded once and weighted by its count in the test (`embedDistinct`), so
 * the result is the one of every row embedded; above `maxDistinct` (5,000) distinct texts a side,
 * a seeded sample of them is embedded and the report says so (`embeddings.inputs`, a warning).
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
  const seed = options.seed ?? DEFAULT_SEED;
  const warnings: string[] = [];
  if (ref.empty > 0) warnings.push(embeddingMessages.emptyTextsDropped("reference", ref.empty));
  if (cur.empty > 0) warnings.push(embeddingMessages.emptyTextsDropped("current", cur.empty));

  let embeddings: EmbeddingSection | null = null;
  let vocabularyFolder = join(bundledModelsDir(), DEFAULT_MODELS.text);
  if (options.model !== null) {
    const embedder = options.embedder ?? (await textEmbedder({ ...options, model: options.model ?? undefined, onProgress: undefined }));
    try {
      const sides = await embedDistinct([ref.texts, cur.texts], (texts, onProgress) => embedder.embed(texts, onProgress), { maxDistinct: options.maxDistinct, seed, onProgress: options.onProgress });
      const [referenceSide, currentSide] = sides;
      for (const [side, { embedded, inputs }] of [["reference", referenceSide], ["current", currentSide]] as const) {
        if (embedded.truncated > 0) warnings.push(embeddingMessages.textsTruncated(side, embedded.truncated, embedder.maxLength, embedder.model.id));
        if (inputs.embedded < inputs.distinct) warnings.push(embeddingMessages.distinctSampled(side, "text", inputs));
      }
      const result = embeddingDrift(referenceSide.distinct, currentSide.distinct, options, `model '${embedder.model.id}'`);
      embeddings = {
        column,
        model: { id: embedder.model.id, source: embedder.model.source, dimension: embedder.dimension, maxLength: embedder.maxLength },
        ...result,
        inputs: { reference: referenceSide.inputs, current: currentSide.inputs },
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
  const referenceDescriptors = describe(ref.texts, referenceSource);
  // Descriptors are measurements, never identifiers, even when every text has its own length.
  const descriptors = compareTables(referenceDescriptors, describe(cur.texts, currentSource), { seed, includeColumns: referenceDescriptors.columns.map((column) => column.name) }).columns;

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
    dataset: datasetDrift([primary], 0.5),
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
