import { isPlainObject } from "../modules/sql/read/value-shapes.js"

/** Nesting beyond which a value is not keyed (request shapes are shallow). */
const MAX_DEPTH = 16

/** The key text of `value` appended to `key`, or `undefined` when `value` is not plain data. */
function write(value: unknown, key: string, depth: number): string | undefined {
  if (value === undefined) return `${key}u`
  if (value === null) return `${key}n`
  if (typeof value === "string") return key + JSON.stringify(value)
  if (typeof value === "boolean") return key + (value ? "t" : "f")
  if (typeof value === "number") return !Number.isFinite(value) || Object.is(value, -0) ? undefined : `${key}#${value}`
  if (typeof value !== "object" || depth > MAX_DEPTH) return undefined
  let text: string | undefined
  if (Array.isArray(value)) {
    text = `${key}[`
    for (let index = 0; index < value.length; index++) {
      if (!(index in value)) return undefined
      text = write(value[index], text, depth + 1)
      if (text === undefined) return undefined
      text += ","
    }
    return `${text}]`
  }
  if (!isPlainObject(value)) return undefined
  text = `${key}{`
  for (const name of Object.keys(value)) {
    text = write(value[name], `${text}${JSON.stringify(name)}:`, depth + 1)
    if (text === undefined) return undefined
    text += ","
  }
  return `${text}}`
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
  return write(value, "", 0)
}
