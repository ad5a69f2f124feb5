const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/**
 * For each line of generated code (0-based index), the source line (0-based) its first mapping
 * points to, from a source map's `mappings` (Base64 VLQ, Source Map v3 §"mappings"). Lines
 * without a mapping inherit the previous line's. Cost: O(length of mappings).
 *
 * @example generatedToSourceLines("AAAA;AACA") // [0, 1]
 */
export function generatedToSourceLines(mappings: string): number[] {
  const lines: number[] = [];
  let sourceLine = 0;
  let last = 0;
  for (const group of mappings.split(";")) {
    let first: number | undefined;
    for (const segment of group.split(",")) {
      if (segment.length === 0) continue;
      const fields = decodeVlq(segment);
      if (fields.length >= 4) {
        sourceLine += fields[2];
        first ??= sourceLine;
      }
    }
    last = first ?? last;
    lines.push(last);
  }
  return lines;
}

function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}
