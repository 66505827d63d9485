import type { EntityMetadata, ModelRegistry, RelationMetadata } from "../../../dml/metadata/types.js"
import { invalidData } from "../../../errors/factories.js"
import type { OrderBy } from "../types.js"
import type { AliasGenerator } from "./aliases.js"
import { columnOf, isToMany, requireEntity, unknownField } from "./metadata-lookup.js"
import { relationSource } from "./relation-source.js"
import { conjunction, softDeleteGuard } from "./soft-delete.js"
import { qualified } from "./sql-identifiers.js"
import { describeValue, isPlainObject } from "./value-shapes.js"

/** What order compilation needs besides the order itself. */
export interface OrderScope {
  readonly registry: ModelRegistry
  readonly aliases: AliasGenerator
  readonly withDeleted: boolean
}

/** One ORDER BY term: an expression and a fixed direction keyword. */
export interface OrderTerm {
  readonly expr: string
  readonly direction: string
}

/** Accepted directions (case-insensitive) and the fixed SQL each becomes: user text never reaches SQL. */
const DIRECTIONS: Readonly<Record<string, string>> = {
  asc: "ASC",
  desc: "DESC",
  "asc nulls first": "ASC NULLS FIRST",
  "asc nulls last": "ASC NULLS LAST",
  "desc nulls first": "DESC NULLS FIRST",
  "desc nulls last": "DESC NULLS LAST",
}

/** The SQL of an order direction given for `entityName.field`; anything but the known keywords is invalid_data. */
export function orderDirection(entityName: string, field: string, value: unknown): string {
  const sql = typeof value === "string" ? DIRECTIONS[value.trim().toLowerCase().replace(/\s+/g, " ")] : undefined
  if (sql === undefined) {
    throw invalidData(
      `Invalid order direction ${describeValue(value)} for ${entityName}.${field}; allowed: ${Object.values(DIRECTIONS).join(", ")}`,
    )
  }
  return sql
}

function direction(meta: EntityMetadata, field: string, value: unknown): string {
  return orderDirection(meta.name, field, value)
}

/**
 * ` ORDER BY <pk>` for an inverse hasOne, whose target may hold several rows (deleted ones
 * included): the first by primary key wins, in both strategies. Empty for other relations.
 *
 * @example
 * toOneOrder(coverMeta, postMeta.relations.get("cover"), "t1") // ' ORDER BY t1."id" ASC'
 */
export function toOneOrder(target: EntityMetadata, relation: RelationMetadata, alias: string): string {
  if (relation.kind !== "hasOne" || relation.owner) return ""
  return ` ORDER BY ${target.primaryKeys.map((key) => `${qualified(alias, columnOf(target, key))} ASC`).join(", ")}`
}

/** `toOneOrder` plus ` LIMIT 1`, for a to-one relation read as a scalar subquery. */
export function toOneLimit(target: EntityMetadata, relation: RelationMetadata, alias: string): string {
  const order = toOneOrder(target, relation, alias)
  return order === "" ? "" : `${order} LIMIT 1`
}

function relationTerms(
  scope: OrderScope,
  meta: EntityMetadata,
  alias: string,
  relation: RelationMetadata,
  value: unknown,
): OrderTerm[] {
  if (!isPlainObject(value)) {
    throw invalidData(
      `Expected an object to order by the relation "${relation.name}" of ${meta.name}, e.g. { ${relation.name}: { id: "ASC" } }, got ${describeValue(value)}`,
    )
  }
  const target = requireEntity(scope.registry, relation.target)
  const child = scope.aliases.next()
  const inner = orderTerms(scope, target, child, value)
  // A to-many order sorts that collection where it is loaded; it does not sort this level.
  if (isToMany(relation)) return []
  const source = relationSource(meta, target, relation, alias, child)
  const where = conjunction([source.join, softDeleteGuard(target, child, scope.withDeleted)])
  const limit = toOneLimit(target, relation, child)
  return inner.map((term) => ({
    expr: `(SELECT ${term.expr} FROM ${source.from} WHERE ${where}${limit})`,
    direction: term.direction,
  }))
}

function orderTerms(
  scope: OrderScope,
  meta: EntityMetadata,
  alias: string,
  order: Readonly<Record<string, unknown>>,
): OrderTerm[] {
  const terms: OrderTerm[] = []
  for (const [key, value] of Object.entries(order)) {
    if (value === undefined) continue
    const property = meta.properties.get(key)
    if (property !== undefined) {
      if (property.computed) throw invalidData(`Cannot order by ${meta.name}.${key}: it is computed and has no column`)
      terms.push({ expr: qualified(alias, property.columnName), direction: direction(meta, key, value) })
      continue
    }
    const relation = meta.relations.get(key)
    if (relation === undefined) throw unknownField(meta, key, "order", true)
    terms.push(...relationTerms(scope, meta, alias, relation, value))
  }
  return terms
}

/**
 * Compiles the ORDER BY list of one level: fields, to-one relation fields (as correlated
 * subqueries, soft-deleted targets sorting as NULL) and the primary key as the final tie-breaker
 * (the whole order when `order` is empty). Nested orders of to-many relations are validated here
 * and applied where that collection loads.
 *
 * @example
 * compileOrderBy(scope, postMeta, "t0", { author: { name: "DESC" }, title: "asc" })
 * // (SELECT t1."name" FROM "author" AS t1 WHERE t1."id" = t0."author_id" AND t1."deleted_at" IS NULL) DESC,
 * // t0."title" ASC, t0."id" ASC
 */
export function compileOrderBy(
  scope: OrderScope,
  meta: EntityMetadata,
  alias: string,
  order: OrderBy | undefined,
): string {
  const terms = order === undefined ? [] : orderTerms(scope, meta, alias, order)
  for (const key of meta.primaryKeys) {
    const expr = qualified(alias, columnOf(meta, key))
    if (!terms.some((term) => term.expr === expr)) terms.push({ expr, direction: "ASC" })
  }
  return terms.map((term) => `${term.expr} ${term.direction}`).join(", ")
}
