/**
 * The `COLUMN OP VALUE` filters of one line joined by AND (any case), split where AND stands
 * outside quotes: `region = 'north and south' AND age > 30` gives two filters. Empty for a blank line.
 *
 * @example splitFilters("region = 'north' and age > 30") // ["region = 'north'", "age > 30"]
 */
export function splitFilters(line: string): string[] {
  const filters: string[] = [];
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') {
      quote = c;
    } else if (/\s/.test(c) && /^\s+and\s/i.test(line.slice(i))) {
      filters.push(line.slice(start, i));
      const match = /^\s+and\s+/i.exec(line.slice(i)) as RegExpExecArray;
      i += match[0].length - 1;
      start = i + 1;
    }
  }
  filters.push(line.slice(start));
  return filters.map((filter) => filter.trim()).filter((filter) => filter !== "");
}
