/**
 * Orders two strings by Unicode code point, which is also the byte order of their UTF-8 forms
 * (the order DuckDB sorts VARCHAR in), unlike `<` which compares UTF-16 code units and puts
 * characters above U+FFFF before U+E000–U+FFFF.
 * Cost: O(length of the common prefix).
 *
 * @example ["\u{1F600}", "\uFF5E"].sort(compareCodePoints) // ["\uFF5E", "\u{1F600}"]
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const xSurrogate = x >= 0xd800 && x <= 0xdfff;
    const ySurrogate = y >= 0xd800 && y <= 0xdfff;
    if (xSurrogate === ySurrogate) return x - y;
    return xSurrogate ? 1 : -1;
  }
  return a.length - b.length;
}
