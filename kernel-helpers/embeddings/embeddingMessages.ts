import { formatCount, plural } from "../formatCount";
/**
 * User-facing messages of the embeddings layer (models, texts, images, embedding drift), in one
 * place: each names the model, file, row or column involved and says what to do.
 */

export const embeddingMessages = {
  modelDirectoryMissing: (path: string) =>
    `model directory '${path}' does not exist. Give a folder in the Hugging Face layout (config.json, onnx/model.onnx and the tokenizer or preprocessor files), a bundled model name, or a hub id already in the local cache.`,
  modelFilesMissing: (path: string, missing: readonly string[], kind: "text" | "image", needed: readonly string[]) =>
    `model directory '${path}' is missing ${missing.join(", ")}. A ${kind} model needs ${needed.join(", ")} (the Hugging Face layout transformers.js reads). ` +
    `Copy the missing files from the model's repository (onnx/model.onnx is in the Xenova/* and onnx-community/* repositories, or export one with \`optimum-cli export onnx --model NAME DIR\`).`,
  modelNotCached: (id: string, looked: readonly string[]) =>
    `model '${id}' is not in the local cache (looked in ${looked.map((p) => `'${p}'`).join(", ")}) and nothing is downloaded unless you allow it. ` +
    `Point at a local copy instead: model: '/path/to/${id.split("/").pop()}' (API) or --model /path/to/${id.split("/").pop()} (CLI), a folder with config.json and onnx/model.onnx; ` +
    `or allow the download with allowRemote: true / --allow-remote on a machine that can reach the hub. Bundled models work offline: text-tiny-bert, image-tiny-cnn, ppocr-mobilenetv3-cls.`,
  modelWrongKind: (name: string, kind: "text" | "image", wanted: "text" | "image") =>
    `bundled model '${name}' embeds ${kind}s, not ${wanted}s. Use ${wanted === "text" ? "text-tiny-bert or a BERT-family folder" : "image-tiny-cnn, ppocr-mobilenetv3-cls or a CNN folder"}.`,
  modelLoadFailed: (id: string, detail: string) =>
    `model '${id}' could not be loaded: ${detail}. Check that its onnx/model.onnx is a complete ONNX file (opset ≤ 21) and that config.json names its architecture (model_type).`,
  imageModelWithoutPooling: (id: string, outputs: readonly string[]) =>
    `model '${id}' has no pooled image output (its outputs are ${outputs.join(", ")}). Use a CNN whose ONNX graph gives pooler_output or a 4-D last_hidden_state (ResNet, MobileNet, ConvNeXt).`,
  optionInvalid: (name: string, value: unknown, expected: string) => `option ${name} is ${JSON.stringify(value)}; it must be ${expected}.`,
  textsNotArray: (side: string) => `${side} texts must be an array of strings.`,
  textNotString: (side: string, index: number, value: unknown) =>
    `${side} text at row ${index} is ${value === null ? "null" : typeof value} (${JSON.stringify(value)?.slice(0, 40)}), not a string. Convert the values to strings first, or drop that row.`,
  textsEmpty: (side: string, total: number) =>
    total === 0
      ? `${side} texts are empty: there is nothing to compare. Give at least 2 non-empty texts on each side.`
      : `${side} texts: all ${plural(total, "text")} are empty or whitespace. Give at least 2 non-empty texts on each side.`,
  emptyTextsDropped: (side: string, count: number) => `${side}: ${plural(count, "empty text")} dropped before embedding (counted as missing).`,
  textsTruncated: (side: string, count: number, maxLength: number, model: string) =>
    `${side}: ${plural(count, "distinct text")} longer than ${maxLength} tokens truncated to ${maxLength} tokens, the maximum length of model '${model}'; only their start is compared.`,
  distinctSampled: (side: string, kind: string, inputs: { rows: number; distinct: number; embedded: number; rowsTested: number }) =>
    `${side}: ${plural(inputs.distinct, `distinct ${kind}`)} are more than the cap of ${formatCount(inputs.embedded)} (maxDistinct, --max-distinct); ` +
    `a seeded sample of ${formatCount(inputs.embedded)} was embedded, and the ${formatCount(inputs.rowsTested)} of ${formatCount(inputs.rows)} rows holding them were tested.`,
  imagesNotArray: (side: string) => `${side} images must be an array of file paths or pixel arrays ({ data, width, height, channels }).`,
  imagesEmpty: (side: string) => `${side} images are empty: give at least 2 images on each side.`,
  imageUnreadable: (path: string, detail: string) =>
    `image '${path}' cannot be read (${detail}). Give PNG or JPEG files (WebP, GIF, TIFF and AVIF also work), or remove it from the list.`,
  imagePixelsInvalid: (side: string, index: number, detail: string) =>
    `${side} image ${index}: ${detail}. Raw images are { data: Uint8Array (or Uint8ClampedArray) of width × height × channels bytes, width, height, channels: 1, 2, 3 or 4 }.`,
  imageInputInvalid: (side: string, index: number, value: unknown) =>
    `${side} image ${index} is ${value === null ? "null" : typeof value}: give a file path or a raw image { data, width, height, channels }.`,
  mixedImageSizes: (side: string, sizes: readonly string[], target: string) =>
    `${side}: images come in ${plural(sizes.length, "size")} (${sizes.slice(0, 5).join(", ")}${sizes.length > 5 ? ", …" : ""}); the model's preprocessor resizes each to ${target}.`,
  mixedSizesWithoutResize: (model: string, first: string, other: string) =>
    `model '${model}' does not resize images (do_resize is false in its preprocessor_config.json) and the images differ in size (${first} and ${other}). Resize them to one size first, or use a model whose preprocessor resizes.`,
  dimensionMismatch: (referenceDim: number, currentDim: number, where: string) =>
    `embedding dimension differs: the reference has ${referenceDim} dimensions, the current data ${currentDim} (${where}). ` +
    `Embed both sides with the same model; for a baseline, use the model it was built with, or rebuild the baseline with the new model.`,
  tooFewRows: (side: string, rows: number) => `${side} has ${plural(rows, "row")}; embedding drift needs at least 2 on each side.`,
  methodUnknown: (name: string, valid: readonly string[]) => `unknown embedding drift method '${name}'. Valid methods: ${valid.join(", ")}.`,
  pcaInvalid: (value: number, limit: number) =>
    `pca ${value} must be a whole number of components from 1 to ${limit} (the embedding dimension, and fewer than the reference rows).`,
  distinctRowInvalid: (side: string, row: number, at: number, distinct: number) =>
    `${side} row ${row} points to distinct embedding ${at}, but there are ${distinct} (rowOf must hold indices from 0 to ${distinct - 1}).`,
  nonFiniteEmbedding: (side: string, row: number) => `${side} embedding row ${row} has a value that is not finite; the model produced NaN or Infinity for that input.`,
};
