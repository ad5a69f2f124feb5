import { parseArgs } from "node:util";
import { checkTextDrift } from "../embeddings/checkTextDrift";
import { UsageError } from "../errors";
import { numberFlag, outputPathFlag } from "./cliOptions";
import { reportColumn, textsFromPath } from "./embeddingInputs";
import { EMBEDDING_FLAGS, EMBEDDING_FLAGS_USAGE, embeddingOptionsFromFlags } from "./embeddingFlags";
import { embedProgressLine } from "./embedProgressLine";
import { embeddingSummary } from "./embeddingSummary";
import { EXIT_DRIFT, EXIT_OK } from "./exitCodes";
import { writeReportOutput } from "./writeReportOutput";

const usage = `Usage: driftlens text-drift REFERENCE CURRENT [options]

Text drift between two sets of texts: each side is a .txt file (one text per line) or a data file
(CSV, TSV, JSONL, Parquet, Arrow) with a text column. Both are embedded offline with a BERT-family
encoder (default: the bundled random-weight text-tiny-bert) and the embeddings tested for drift
(default: MMD with a permutation p-value); a TF-IDF domain classifier names the words that changed,
and length, out-of-vocabulary share and non-letter share are tested as numerical columns. The
report names them after the data files' text column (review.length, …), or text.* when a side is a
.txt file (which has no column name) or the two files' columns are named differently.

Options:
${EMBEDDING_FLAGS_USAGE}
  --no-model             no embeddings: the TF-IDF domain classifier gives the verdict
  --max-length N         tokens per text (default: the model's maximum; longer texts are truncated)

Exit codes: 0 no drift (or --fail-on none), 1 drift, 2 bad usage or bad input.`;

/** `driftlens text-drift REFERENCE CURRENT`: text drift through embeddings, offline. */
export const textDriftCommand = {
  name: "text-drift",
  usage,
  async run(argv: string[]): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { ...EMBEDDING_FLAGS, "no-model": { type: "boolean", default: false }, "max-length": { type: "string" } },
    });
    if (positionals.length !== 2) {
      throw new UsageError(`text-drift needs a REFERENCE and a CURRENT set of texts, got ${positionals.length} argument${positionals.length === 1 ? "" : "s"}. Example: driftlens text-drift train.csv today.csv --column review`);
    }
    const options = embeddingOptionsFromFlags(values);
    outputPathFlag("json", values.json, "file");
    if (values["no-model"] && values.model !== undefined) throw new UsageError("give either --model or --no-model, not both.");
    const [referencePath, currentPath] = positionals;
    const reference = await textsFromPath(referencePath, values.column);
    const current = await textsFromPath(currentPath, values.column);
    const progress = embedProgressLine("texts");
    const report = await checkTextDrift(reference.values, current.values, {
      ...options,
      ...(values["no-model"] ? { model: null } : {}),
      maxLength: numberFlag("max-length", values["max-length"]),
      column: reportColumn(reference, current, "text"),
      referenceSource: referencePath,
      currentSource: currentPath,
      onProgress: progress.update,
    }).finally(progress.end);
    await writeReportOutput(report, values.json, () => [embeddingSummary(report, "text")]);
    return options.failOn === "drift" && report.dataset.drifted ? EXIT_DRIFT : EXIT_OK;
  },
};
