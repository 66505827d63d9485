import type { EntityMetadata } from "../dml/metadata/types.js"
import { invalidData } from "../errors/factories.js"
import type { Filters } from "./sql/types.js"

/**
 * Medusa's id argument forms as a filter: a string is a primary key, an array of strings a list of
 * them, an object a filter, an array of objects an `$or` of filters.
 *
 * @example
 * idsToFilter(post, ["bp_1", "bp_2"]) // { id: ["bp_1", "bp_2"] }
 */
export function idsToFilter(entity: EntityMetadata, ids: unknown): Filters {
  const pk = entity.primaryKeys[0] ?? "id"
  const items = Array.isArray(ids) ? ids : [ids]
  if (items.length === 0) return { [pk]: [] }
  if (items.every((item) => typeof item === "string")) return { [pk]: items }
  if (items.every((item) => typeof item === "object" && item !== null && !Array.isArray(item))) {
    return items.length === 1 ? (items[0] as Filters) : { $or: items as Filters[] }
  }
  throw invalidData(
    `${entity.name} ids must be a string, an array of strings, a filter object or an array of filter objects; got ${describe(ids)}`,
  )
}

export function describe(value: unknown): string {
  if (value === null) return "null"
  if (Array.isArray(value)) return "an array of mixed values"
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)}`
}
