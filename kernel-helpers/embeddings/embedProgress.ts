/** Progress of an embedding run, reported after each batch. */
export interface EmbedProgress {
  /** Inputs embedded so far. */
  readonly done: number;
  readonly total: number;
}

/** Settings shared by the text and image embedders. */
export interface EmbedderSettings {
  /** Inputs per model call. Default 32. */
  readonly batchSize?: number;
  /** onnxruntime intra-op threads. Default: onnxruntime's own (one per core). */
  readonly threads?: number;
  /** Called after each batch. */
  readonly onProgress?: (progress: EmbedProgress) => void;
}
