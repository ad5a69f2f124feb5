import type { TextDriftReport } from "../embeddings/embeddingDriftReport";
import type { DistinctiveWord } from "../embeddings/textDomainClassifier";
import type { AnyDriftReport } from "./anyDriftReport";
import { scoreText } from "./scoreText";
import type { SummaryRow } from "./summaryRows";
import { summaryRows } from "./summaryRows";

/** What text drift found, as the surfaces show it. */
export interface TextDriftFindings {
  readonly column: string;
  /** "Domain classifier on TF-IDF: AUC 0.874 > 0.571 (drift)". */
  readonly classifier: string;
  readonly currentWords: readonly DistinctiveWord[];
  readonly referenceWords: readonly DistinctiveWord[];
  /** The descriptors (length, out-of-vocabulary share, non-letter share) as summary rows. */
  readonly descriptors: readonly SummaryRow[];
  /** Current texts most unlike the reference (empty in older reports). */
  readonly examples: readonly string[];
}

/**
 * The findings of a text drift report — the TF-IDF domain classifier's verdict, the distinctive
 * words of each side with their weights (what the command line prints), the descriptors and the
 * texts that moved most — or `undefined` for any other report.
 * Cost: O(words + descriptors).
 *
 * @example textDriftFindings(textReport)?.currentWords[0] // { word: "labyrinth", weight: 2.31 }
 */
export function textDriftFindings(report: AnyDriftReport): TextDriftFindings | undefined {
  if (!("textClassifier" in report) || !report.textClassifier) return undefined;
  const text = report as TextDriftReport;
  const c = text.textClassifier;
  return {
    column: text.columns[0]?.column ?? "text",
    classifier: `Domain classifier on TF-IDF: AUC ${scoreText(c.score)} ${c.drifted ? ">" : "≤"} ${scoreText(c.threshold)} (${c.drifted ? "drift" : "no drift"})`,
    currentWords: c.currentWords,
    referenceWords: c.referenceWords,
    descriptors: summaryRows({ ...text, kind: "compare", columns: text.descriptors }),
    examples: c.currentExamples ?? [],
  };
}
