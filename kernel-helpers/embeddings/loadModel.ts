import type * as Transformers from "@huggingface/transformers";
import { UsageError } from "../errors";
import type { ModelKind } from "./bundledModels";
import { embeddingMessages } from "./embeddingMessages";
import type { ModelOptions, ResolvedModel } from "./resolveModel";
import { resolveModel } from "./resolveModel";
import { transformersRuntime, withModelLoading } from "./transformersRuntime";

/** A loaded model: the network and, for texts, its tokenizer; for images, its image processor. */
export interface LoadedModel {
  readonly model: ResolvedModel;
  readonly network: Transformers.PreTrainedModel;
  /** Present for text models. */
  readonly tokenizer?: Transformers.PreTrainedTokenizer;
  /** Present for image models. */
  readonly processor?: Transformers.Processor;
}

/**
 * Resolves (offline unless allowed) and loads a model in single precision with the requested
 * onnxruntime thread count. Load failures become a `UsageError` naming the model.
 *
 * @example const { network, tokenizer } = await loadModel({ model: "text-tiny-bert" }, "text");
 */
export async function loadModel(options: ModelOptions & { readonly threads?: number }, kind: ModelKind): Promise<LoadedModel> {
  if (options.threads !== undefined && (!Number.isInteger(options.threads) || options.threads < 1)) {
    throw new UsageError(embeddingMessages.optionInvalid("threads", options.threads, "a whole number ≥ 1"));
  }
  const runtime = await transformersRuntime();
  const model = resolveModel(options, kind, runtime.env.cacheDir ?? undefined);
  const sessionOptions = options.threads === undefined ? {} : { session_options: { intraOpNumThreads: options.threads, interOpNumThreads: 1 } };
  try {
    return await withModelLoading(model.source === "remote", options.cacheDir, async (module) => {
      const network = await module.AutoModel.from_pretrained(model.location, { dtype: "fp32", ...sessionOptions });
      if (kind === "text") {
        const tokenizer = await module.AutoTokenizer.from_pretrained(model.location);
        return { model, network, tokenizer };
      }
      const processor = await module.AutoProcessor.from_pretrained(model.location, {});
      return { model, network, processor };
    });
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(embeddingMessages.modelLoadFailed(model.id, String((error as Error)?.message ?? error)));
  }
}
