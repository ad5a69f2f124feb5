/**
 * One Jupyter display: `data` maps MIME types to content (as in a `display_data` message),
 * `metadata` per MIME type. What `show` and `table` emit in a tslab cell and return, so that
 * another kernel can pass it to its own display function.
 */
export interface MimeBundle {
  readonly data: Record<string, unknown>;
  readonly metadata: Record<string, unknown>;
}

/**
 * A `MimeBundle` that prints as one line (`MimeBundle(text/html, text/plain)`) in a notebook or
 * a REPL — a cell ending in `dl.show(report)` would otherwise print the whole HTML page — and
 * serialises to JSON as the plain `{ data, metadata }`.
 *
 * @example String(mimeBundle({ "text/plain": "hi" })) // "MimeBundle(text/plain)"
 */
export function mimeBundle(data: Record<string, unknown>, metadata: Record<string, unknown> = {}): MimeBundle {
  const bundle = { data, metadata };
  const describe = () => `MimeBundle(${Object.keys(data).join(", ")})`;
  Object.defineProperty(bundle, Symbol.for("nodejs.util.inspect.custom"), { value: describe, enumerable: false });
  Object.defineProperty(bundle, "toString", { value: describe, enumerable: false });
  return bundle;
}
