import type { EmbeddingDriftOptions } from "../embeddings/embeddingDrift";
import { EMBEDDING_METHOD_NAMES } from "../embeddings/embeddingDriftMethods";
import type { EmbeddingMethodName } from "../embeddings/embeddingDriftMethods";
import { UsageError } from "../errors";
import { numberFlag, seedFlag, wholeNumberFlag } from "./cliOptions";
import { DEFAULT_SEED } from "../stats/random";

/** The flags `text-drift` and `image-drift` share, for `parseArgs`. */
export const EMBEDDING_FLAGS = {
  json: { type: "string" },
  column: { type: "string" },
  model: { type: "string" },
  "allow-remote": { type: "boolean", default: false },
  "cache-dir": { type: "string" },
  method: { type: "string" },
  threshold: { type: "string" },
  pca: { type: "string" },
  permutations: { type: "string" },
  distance: { type: "string" },
  seed: { type: "string" },
  "batch-size": { type: "string" },
  "max-distinct": { type: "string" },
  threads: { type: "string" },
  "fail-on": { type: "string", default: "drift" },
} as const;

/** Usage lines for the shared flags. */
export const EMBEDDING_FLAGS_USAGE = `  --column NAME          the column of a data file (default: its only column of strings)
  --model NAME|DIR|ID    bundled model name, a model folder (Hugging Face layout) or a hub id in the local cache
  --allow-remote         let transformers.js download a hub id that is not cached (off: nothing is downloaded)
  --cache-dir DIR        also look for hub ids in DIR (DIR/org/name or the hub's models--org--name)
  --method NAME          mmd (default), model, distance, ratio, ks
  --threshold X          the method's threshold (default: 0.05 p-value, 0.55 AUC, 0.2 distance or share)
  --pca N                reduce to N PCA components (fitted on the reference) before testing
  --permutations N       permutations of the mmd p-value (default 100)
  --distance KIND        euclidean (default) or cosine, for --method distance
  --seed N               seed of permutations, splits and the plotted sample (default ${DEFAULT_SEED})
  --batch-size N         inputs per model call (default 32)
  --max-distinct N       distinct inputs embedded per side (default 5000); above it a seeded sample of N is
                         embedded and the report says so. Repeated inputs are embedded once and counted
  --threads N            onnxruntime threads (default: one per core)
  --json FILE            write the report as JSON (use - for stdout)
  --fail-on LEVEL        exit 1 on: drift (default), none`;

type Values = { [K in keyof typeof EMBEDDING_FLAGS]?: string | boolean };

/** Turns the shared flags into API options, with errors that name the flag. */
export function embeddingOptionsFromFlags(values: Values): EmbeddingDriftOptions & {
  model?: string;
  allowRemote: boolean;
  cacheDir?: string;
  batchSize?: number;
  threads?: number;
  maxDistinct?: number;
  failOn: "drift" | "none";
} {
  const method = values.method as string | undefined;
  if (method !== undefined && !(EMBEDDING_METHOD_NAMES as readonly string[]).includes(method)) {
    throw new UsageError(`--method expects one of ${EMBEDDING_METHOD_NAMES.join(", ")}; got '${method}'.`);
  }
  const distance = values.distance as string | undefined;
  if (distance !== undefined && distance !== "euclidean" && distance !== "cosine") throw new UsageError(`--distance expects euclidean or cosine; got '${distance}'.`);
  const failOn = values["fail-on"] as string;
  if (failOn !== "drift" && failOn !== "none") throw new UsageError(`--fail-on expects drift or none; got '${failOn}'.`);
  const whole = (flag: string) => wholeNumberFlag(flag, values[flag as keyof Values] as string | undefined, 1);
  return {
    ...(method === undefined ? {} : { method: method as EmbeddingMethodName }),
    ...(distance === undefined ? {} : { distance }),
    threshold: numberFlag("threshold", values.threshold as string | undefined),
    pca: whole("pca"),
    permutations: whole("permutations"),
    seed: seedFlag(values.seed as string | undefined),
    batchSize: whole("batch-size"),
    threads: whole("threads"),
    maxDistinct: wholeNumberFlag("max-distinct", values["max-distinct"] as string | undefined, 2),
    ...(values.model === undefined ? {} : { model: values.model as string }),
    allowRemote: values["allow-remote"] === true,
    ...(values["cache-dir"] === undefined ? {} : { cacheDir: values["cache-dir"] as string }),
    failOn,
  };
}
