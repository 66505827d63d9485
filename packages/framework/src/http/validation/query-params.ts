import { z } from "zod"

/** Query strings carry text: digits become numbers, anything else stays and fails the number check. */
function toInteger(value: unknown): unknown {
  return typeof value === "string" && /^-?\d{1,16}$/.test(value) ? Number(value) : value
}

/**
 * An integer query parameter with plain messages (`must be an integer`, `must not be negative`,
 * `must be at most 100`).
 *
 * @example
 * z.object({ page: queryInteger({ min: 1, max: 500 }) })
 */
export function queryInteger(bounds: { min?: number; max?: number } = {}) {
  let schema = z.number({ error: "must be an integer" }).int({ error: "must be an integer" })
  if (bounds.min !== undefined) {
    schema = schema.min(bounds.min, {
      error: bounds.min === 0 ? "must not be negative" : `must be at least ${bounds.min}`,
    })
  }
  if (bounds.max !== undefined) schema = schema.max(bounds.max, { error: `must be at most ${bounds.max}` })
  return z.preprocess(toInteger, schema)
}

/** A boolean query parameter: `true`/`false` (also `1`/`0`). */
export function queryBoolean() {
  return z.preprocess(
    (value) => (value === "true" || value === "1" ? true : value === "false" || value === "0" ? false : value),
    z.boolean({ error: "must be true or false" }),
  )
}

/** A comma-separated list parameter (`fields`, `order`); `fields[]=a&fields[]=b` is joined too. */
export function queryList() {
  return z.preprocess(
    (value) => (Array.isArray(value) && value.every((item) => typeof item === "string") ? value.join(",") : value),
    z.string({ error: "must be a comma-separated list" }),
  )
}
