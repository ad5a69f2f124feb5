import { existsSync, readdirSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { isAbsolute, join, resolve } from "node:path";
import { UsageError } from "../errors";
import type { ModelKind } from "./bundledModels";
import { BUNDLED_MODELS, DEFAULT_MODELS, bundledModelsDir } from "./bundledModels";
import { embeddingMessages } from "./embeddingMessages";

/** Where a model comes from: a folder given by path, the package's `models/`, a local hub cache, or a download. */
export type ModelSource = "directory" | "bundled" | "cache" | "remote";

export interface ModelOptions {
  /**
   * A bundled model name (`text-tiny-bert`, `image-tiny-cnn`, `ppocr-mobilenetv3-cls`), a folder in
   * the Hugging Face layout, or a hub id (`Xenova/all-MiniLM-L6-v2`) found in a local cache.
   * Default: `text-tiny-bert` for texts, `image-tiny-cnn` for images.
   */
  readonly model?: string;
  /** Allow transformers.js to download a hub id that is in no local cache. Default false. */
  readonly allowRemote?: boolean;
  /** An extra cache folder to search first (transformers.js layout `<dir>/<org>/<name>/` or the Python hub's `models--org--name`). */
  readonly cacheDir?: string;
}

export interface ResolvedModel {
  /** What the user named (bundled name, path or hub id). */
  readonly id: string;
  /** What transformers.js loads: an absolute folder, or the hub id when `source` is "remote". */
  readonly location: string;
  readonly source: ModelSource;
  readonly kind: ModelKind;
}

/** The files each kind of model needs, relative to its folder. */
export const MODEL_FILES: Readonly<Record<ModelKind, readonly string[]>> = {
  text: ["config.json", "tokenizer.json", "tokenizer_config.json", "onnx/model.onnx"],
  image: ["config.json", "preprocessor_config.json", "onnx/model.onnx"],
};

const HUB_ID = /^[A-Za-z0-9][\w.-]*(\/[\w.-]+)?$/;

/**
 * Finds the model to load, offline by default: a folder given by path (checked for the files its
 * kind needs, the missing ones named), a bundled model, or a hub id in a local cache — the
 * `cacheDir` option, transformers.js' own cache, then the Python hub cache (`HF_HUB_CACHE`,
 * `HF_HOME/hub`, `~/.cache/huggingface/hub`). A hub id found nowhere fails at once with a message
 * on how to point at a local copy, unless `allowRemote` lets transformers.js download it.
 *
 * @example resolveModel({ model: "Xenova/all-MiniLM-L6-v2", cacheDir: "/data/models" }, "text")
 * // { id: "Xenova/all-MiniLM-L6-v2", location: "/data/models/Xenova/all-MiniLM-L6-v2", source: "cache", kind: "text" }
 * @throws {UsageError} for a missing folder, missing files, a bundled model of the other kind, or an uncached hub id offline
 */
export function resolveModel(options: ModelOptions, kind: ModelKind, transformersCacheDir?: string): ResolvedModel {
  const id = options.model ?? DEFAULT_MODELS[kind];
  if (typeof id !== "string" || id.trim() === "") throw new UsageError(embeddingMessages.optionInvalid("model", id, "a bundled model name, a folder or a hub id"));
  const bundled = BUNDLED_MODELS.find((model) => model.name === id);
  if (bundled) {
    if (bundled.kind !== kind) throw new UsageError(embeddingMessages.modelWrongKind(id, bundled.kind, kind));
    return { id, location: checkedFolder(join(bundledModelsDir(), id), kind), source: "bundled", kind };
  }
  const looksLikePath = isAbsolute(id) || id.startsWith(".") || id.startsWith("~") || id.includes("\\") || !HUB_ID.test(id) || existsSync(id);
  if (looksLikePath) {
    const folder = resolve(id.startsWith("~") ? join(homedir(), id.slice(1)) : id);
    if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(embeddingMessages.modelDirectoryMissing(folder));
    return { id, location: checkedFolder(folder, kind), source: "directory", kind };
  }
  const candidates = cacheFolders(id, options.cacheDir, transformersCacheDir);
  const found = candidates.find((folder) => existsSync(join(folder, "config.json")));
  if (found) return { id, location: checkedFolder(found, kind), source: "cache", kind };
  if (options.allowRemote) return { id, location: id, source: "remote", kind };
  throw new UsageError(embeddingMessages.modelNotCached(id, cacheRoots(options.cacheDir, transformersCacheDir)));
}

function checkedFolder(folder: string, kind: ModelKind): string {
  const missing = MODEL_FILES[kind].filter((file) => !existsSync(join(folder, file)));
  if (missing.length > 0) throw new UsageError(embeddingMessages.modelFilesMissing(folder, missing, kind, MODEL_FILES[kind]));
  return folder;
}

function pythonHubCache(): string {
  if (process.env.HF_HUB_CACHE) return process.env.HF_HUB_CACHE;
  if (process.env.HF_HOME) return join(process.env.HF_HOME, "hub");
  return join(homedir(), ".cache", "huggingface", "hub");
}

function cacheRoots(cacheDir: string | undefined, transformersCacheDir: string | undefined): string[] {
  return [cacheDir, transformersCacheDir, pythonHubCache()].filter((dir): dir is string => dir !== undefined);
}

/** Folders that would hold the model in each cache: `<root>/<id>` and the hub's `models--a--b/snapshots/*`. */
function cacheFolders(id: string, cacheDir: string | undefined, transformersCacheDir: string | undefined): string[] {
  const folders: string[] = [];
  for (const root of cacheRoots(cacheDir, transformersCacheDir)) {
    folders.push(join(root, id));
    const snapshots = join(root, `models--${id.replace(/\//g, "--")}`, "snapshots");
    if (existsSync(snapshots)) folders.push(...readdirSync(snapshots).sort().reverse().map((name) => join(snapshots, name)));
  }
  return folders;
}
