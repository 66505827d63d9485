import { invalidData } from "../../errors/factories.js"

/** A parsed query value: a string, repeated values, or a nested object (`created_at[$gt]=...`). */
export type QueryValue = string | string[] | QueryObject
export interface QueryObject {
  [key: string]: QueryValue
}

export interface QueryStringLimits {
  /** Most parameters in one query string. Default 100. */
  maxParameters: number
  /** Most bracket levels (`a[b][c]` is 2). Default 2. */
  maxDepth: number
  /** Most values for one parameter. Default 100. */
  maxValues: number
}

const DEFAULT_LIMITS: QueryStringLimits = { maxParameters: 100, maxDepth: 2, maxValues: 100 }
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"])
const KEY = /^([^[\]]+)((?:\[[^[\]]*\])*)$/

function fail(name: string, problem: string): never {
  throw invalidData(`Invalid request: query parameter '${name}' ${problem}`)
}

function isObject(value: QueryValue | undefined): value is QueryObject {
  return typeof value === "object" && !Array.isArray(value)
}

/** The bracket path of a parameter name: `a` -> `["a"]`, `a[b][]` -> `["a", "b", ""]`. */
function keysOf(name: string): string[] {
  if (name !== "" && !name.includes("[") && !name.includes("]")) return [name]
  const parsed = KEY.exec(name)
  if (!parsed) fail(name, "is malformed; use name, name[] or name[key]")
  return [parsed[1] as string, ...[...(parsed[2] as string).matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1] as string)]
}

/**
 * Parses a query string with repeated keys (`id=a&id=b` -> `["a", "b"]`), arrays (`id[]=a`) and
 * up to two levels of brackets (`created_at[$gte]=...`). Malformed, too deep, conflicting or
 * prototype-polluting keys fail with a 400 naming the parameter.
 *
 * @example
 * parseQueryString("limit=10&created_at[$gt]=2024-01-01&id[]=a")
 * // { limit: "10", created_at: { $gt: "2024-01-01" }, id: ["a"] }
 */
export function parseQueryString(raw: string, limits: QueryStringLimits = DEFAULT_LIMITS): QueryObject {
  const result: QueryObject = {}
  let count = 0
  for (const [name, value] of new URLSearchParams(raw)) {
    if (++count > limits.maxParameters)
      throw invalidData(`Invalid request: more than ${limits.maxParameters} query parameters`)
    const keys = keysOf(name)
    const append = keys.at(-1) === ""
    if (append) keys.pop()
    if (keys.includes("")) fail(name, "has an empty [] before the last position")
    if (keys.length - 1 > limits.maxDepth) fail(name, `is nested deeper than ${limits.maxDepth} levels`)
    if (keys.some((key) => FORBIDDEN_KEYS.has(key))) fail(name, "uses a reserved name")
    let target = result
    for (const key of keys.slice(0, -1)) {
      const next: QueryValue | undefined = target[key]
      if (next === undefined) target = target[key] = {}
      else if (isObject(next)) target = next
      else fail(name, `conflicts with another value of '${keys[0]}'`)
    }
    const leaf = keys.at(-1) as string
    const existing = target[leaf]
    if (existing === undefined) target[leaf] = append ? [value] : value
    else if (isObject(existing)) fail(name, `conflicts with another value of '${keys[0]}'`)
    else {
      const values = Array.isArray(existing) ? existing : [existing]
      if (values.length >= limits.maxValues) fail(name, `has more than ${limits.maxValues} values`)
      target[leaf] = [...values, value]
    }
  }
  return result
}
