/** Messages between the notebook controller (extension host) and its kernel process. */

export interface RunCell {
  readonly type: "run";
  readonly id: number;
  readonly source: string;
  /** Used in stack traces: "Cell 3". */
  readonly name: string;
}

/** One MIME bundle to show (`display_data`). */
export type MimeBundle = Readonly<Record<string, unknown>>;

export type KernelEvent =
  | { readonly type: "ready" }
  | { readonly type: "stream"; readonly id: number; readonly stream: "stdout" | "stderr"; readonly text: string }
  | { readonly type: "display"; readonly id: number; readonly bundle: MimeBundle }
  | { readonly type: "done"; readonly id: number; readonly ok: true }
  | { readonly type: "done"; readonly id: number; readonly ok: false; readonly error: { readonly name: string; readonly message: string; readonly stack: string } };
