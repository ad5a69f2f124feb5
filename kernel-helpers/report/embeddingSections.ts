import type { DriftReport } from "../drift/driftReport";
import type { EmbeddingSection } from "../embeddings/embeddingDriftReport";

/**
 * The embedding sections of a report, as a list: a check's `embeddings` (one per text or image
 * column), the single section of a text or image drift report, or none.
 *
 * @example embeddingSections(textReport).map((section) => section.column) // ["review"]
 */
export function embeddingSections(report: DriftReport): readonly EmbeddingSection[] {
  const raw = (report as { embeddings?: EmbeddingSection | readonly EmbeddingSection[] | null }).embeddings;
  if (Array.isArray(raw)) return raw;
  return raw ? [raw as EmbeddingSection] : [];
}
