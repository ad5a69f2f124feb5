import { parseArgs } from "node:util";
import { checkImageDrift } from "../embeddings/checkImageDrift";
import { UsageError } from "../errors";
import { outputPathFlag } from "./cliOptions";
import { imagePathsFromPath, reportColumn } from "./embeddingInputs";
import { EMBEDDING_FLAGS, EMBEDDING_FLAGS_USAGE, embeddingOptionsFromFlags } from "./embeddingFlags";
import { embedProgressLine } from "./embedProgressLine";
import { embeddingSummary } from "./embeddingSummary";
import { EXIT_DRIFT, EXIT_OK } from "./exitCodes";
import { writeReportOutput } from "./writeReportOutput";

const usage = `Usage: driftlens image-drift REFERENCE CURRENT [options]

Image drift between two sets of images: each side is a folder of images (PNG, JPEG, WebP, GIF,
TIFF, AVIF; searched recursively) or a data file with a column of image paths. Both are embedded
offline with a CNN (default: the bundled random-weight image-tiny-cnn; also ppocr-mobilenetv3-cls,
PaddleOCR's pretrained MobileNetV3, or a ResNet folder) and the pooled features tested for drift
(default: MMD with a permutation p-value).

Options:
${EMBEDDING_FLAGS_USAGE}

Exit codes: 0 no drift (or --fail-on none), 1 drift, 2 bad usage or bad input.`;

/** `driftlens image-drift REFERENCE CURRENT`: image drift through CNN embeddings, offline. */
export const imageDriftCommand = {
  name: "image-drift",
  usage,
  async run(argv: string[]): Promise<number> {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: EMBEDDING_FLAGS });
    if (positionals.length !== 2) {
      throw new UsageError(`image-drift needs a REFERENCE and a CURRENT set of images, got ${positionals.length} argument${positionals.length === 1 ? "" : "s"}. Example: driftlens image-drift photos/train photos/today`);
    }
    const options = embeddingOptionsFromFlags(values);
    outputPathFlag("json", values.json, "file");
    const [referencePath, currentPath] = positionals;
    const reference = await imagePathsFromPath(referencePath, values.column);
    const current = await imagePathsFromPath(currentPath, values.column);
    const progress = embedProgressLine("images");
    const report = await checkImageDrift(reference.values, current.values, {
      ...options,
      column: reportColumn(reference, current, "image"),
      referenceSource: referencePath,
      currentSource: currentPath,
      onProgress: progress.update,
    }).finally(progress.end);
    await writeReportOutput(report, values.json, () => [embeddingSummary(report, "image")]);
    return options.failOn === "drift" && report.dataset.drifted ? EXIT_DRIFT : EXIT_OK;
  },
};
