import { ENGLISH_STOP_WORDS } from "./englishStopWords";

/** TF-IDF rows in compressed sparse row form, with the vocabulary (sorted) they index. */
export interface TfidfFeatures {
  readonly vocabulary: readonly string[];
  readonly starts: Int32Array;
  readonly indices: Int32Array;
  readonly values: Float64Array;
}

/** Words of two or more letters, digits or underscores, lower-cased (sklearn's `token_pattern`). */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}\p{M}_]{2,}/gu) ?? [];
}

/**
 * TF-IDF features of `texts`, as Evidently's text domain classifier builds them:
 * `TfidfVectorizer(sublinear_tf=True, max_df=0.5, stop_words="english")` — lower-case tokens of
 * ≥ 2 word characters, English stop words removed, terms in more than half of the texts removed,
 * tf = 1 + ln(count), idf = ln((1 + n) / (1 + df)) + 1, each row scaled to unit length.
 * Agrees with sklearn's `TfidfVectorizer` given the same stop-word list (`ENGLISH_STOP_WORDS`).
 * With `counts`, text i stands for `counts[i]` identical rows: document frequencies, the max_df
 * limit and n count rows, so each row's features are those of the expanded texts.
 * Cost: O(total characters + vocabulary log vocabulary).
 *
 * @example tfidfFeatures(["red apple", "green apple", "red car"]).vocabulary // ["car", "green"] ("apple" and "red" are in more than half)
 */
export function tfidfFeatures(texts: readonly string[], maxDf = 0.5, counts?: ArrayLike<number>): TfidfFeatures {
  const documents = texts.map((text) => {
    const counts = new Map<string, number>();
    for (const token of wordTokens(text)) if (!ENGLISH_STOP_WORDS.has(token)) counts.set(token, (counts.get(token) ?? 0) + 1);
    return counts;
  });
  const df = new Map<string, number>();
  let n = 0;
  documents.forEach((terms, row) => {
    const rows = counts === undefined ? 1 : counts[row];
    n += rows;
    for (const term of terms.keys()) df.set(term, (df.get(term) ?? 0) + rows);
  });
  const limit = maxDf * n;
  const vocabulary = [...df.entries()].filter(([, count]) => count <= limit).map(([term]) => term).sort();
  const index = new Map(vocabulary.map((term, i) => [term, i]));
  const idf = vocabulary.map((term) => Math.log((1 + n) / (1 + (df.get(term) ?? 0))) + 1);
  const starts = new Int32Array(texts.length + 1);
  const indices: number[] = [];
  const values: number[] = [];
  documents.forEach((counts, row) => {
    const entries = [...counts.entries()].filter(([term]) => index.has(term)).map(([term, count]) => {
      const column = index.get(term) as number;
      return [column, (1 + Math.log(count)) * idf[column]] as const;
    });
    entries.sort((a, b) => a[0] - b[0]);
    const norm = Math.sqrt(entries.reduce((sum, [, value]) => sum + value * value, 0));
    for (const [column, value] of entries) {
      indices.push(column);
      values.push(value / norm);
    }
    starts[row + 1] = indices.length;
  });
  return { vocabulary, starts, indices: Int32Array.from(indices), values: Float64Array.from(values) };
}
