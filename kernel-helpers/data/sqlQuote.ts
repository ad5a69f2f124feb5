/** A SQL string literal: `sqlString("it's")` is `'it''s'`. */
export function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A quoted SQL identifier: `sqlIdentifier('say "hi"')` is `"say ""hi"""`. */
export function sqlIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
