import type { CompareOptions } from "../drift/compareOptions";
import { correctionFlag, listFlag, namesFlag, numberFlag, seedFlag, sizeFlag, typeFlags } from "./cliOptions";
import { columnProgress } from "./columnProgress";
import { DEFAULT_SEED } from "../stats/random";
import { DEFAULT_MIN_TESTED_SHARE } from "../drift/datasetDrift";

/** The comparison flags `compare`, `check` and `watch` share, for `parseArgs`. */
export const COMPARISON_FLAGS = {
  columns: { type: "string" },
  method: { type: "string" },
  "num-method": { type: "string" },
  "cat-method": { type: "string" },
  threshold: { type: "string" },
  "drift-share": { type: "string" },
  "min-tested-share": { type: "string" },
  correction: { type: "string" },
  seed: { type: "string" },
  type: { type: "string", multiple: true },
  "include-column": { type: "string", multiple: true },
  "memory-budget": { type: "string" },
  progress: { type: "boolean", default: false },
} as const;

/** Usage lines of the comparison flags (options in a 26-character column). */
export const COMPARISON_FLAGS_USAGE = `  --columns a,b             test only these columns
  --method NAME             one stat test for every column (ks, wasserstein, psi, chisquare, ...)
  --num-method NAME         stat test for numerical columns
  --cat-method NAME         stat test for categorical columns
  --threshold X             threshold for every column (default: the test's own)
  --drift-share X           share of drifted columns at which the dataset drifts (default 0.5)
  --min-tested-share X      share of the columns to test that must be tested, else the verdict is
                            NOT CHECKED (exit 4) (default ${DEFAULT_MIN_TESTED_SHARE})
  --correction KIND         multiple-testing correction: none, bonferroni, fdr (default none)
  --seed N                  seed for permutation tests (default ${DEFAULT_SEED})
  --type COL=TYPE           force a column type when reading the data (numerical, categorical,
                            text, datetime); repeatable
  --include-column NAME     test an identifier-like column anyway (named id/*_id, or values all
                            distinct: left out of the drift score by default); repeatable
  --memory-budget SIZE      memory for reading and testing files, e.g. 512MB (default), 2GB: half
                            for DuckDB, half for columns, read and tested a batch at a time
  --progress                print columns done / total on stderr (default: only on a terminal)`;

/** The values `parseArgs` gives for `COMPARISON_FLAGS`. */
export interface ComparisonFlagValues {
  readonly columns?: string;
  readonly method?: string;
  readonly "num-method"?: string;
  readonly "cat-method"?: string;
  readonly threshold?: string;
  readonly "drift-share"?: string;
  readonly "min-tested-share"?: string;
  readonly correction?: string;
  readonly seed?: string;
  readonly type?: readonly string[];
  readonly "include-column"?: readonly string[];
  readonly "memory-budget"?: string;
  readonly progress?: boolean;
}

/** The comparison options the flags set; `types` apply when the data is read. */
export type ComparisonFlagOptions = Pick<CompareOptions, "columns" | "method" | "numericalMethod" | "categoricalMethod" | "threshold" | "driftShare" | "minTestedShare" | "correction" | "seed" | "types" | "includeColumns" | "memoryBudget" | "onProgress">;

/**
 * Turns the comparison flags into the options of `compareDatasets`, `checkDrift` and
 * `checkLogFolder`; a flag not given leaves its option undefined (the engine's default).
 *
 * @example comparisonFlags({ method: "psi", threshold: "0.2" }) // { method: "psi", threshold: 0.2, columns: undefined, … }
 * @throws {UsageError} naming the flag, for a number that is not one, an empty column list, an
 *   unknown correction or a `--type` that is not COLUMN=TYPE
 */
export function comparisonFlags(values: ComparisonFlagValues): ComparisonFlagOptions {
  return {
    columns: listFlag(values.columns),
    method: values.method,
    numericalMethod: values["num-method"],
    categoricalMethod: values["cat-method"],
    threshold: numberFlag("threshold", values.threshold),
    driftShare: numberFlag("drift-share", values["drift-share"]),
    minTestedShare: numberFlag("min-tested-share", values["min-tested-share"]),
    correction: correctionFlag(values.correction),
    seed: seedFlag(values.seed),
    types: typeFlags(values.type),
    includeColumns: namesFlag("include-column", values["include-column"]),
    memoryBudget: sizeFlag("memory-budget", values["memory-budget"]),
    onProgress: columnProgress(values.progress === true),
  };
}
