import { invalidData } from "../../errors/factories.js"
import type { OrderBy } from "../types.js"
import { isFieldAllowed } from "./query-fields.js"

const FIELD = /^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$/

function fail(problem: string): never {
  throw invalidData(`Invalid request: query parameter 'order': ${problem}`)
}

/**
 * `order=-created_at,title` -> `{ created_at: "DESC", title: "ASC" }`; relation fields nest
 * (`variants.sku` -> `{ variants: { sku: "ASC" } }`). Every field must be allowed.
 *
 * @example
 * parseOrder("-created_at", ["id", "created_at"]) // { created_at: "DESC" }
 */
export function parseOrder(input: string | undefined, allowed: readonly string[]): OrderBy | undefined {
  if (input === undefined || input.trim() === "") return undefined
  const order: OrderBy = {}
  const seen = new Set<string>()
  for (const raw of input
    .split(",")
    .map((token) => token.trim())
    .filter((token) => token !== "")) {
    const descending = raw.startsWith("-")
    const field = raw.replace(/^[-+]/, "")
    if (!FIELD.test(field)) fail(`'${raw}' is not a field name; use field or -field`)
    if (!isFieldAllowed(field, allowed))
      fail(`'${field}' is not a sortable field (allowed: ${allowed.filter((f) => f !== "*").join(", ")})`)
    if (seen.has(field)) fail(`'${field}' appears twice`)
    seen.add(field)
    const path = field.split(".")
    let target = order
    for (const part of path.slice(0, -1)) {
      const next = target[part]
      if (typeof next === "string") fail(`'${field}' conflicts with '${part}'`)
      target = (next as OrderBy | undefined) ?? (target[part] = {})
    }
    const leaf = path.at(-1) as string
    if (typeof target[leaf] === "object") fail(`'${field}' conflicts with a nested order on it`)
    target[leaf] = descending ? "DESC" : "ASC"
  }
  return order
}
