/**
 * A short description of any value for an error message: `null`, `undefined`, `a string ("age")`,
 * `a Symbol (Symbol(x))`, `an array of 3 items`, `an object with keys a, b`, `a number (NaN)`.
 * Never throws (a Symbol or an object without a prototype is described too).
 *
 * @example describeValue("age") // 'a string ("age")'
 */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  switch (typeof value) {
    case "string":
      return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
    case "number":
    case "bigint":
    case "boolean":
      return `a ${typeof value} (${String(value)})`;
    case "symbol":
      return `a Symbol (${value.toString()})`;
    case "function":
      return "a function";
  }
  if (Array.isArray(value)) return `an array of ${value.length} item${value.length === 1 ? "" : "s"}`;
  const keys = Object.keys(value as object);
  return keys.length === 0 ? "an object with no keys" : `an object with keys ${keys.slice(0, 5).join(", ")}${keys.length > 5 ? ", …" : ""}`;
}
