const NEEDS_ESCAPE = /["\\]/
const ESCAPED = /["\\]/g

function element(value: unknown): string {
  if (value === null || value === undefined) return "NULL"
  if (typeof value === "string") return NEEDS_ESCAPE.test(value) ? `"${value.replace(ESCAPED, "\\$&")}"` : `"${value}"`
  if (value instanceof Date) return `"${value.toISOString()}"`
  return `"${String(value)}"`
}

/**
 * The PostgreSQL array literal of a list of scalars (strings, numbers, booleans, bigints, dates;
 * `null` as NULL), written in one pass: every element quoted, `"` and `\` escaped. Bound as a
 * `text[]`, `integer[]`, ... parameter, it spares the driver's per-element conversion.
 *
 * @example
 * arrayLiteral(["a", 'b"c', null, 3]) // '{"a","b\\"c",NULL,"3"}'
 */
export function arrayLiteral(values: readonly unknown[]): string {
  let text = "{"
  for (let i = 0; i < values.length; i++) text += (i === 0 ? "" : ",") + element(values[i])
  return `${text}}`
}
