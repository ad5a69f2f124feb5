import { domainClassifier } from "./domainClassifier";
import { sparseRows } from "./featureRows";
import { randomAucPercentile } from "./randomAucPercentile";
import { tfidfFeatures } from "./tfidfFeatures";

/** A word and its weight in the classifier (positive: points to the current data). */
export interface DistinctiveWord {
  readonly word: string;
  readonly weight: number;
}

/** What `textDomainClassifier` returns. */
export interface TextDomainClassifierResult {
  readonly method: "domain_classifier";
  /** ROC AUC on the held-out half. */
  readonly score: number;
  /** The 95th percentile of random classifiers' AUCs on the same held-out labels, or the caller's. */
  readonly threshold: number;
  readonly drifted: boolean;
  /** Words that most point to the current data, strongest first. */
  readonly currentWords: readonly DistinctiveWord[];
  /** Words that most point to the reference, strongest first. */
  readonly referenceWords: readonly DistinctiveWord[];
  readonly vocabularySize: number;
}

/**
 * Text drift without a model: a logistic regression on TF-IDF features (`tfidfFeatures`) tries to
 * tell reference texts from current ones (`domainClassifier`); drift when its held-out ROC AUC is
 * above the 95th percentile of random classifiers' AUCs (Evidently's text-drift rule), and the
 * words with the largest weights on each side say what changed. The TF-IDF vocabulary and idf
 * are fitted on both sides together (no labels involved).
 * Cost: O(characters) plus the classifier's O(iterations · non-zeros).
 *
 * @example
 * const reference = syntheticSentences({ count: 200, seed: 1 });
 * const current = injectTextDrift(syntheticSentences({ count: 200, seed: 2 }), { kind: "vocabulary", severity: 0.5, seed: 3 });
 * textDomainClassifier(reference, current) // { score: 0.8743, threshold: 0.571425, drifted: true, currentWords: [{ word: "labyrinth", ... }, ...], ... }
 */
export function textDomainClassifier(reference: readonly string[], current: readonly string[], options: { seed?: number; threshold?: number; words?: number } = {}): TextDomainClassifierResult {
  const seed = options.seed ?? 0;
  const features = tfidfFeatures([...reference, ...current]);
  const rows = sparseRows(features.starts, features.indices, features.values, features.vocabulary.length);
  const { auc, model, testLabels } = domainClassifier(rows, reference.length, seed);
  const threshold = options.threshold ?? randomAucPercentile(testLabels, seed);
  const ranked = Array.from(model.weights.keys()).sort((a, b) => model.weights[b] - model.weights[a]);
  const count = options.words ?? 10;
  const word = (i: number): DistinctiveWord => ({ word: features.vocabulary[i], weight: Number(model.weights[i].toPrecision(6)) });
  return {
    method: "domain_classifier",
    score: auc,
    threshold,
    drifted: auc > threshold,
    currentWords: ranked.filter((i) => model.weights[i] > 0).slice(0, count).map(word),
    referenceWords: ranked.filter((i) => model.weights[i] < 0).reverse().slice(0, count).map(word),
    vocabularySize: features.vocabulary.length,
  };
}
