import { distinctInputs } from "./distinctInputs";
import { domainClassifier } from "./domainClassifier";
import { predictLogistic } from "./logisticRegression";
import { sparseRows } from "./featureRows";
import { randomAucPercentile } from "./randomAucPercentile";
import { tfidfFeatures } from "./tfidfFeatures";
import { DEFAULT_SEED } from "../stats/random";

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
  /**
   * The current texts the classifier finds most unlike the reference (highest probability of
   * being current), most distinctive first, each cut to `EXAMPLE_CHARACTERS`: the texts that
   * moved most. Absent in older reports.
   */
  readonly currentExamples?: readonly string[];
}

/** Characters of an example text kept in the report. */
export const EXAMPLE_CHARACTERS = 280;
/** Example texts kept in the report. */
const EXAMPLES = 3;

/**
 * Text drift without a model: a logistic regression on TF-IDF features (`tfidfFeatures`) tries to
 * tell reference texts from current ones (`domainClassifier`); drift when its held-out ROC AUC is
 * above the 95th percentile of random classifiers' AUCs (Evidently's text-drift rule), and the
 * words with the largest weights on each side say what changed. The TF-IDF vocabulary and idf
 * are fitted on both sides together (no labels involved). Each distinct text of a side is
 * featurised and fitted once with the weight of its rows, so repeated texts cost nothing and the
 * result is that of every row.
 * Cost: O(characters of the distinct texts) plus the classifier's O(iterations · non-zeros).
 *
 * @example
 * const reference = syntheticSentences({ count: 200, seed: 1 });
 * const current = injectTextDrift(syntheticSentences({ count: 200, seed: 2 }), { kind: "vocabulary", severity: 0.5, seed: 3 });
 * textDomainClassifier(reference, current) // { score: 0.8743, threshold: 0.571425, drifted: true, currentWords: [{ word: "labyrinth", ... }, ...], ... }
 */
export function textDomainClassifier(reference: readonly string[], current: readonly string[], options: { seed?: number; threshold?: number; words?: number } = {}): TextDomainClassifierResult {
  const seed = options.seed ?? DEFAULT_SEED;
  const [referenceTexts, currentTexts] = [distinctInputs(reference), distinctInputs(current)];
  const repeats = referenceTexts.values.length < reference.length || currentTexts.values.length < current.length;
  const texts = repeats ? [...referenceTexts.values, ...currentTexts.values] : [...reference, ...current];
  let rowOf: Int32Array | undefined;
  let counts: Float64Array | undefined;
  if (repeats) {
    rowOf = new Int32Array(reference.length + current.length);
    rowOf.set(referenceTexts.rowOf);
    rowOf.set(currentTexts.rowOf.map((at) => at + referenceTexts.values.length), reference.length);
    counts = new Float64Array(texts.length);
    for (const at of rowOf) counts[at]++;
  }
  const features = tfidfFeatures(texts, 0.5, counts);
  const rows = sparseRows(features.starts, features.indices, features.values, features.vocabulary.length);
  const { auc, model, testLabels } = domainClassifier(rows, reference.length, seed, { rowOf });
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
    currentExamples: mostCurrent(current, (i) => predictLogistic(model, rows, reference.length + i)),
  };
}

/** The `EXAMPLES` distinct texts of `current` with the highest probability of being current. */
function mostCurrent(current: readonly string[], probability: (i: number) => number): string[] {
  const ranked = current.map((text, i) => ({ text, p: probability(i) })).sort((a, b) => b.p - a.p);
  const picked = new Set<string>();
  for (const { text } of ranked) {
    if (picked.size === EXAMPLES) break;
    picked.add(text);
  }
  return [...picked].map(cut);
}

/** A text cut to `EXAMPLE_CHARACTERS` characters (whole code points), with "…" when cut. */
function cut(text: string): string {
  const characters = Array.from(text);
  return characters.length <= EXAMPLE_CHARACTERS ? text : `${characters.slice(0, EXAMPLE_CHARACTERS - 1).join("")}…`;
}
