/** User-facing messages of the multivariate drift detectors, in one place. */
export const multivariateMessages = {
  columnMissing: (column: string, source: string, columns: readonly string[]) =>
    `multivariate drift: column '${column}' is not in ${source}. Columns: ${columns.join(", ")}. Give names of numerical or categorical columns ("multivariate": { "columns": [...] } in driftlens.config.json, API: options.columns).`,
  columnEmpty: (column: string, source: string) =>
    `multivariate drift: column '${column}' has no values in ${source}, so nothing can be imputed or scaled. Leave it out of the multivariate columns.`,
  columnType: (column: string, type: string) =>
    `multivariate drift: column '${column}' is ${type}; the detectors take numerical and categorical columns only. Leave it out of the multivariate columns.`,
  columnNotComparable: (column: string, type: string, source: string, found: string | undefined) =>
    found === undefined
      ? `multivariate drift: column '${column}' (${type} in the reference) is not in ${source}. Add it to the data, or leave it out of the multivariate columns.`
      : `multivariate drift: column '${column}' is ${type} in the reference but ${found} in ${source}. Fix the values, or leave it out of the multivariate columns.`,
  tooFewColumns: (count: number) =>
    `multivariate drift needs at least 2 numerical or categorical columns; ${count === 0 ? "none was" : "only 1 was"} given. Add columns, or turn multivariate drift off (--no-multivariate).`,
  tooFewReferenceRows: (rows: number, needed: number) =>
    `multivariate drift needs at least ${needed} reference rows (${rows} given) to measure the band of its reference chunks. Use a larger reference, fewer reference chunks, or turn multivariate drift off (--no-multivariate).`,
  varianceKept: (value: unknown) => `multivariate varianceKept must be a number in (0, 1), got ${JSON.stringify(value)}. The default is 0.65 (NannyML's).`,
  chunks: (value: unknown) => `multivariate referenceChunks must be a whole number ≥ 3, got ${JSON.stringify(value)}. The default is 20.`,
  classifierRows: (value: unknown) => `multivariate classifier rows must be a whole number ≥ 50, got ${JSON.stringify(value)}. The default is 500 per side.`,
  detectorUnknown: (name: string) => `unknown multivariate detector '${name}'. Valid detectors: reconstruction, classifier.`,
  settingsNotObject: (where: string) => `${where} must be an object of multivariate settings, e.g. { "varianceKept": 0.65, "detectors": ["reconstruction"] }.`,
  unknownSetting: (where: string, valid: readonly string[]) => `${where} is not a multivariate setting. Valid settings: ${valid.join(", ")}.`,
  columnsNotNames: (value: unknown) => `multivariate columns must be a list of column names, got ${JSON.stringify(value)}.`,
  seed: (value: unknown) => `multivariate seed must be a whole number, got ${JSON.stringify(value)}.`,
  interactions: (value: unknown) => `multivariate classifier interactions must be true or false, got ${JSON.stringify(value)}.`,
  everyAxisKept: (columns: number, axes: number, varianceKept: number) =>
    `not run: to explain more than ${Math.round(varianceKept * 100)}% of the variance the PCA keeps all ${axes} axes of the ${columns} columns, so every row is rebuilt exactly and the reconstruction error is 0 up to rounding on both sides — there is nothing to compare. It runs with more columns, or with a lower varianceKept ("multivariate": { "varianceKept": 0.5 } in driftlens.config.json).`,
  sampleNotLoaded: (baseline: string) =>
    `not checked: the baseline ${baseline} was loaded without its reference sample, which multivariate drift needs. Load it with its sample.`,
};
