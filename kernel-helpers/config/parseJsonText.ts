/**
 * Parses JSON text and, when it is not valid JSON, returns a one-line description of the first
 * problem with its line and column (1-based) instead of throwing, so that callers can name the
 * file in a typed error.
 * Cost: O(length of text).
 *
 * @example parseJsonText('{"a": 1,}') // { ok: false, problem: "line 1, column 9: Expected double-quoted property name in JSON at position 8" }
 */
export function parseJsonText(text: string): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const position = at ? Number(at[1]) : text.length;
    const before = text.slice(0, position).split("\n");
    const line = before.length;
    const column = before[before.length - 1].length + 1;
    const what = text.trim() === "" ? "the file is empty" : message;
    return { ok: false, problem: `line ${line}, column ${column}: ${what}` };
  }
}
