import { isPlainObject } from "../modules/sql/read/value-shapes.js"

/** Nesting beyond which a value is not keyed (request shapes are shallow). */
const MAX_DEPTH = 16

function write(value: unknown, parts: string[], depth: number): boolean {
  if (value === undefined) parts.push("u")
  else if (value === null) parts.push("n")
  else if (typeof value === "string") parts.push(JSON.stringify(value))
  else if (typeof value === "boolean") parts.push(value ? "t" : "f")
  else if (typeof value === "number") {
    if (!Number.isFinite(value) || Object.is(value, -0)) return false
    parts.push(`#${value}`)
  } else if (typeof value !== "object" || depth > MAX_DEPTH) return false
  else if (Array.isArray(value)) {
    parts.push("[")
    for (let index = 0; index < value.length; index++) {
      if (!(index in value) || !write(value[index], parts, depth + 1)) return false
      parts.push(",")
    }
    parts.push("]")
  } else if (isPlainObject(value)) {
    parts.push("{")
    for (const key of Object.keys(value)) {
      parts.push(JSON.stringify(key), ":")
      if (!write(value[key], parts, depth + 1)) return false
      parts.push(",")
    }
    parts.push("}")
  } else return false
  return true
}

/**
 * A string equal for two values exactly when they are the same plain data: strings, finite
 * numbers, booleans, null, undefined, arrays and plain objects (keys in their order). `undefined`
 * when the value holds anything else (a Date, a class instance, a function, NaN, a sparse array),
 * which callers treat as "do not cache".
 *
 * @example
 * dataKey({ entity: "product", fields: ["id"] }) // '{"entity":"product","fields":["id",],}'
 * dataKey({ at: new Date() }) // undefined
 */
export function dataKey(value: unknown): string | undefined {
  const parts: string[] = []
  return write(value, parts, 0) ? parts.join("") : undefined
}
