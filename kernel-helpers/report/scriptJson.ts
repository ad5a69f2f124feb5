/**
 * JSON to place inside a `<script type="application/json">` block: `<`, `>` and `&` are written
 * as `\u003c`, `\u003e`, `\u0026` (so no string in the data can close the element or open a
 * comment) and U+2028 / U+2029 escaped too; `JSON.parse` of the element's text gives the value
 * back. NaN and ±Infinity become `null`, as in `JSON.stringify`.
 *
 * @example scriptJson({ name: "</script>" }) // '{"name":"\\u003c/script\\u003e"}'
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
