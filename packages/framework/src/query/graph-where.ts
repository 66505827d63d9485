import type { DatabaseGroup } from "../app/module-graph.js"
import { invalidData } from "../errors/factories.js"
import type { AliasGenerator } from "../modules/sql/read/aliases.js"
import { compileFieldCondition, FIELD_OPERATORS } from "../modules/sql/read/field-condition.js"
import { compileFreeText } from "../modules/sql/read/free-text.js"
import { conjunction, softDeleteGuard } from "../modules/sql/read/soft-delete.js"
import { describeValue, isPlainObject } from "../modules/sql/read/value-shapes.js"
import { group, type WhereScope } from "../modules/sql/read/where-scope.js"
import { assertSameDatabase } from "./cross-database.js"
import { edgeSource } from "./edge-source.js"
import { unknownGraphName } from "./graph-names.js"
import type { GraphEdge, GraphEntity, GraphSchema } from "./graph-schema.js"

/** State of one filter compilation: bound values and fresh aliases, shared with the rest of the statement. */
export interface GraphWhereScope {
  readonly schema: GraphSchema
  readonly params: unknown[]
  readonly aliases: AliasGenerator
  /** The database the statement runs on: an edge leaving it throws `CrossDatabaseEdge`. */
  readonly database?: DatabaseGroup
}

const LOGICAL = ["$and", "$or", "$not"]
const OPERATORS: ReadonlySet<string> = new Set(FIELD_OPERATORS)

function objectOf(entity: GraphEntity, value: unknown, where: string): Record<string, unknown> {
  if (!isPlainObject(value)) {
    throw invalidData(`Expected an object of filters on ${entity.meta.name}${where}, got ${describeValue(value)}`)
  }
  return value
}

function moduleScope(scope: GraphWhereScope, entity: GraphEntity, withDeleted: boolean): WhereScope {
  return { registry: entity.registry, params: scope.params, aliases: scope.aliases, withDeleted }
}

function hasConditions(value: Record<string, unknown>): boolean {
  return Object.values(value).some((item) => item !== undefined)
}

class WhereCompiler {
  constructor(private readonly scope: GraphWhereScope) {}

  exists(edge: GraphEdge, alias: string, filters: Record<string, unknown>, withDeleted: boolean): string {
    assertSameDatabase(this.scope, edge)
    const child = this.scope.aliases.next()
    const childDeleted = withDeleted && edge.kind === "relation"
    const source = edgeSource(edge, alias, child, childDeleted)
    const nested = this.conditions(edge.target, child, filters, childDeleted, false)
    return `EXISTS (SELECT 1 FROM ${source.from} WHERE ${conjunction([source.where, ...nested])})`
  }

  edge(edge: GraphEdge, alias: string, value: unknown, withDeleted: boolean): string {
    const target = edge.target.meta
    if (isPlainObject(value) && !Object.keys(value).some((key) => OPERATORS.has(key))) {
      // `{ brand: { name: "Acme" } }`; an object whose conditions are all undefined restricts nothing.
      return hasConditions(value) ? this.exists(edge, alias, value, withDeleted) : "TRUE"
    }
    // `{ brand: "b_1" }`, `{ brand: ["b_1"] }`, `{ brand: { $in: [...] } }`, `{ brand: null }`: on the target's key.
    if (edge.kind === "relation" && edge.relation.owner && edge.relation.kind !== "manyToMany") {
      const foreignKey = edge.source.meta.properties.get(edge.relation.foreignKey)
      if (foreignKey !== undefined) {
        return compileFieldCondition(
          moduleScope(this.scope, edge.source, withDeleted),
          edge.source.meta,
          alias,
          foreignKey,
          value,
        )
      }
    }
    if (value === null) return `NOT ${this.exists(edge, alias, {}, withDeleted)}`
    return this.exists(edge, alias, { [target.primaryKeys[0] as string]: value }, withDeleted)
  }

  logical(entity: GraphEntity, alias: string, key: string, value: unknown, withDeleted: boolean): string {
    if (key === "$not") {
      return `NOT (${conjunction(this.conditions(entity, alias, objectOf(entity, value, " in $not"), withDeleted, false))})`
    }
    if (!Array.isArray(value)) throw invalidData(`Expected an array for ${key}, got ${describeValue(value)}`)
    const parts = value.map((item) => {
      const inner = this.conditions(entity, alias, objectOf(entity, item, ` in ${key}`), withDeleted, false)
      return inner.length > 1 ? `(${inner.join(" AND ")})` : conjunction(inner)
    })
    return key === "$or" ? group(parts, "OR", "FALSE") : group(parts, "AND", "TRUE")
  }

  shortcut(entity: GraphEntity, alias: string, path: readonly string[], value: unknown, withDeleted: boolean): string {
    const [first, ...rest] = path as [string, ...string[]]
    const nested = rest.reduceRight<unknown>((inner, segment) => ({ [segment]: inner }), value)
    return conjunction(this.conditions(entity, alias, { [first]: nested }, withDeleted, false))
  }

  conditions(
    entity: GraphEntity,
    alias: string,
    filters: Record<string, unknown>,
    withDeleted: boolean,
    root: boolean,
  ): string[] {
    const { schema } = this.scope
    const parts: string[] = []
    for (const [key, value] of Object.entries(filters)) {
      if (value === undefined) continue
      const property = entity.meta.properties.get(key)
      if (property !== undefined) {
        parts.push(
          compileFieldCondition(moduleScope(this.scope, entity, withDeleted), entity.meta, alias, property, value),
        )
        continue
      }
      const edge = schema.edges(entity).get(key)
      const shortcut = schema.shortcuts(entity).get(key)
      if (edge !== undefined) parts.push(this.edge(edge, alias, value, withDeleted))
      else if (shortcut !== undefined) parts.push(this.shortcut(entity, alias, shortcut, value, withDeleted))
      else if (schema.computed(entity).has(key)) {
        throw invalidData(
          `Cannot filter on ${entity.meta.name}.${key}: it is computed per request and is not filterable; filter on stored fields, relations or links instead`,
        )
      } else if (LOGICAL.includes(key)) parts.push(this.logical(entity, alias, key, value, withDeleted))
      else if (key === "q" && root) {
        const text = compileFreeText(moduleScope(this.scope, entity, withDeleted), entity.meta, alias, value)
        if (text !== undefined) parts.push(text)
      } else if (key.startsWith("$")) {
        throw invalidData(
          `Unknown operator "${key.slice(0, 50)}" in filters on ${entity.meta.name}; allowed here: ${LOGICAL.join(", ")}; field operators (${FIELD_OPERATORS.join(", ")}) go inside a field`,
        )
      } else throw unknownGraphName(schema, entity, key, "filters")
    }
    return parts.filter((part) => part !== "TRUE")
  }
}

/**
 * Compiles `query.graph` filters on `entity` (alias `alias`) into a predicate with bound values:
 * fields as the module engine does (same operators and checks), relations and links (both sides,
 * read-only ones too) as correlated EXISTS, so a condition on a to-many side keeps the roots that
 * have at least one match and never multiplies them. Includes the soft-delete guard of `alias`;
 * links and linked rows are always live ones. Names resolve against the schema: unknown keys are
 * `invalid_data` errors and never reach SQL.
 *
 * @example
 * compileGraphWhere(scope, product, "r", { status: "published", brand: { name: "Acme" } }, false)
 * // r."deleted_at" IS NULL AND r."status" = $1 AND EXISTS (SELECT 1 FROM "brand" AS q1
 * //   INNER JOIN "product_product_brand_brand" AS q1_l ON q1_l."brand_id" = q1."id" AND q1_l."deleted_at" IS NULL
 * //   WHERE q1_l."product_id" = r."id" AND q1."deleted_at" IS NULL AND q1."name" = $2)
 */
export function compileGraphWhere(
  scope: GraphWhereScope,
  entity: GraphEntity,
  alias: string,
  filters: unknown,
  withDeleted: boolean,
): string {
  const body = new WhereCompiler(scope).conditions(
    entity,
    alias,
    objectOf(entity, filters ?? {}, ""),
    withDeleted,
    true,
  )
  return conjunction([softDeleteGuard(entity.meta, alias, withDeleted), ...body])
}
