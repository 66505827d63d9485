import type { EntityMetadata, ModelRegistry, RelationMetadata } from "../../../dml/metadata/types.js"
import { invalidData } from "../../../errors/factories.js"
import type { Filters } from "../types.js"
import { AliasGenerator } from "./aliases.js"
import { compileFieldCondition, FIELD_OPERATORS } from "./field-condition.js"
import { compileFreeText } from "./free-text.js"
import { requireEntity, unknownField } from "./metadata-lookup.js"
import { relationSource } from "./relation-source.js"
import { conjunction, softDeleteGuard } from "./soft-delete.js"
import { describeValue, isPlainObject } from "./value-shapes.js"
import { group, type WhereScope } from "./where-scope.js"

const LOGICAL = ["$and", "$or", "$not"]
const OPERATOR_SET: ReadonlySet<string> = new Set(FIELD_OPERATORS)

function filterObject(meta: EntityMetadata, value: unknown, where: string): Record<string, unknown> {
  if (!isPlainObject(value)) {
    throw invalidData(`Expected an object of filters on ${meta.name}${where}, got ${describeValue(value)}`)
  }
  return value
}

function logical(scope: WhereScope, meta: EntityMetadata, alias: string, key: string, value: unknown): string {
  if (key === "$not") {
    const negated = conditions(scope, meta, alias, filterObject(meta, value, " in $not"), false)
    return `NOT (${conjunction(negated)})`
  }
  if (!Array.isArray(value)) throw invalidData(`Expected array for ${key} but got ${describeValue(value)}`)
  const parts = value.map((item) => {
    const inner = conditions(scope, meta, alias, filterObject(meta, item, ` in ${key}`), false)
    return inner.length > 1 ? `(${inner.join(" AND ")})` : conjunction(inner)
  })
  return key === "$or" ? group(parts, "OR", "FALSE") : group(parts, "AND", "TRUE")
}

function exists(
  scope: WhereScope,
  meta: EntityMetadata,
  alias: string,
  relation: RelationMetadata,
  filters: Filters,
): string {
  const target = requireEntity(scope.registry, relation.target)
  const child = scope.aliases.next()
  const source = relationSource(meta, target, relation, alias, child)
  const nested = conditions(scope, target, child, filters, false)
  const where = conjunction([source.join, softDeleteGuard(target, child, scope.withDeleted), ...nested])
  return `EXISTS (SELECT 1 FROM ${source.from} WHERE ${where})`
}

function relationCondition(
  scope: WhereScope,
  meta: EntityMetadata,
  alias: string,
  relation: RelationMetadata,
  value: unknown,
): string {
  const target = requireEntity(scope.registry, relation.target)
  const targetKey = target.primaryKeys[0] as string
  const isOperatorMap = isPlainObject(value) && Object.keys(value).some((key) => OPERATOR_SET.has(key))
  if (value === null || !isPlainObject(value) || isOperatorMap) {
    // `{ author: "au_1" }`, `{ author: ["au_1"] }`, `{ author: { $in: [...] } }`, `{ author: null }`
    const foreignKey =
      relation.owner && relation.kind !== "manyToMany" ? meta.properties.get(relation.foreignKey) : undefined
    if (foreignKey !== undefined) return compileFieldCondition(scope, meta, alias, foreignKey, value)
    if (value === null) return `NOT ${exists(scope, meta, alias, relation, {})}`
    return exists(scope, meta, alias, relation, { [targetKey]: value })
  }
  return exists(scope, meta, alias, relation, value)
}

function conditions(
  scope: WhereScope,
  meta: EntityMetadata,
  alias: string,
  filters: Record<string, unknown>,
  root: boolean,
): string[] {
  const parts: string[] = []
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined) continue
    const property = meta.properties.get(key)
    if (property !== undefined) {
      parts.push(compileFieldCondition(scope, meta, alias, property, value))
      continue
    }
    const relation = meta.relations.get(key)
    if (relation !== undefined) {
      parts.push(relationCondition(scope, meta, alias, relation, value))
    } else if (LOGICAL.includes(key)) {
      parts.push(logical(scope, meta, alias, key, value))
    } else if (key === "q" && root) {
      const text = compileFreeText(scope, meta, alias, value)
      if (text !== undefined) parts.push(text)
    } else if (key.startsWith("$")) {
      throw invalidData(
        `Unknown operator "${key}" in filters on ${meta.name}; allowed here: ${LOGICAL.join(", ")} (field operators such as ${FIELD_OPERATORS.slice(0, 4).join(", ")} go inside a field: { field: { $in: [...] } })`,
      )
    } else {
      throw unknownField(meta, key, "filters", true)
    }
  }
  return parts.filter((part) => part !== "TRUE")
}

/**
 * Compiles filters on `entity` (table alias `alias`) into a predicate with `$n` placeholders,
 * appending the values to `params`. Includes the soft-delete guard unless `withDeleted`
 * (relation filters too). Field and relation names are resolved against the model: anything
 * unknown is an `invalid_data` error, so user keys never reach SQL.
 *
 * @example
 * const params: unknown[] = []
 * compileWhere(registry, "BlogPost", { status: ["draft", "published"], comments: { body: { $ilike: "%hi%" } } }, "t0", params)
 * // t0."deleted_at" IS NULL AND t0."status" = ANY($1) AND EXISTS (SELECT 1 FROM "comment" AS w1
 * //   WHERE w1."blog_post_id" = t0."id" AND w1."deleted_at" IS NULL AND w1."body" ILIKE $2)
 * // params: [["draft", "published"], "%hi%"]
 */
export function compileWhere(
  registry: ModelRegistry,
  entity: string,
  filters: Filters,
  alias: string,
  params: unknown[],
  options: { withDeleted?: boolean } = {},
): string {
  const meta = requireEntity(registry, entity)
  const withDeleted = options.withDeleted === true
  const scope: WhereScope = { registry, params, aliases: new AliasGenerator("w", alias), withDeleted }
  const body = conditions(scope, meta, alias, filterObject(meta, filters ?? {}, ""), true)
  return conjunction([softDeleteGuard(meta, alias, withDeleted), ...body])
}
