/**
 * Parses JSON text and, when it is not valid JSON, returns a one-line description of the first
 * problem with its line and column (1-based) instead of throwing, so that callers can name the
 * file in a typed error. V8 gives the offset of most problems; for an unexpected token it gives
 * none (and quotes the text around it over several lines), so the offset is found as the length
 * of the longest prefix that is still the start of valid JSON (a binary search over prefixes).
 * Cost: O(length of text); O(length · log length) for an unexpected token.
 *
 * @example parseJsonText('{"a": 1,}') // { ok: false, problem: "line 1, column 9: Expected double-quoted property name in JSON at position 8" }
 * @example parseJsonText('{\n  "a": 1,\n  "b": x\n}') // { ok: false, problem: "line 3, column 8: Unexpected token 'x'" }
 */
export function parseJsonText(text: string): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const position = at ? Number(at[1]) : /^Unexpected end of JSON input/.test(message) ? text.length : firstBadOffset(text);
    const before = text.slice(0, position).split("\n");
    const line = before.length;
    const column = before[before.length - 1].replace(/\r$/, "").length + 1;
    const what = text.trim() === "" ? "the file is empty" : oneLine(message);
    return { ok: false, problem: `line ${line}, column ${column}: ${what}` };
  }
}

/** V8's message without the text it quotes ("Unexpected token 'x', ..."…" is not valid JSON" → "Unexpected token 'x'"). */
function oneLine(message: string): string {
  const quoted = /^(Unexpected token '.*?'), "/s.exec(message) ?? /^(Unexpected token '.*?'), \.\.\."/s.exec(message);
  return (quoted ? quoted[1] : message.split("\n")[0]).trim();
}

/** The offset of the first character at which `text` stops being the start of some valid JSON. */
function firstBadOffset(text: string): number {
  let good = 0;
  let bad = text.length;
  while (bad - good > 1) {
    const middle = (good + bad) >>> 1;
    if (viablePrefix(text.slice(0, middle))) good = middle;
    else bad = middle;
  }
  return good;
}

/** True when `prefix` is valid JSON or could still become valid JSON by appending text. */
function viablePrefix(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return true;
  } catch (error) {
    const message = (error as Error).message;
    if (/^Unexpected end of JSON input/.test(message)) return true;
    const at = /position (\d+)/.exec(message);
    return at !== null && Number(at[1]) >= prefix.length;
  }
}
