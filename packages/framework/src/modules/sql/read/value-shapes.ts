/**
 * A short, bounded description of a caller's value for error messages.
 *
 * @example
 * describeValue({ a: 1 }) // object {"a":1}
 */
export function describeValue(value: unknown): string {
  if (value === null) return "null"
  if (Array.isArray(value)) return `array ${truncate(JSON.stringify(value))}`
  if (value instanceof Date) return `date ${String(value)}`
  if (typeof value === "object") return `object ${truncate(safeJson(value))}`
  if (typeof value === "string") return `string ${truncate(JSON.stringify(value))}`
  return `${typeof value} ${String(value)}`
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}

function truncate(text: string | undefined): string {
  const value = text ?? ""
  return value.length > 80 ? `${value.slice(0, 80)}…` : value
}

/** Whether `value` is a plain object literal (not an array, a Date or a class instance). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}
