import type { EntityMetadata, ModelRegistry } from "../../../dml/metadata/types.js"
import { compileWhere } from "../read/index.js"
import type { Filters } from "../types.js"
import { isPlainObject, primaryKeyOf } from "./row-shape.js"
import { quoteIdent, type ParamList } from "./statement.js"

/** The ids of a filter that only names primary keys (`{ id }`, `{ id: [...] }`, `{ id: { $in } }`). */
export function primaryKeyList(entity: EntityMetadata, filters: Filters): string[] | undefined {
  if (entity.primaryKeys.length !== 1) return undefined
  const keys = Object.keys(filters)
  const pk = primaryKeyOf(entity).name
  if (keys.length !== 1 || keys[0] !== pk) return undefined
  const value = filters[pk]
  const list = isPlainObject(value) && Object.keys(value).length === 1 ? value["$in"] : value
  if (typeof list === "string") return [list]
  if (Array.isArray(list) && list.every((item) => typeof item === "string")) return list
  return undefined
}

/**
 * The WHERE predicate of a write's selector on table alias `t`: primary-key filters compile here
 * to `= ANY($n)`, anything else goes through the read engine's filter compiler.
 *
 * @example
 * selectorWhere(registry, BlogPost, { id: ["bp_1", "bp_2"] }, params, true) // t."id" = ANY($1::text[])
 * selectorWhere(registry, BlogPost, { status: "draft" }, params, false)     // t."status" = $1 AND t."deleted_at" IS NULL
 */
export function selectorWhere(
  registry: ModelRegistry,
  entity: EntityMetadata,
  filters: Filters,
  params: ParamList,
  withDeleted: boolean,
): string {
  const ids = primaryKeyList(entity, filters)
  if (ids !== undefined) {
    const pk = primaryKeyOf(entity)
    return `t.${quoteIdent(pk.columnName)} = ANY(${params.add(ids, `${pk.columnType}[]`)})`
  }
  const where = compileWhere(registry, entity.name, filters, "t", params.values, { withDeleted })
  return where.trim() === "" ? "TRUE" : where
}
