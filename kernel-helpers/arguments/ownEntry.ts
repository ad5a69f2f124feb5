/**
 * The value that `record` holds under `key` as its own entry, or undefined. For maps keyed by
 * user input (column names, metric names, scenario names): a column named `constructor` or
 * `__proto__` must find nothing in `{}`, not `Object.prototype`'s members.
 *
 * @example ownEntry({ age: "categorical" }, "constructor") // undefined
 */
export function ownEntry<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && record !== null && Object.hasOwn(record, key) ? record[key] : undefined;
}
