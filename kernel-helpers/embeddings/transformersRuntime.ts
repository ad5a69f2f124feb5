import type * as Transformers from "@huggingface/transformers";

let runtime: Promise<typeof Transformers> | undefined;
let loads: Promise<unknown> = Promise.resolve();

/**
 * The `@huggingface/transformers` module, loaded on first use (about 0.1–0.4 s) so that the rest
 * of the engine does not pay for it. Local models only unless a load asks otherwise.
 */
export function transformersRuntime(): Promise<typeof Transformers> {
  runtime ??= import("@huggingface/transformers").then((module) => {
    module.env.allowRemoteModels = false;
    module.env.allowLocalModels = true;
    return module;
  });
  return runtime;
}

/**
 * Runs `load` with transformers.js' global download switch set for it, one load at a time (the
 * switch is process-wide), and turns it off again afterwards.
 */
export async function withModelLoading<T>(allowRemote: boolean, cacheDir: string | undefined, load: (module: typeof Transformers) => Promise<T>): Promise<T> {
  const module = await transformersRuntime();
  const run = loads.then(async () => {
    const previousCache = module.env.cacheDir;
    module.env.allowRemoteModels = allowRemote;
    if (cacheDir !== undefined) module.env.cacheDir = cacheDir;
    try {
      return await load(module);
    } finally {
      module.env.allowRemoteModels = false;
      module.env.cacheDir = previousCache;
    }
  });
  loads = run.catch(() => undefined);
  return run;
}
