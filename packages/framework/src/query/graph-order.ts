import { invalidData } from "../errors/factories.js"
import { columnOf } from "../modules/sql/read/metadata-lookup.js"
import { orderDirection, type OrderTerm } from "../modules/sql/read/order-compiler.js"
import { qualified } from "../modules/sql/read/sql-identifiers.js"
import { describeValue, isPlainObject } from "../modules/sql/read/value-shapes.js"
import { assertSameDatabase } from "./cross-database.js"
import { edgeSource } from "./edge-source.js"
import { unknownGraphName } from "./graph-names.js"
import type { GraphEdge, GraphEntity } from "./graph-schema.js"
import type { GraphWhereScope } from "./graph-where.js"

export type { OrderTerm }

function direction(entity: GraphEntity, key: string, value: unknown): string {
  return orderDirection(entity.meta.name, key, value)
}

class OrderCompiler {
  constructor(private readonly scope: GraphWhereScope) {}

  edgeTerms(edge: GraphEdge, alias: string, value: unknown, withDeleted: boolean): OrderTerm[] {
    if (!isPlainObject(value)) {
      throw invalidData(
        `Expected an object to order by "${edge.name}" of ${edge.source.meta.name}, e.g. { ${edge.name}: { id: "ASC" } }, got ${describeValue(value)}`,
      )
    }
    assertSameDatabase(this.scope, edge)
    const child = this.scope.aliases.next()
    const childDeleted = withDeleted && edge.kind === "relation"
    const inner = this.terms(edge.target, child, value, childDeleted)
    // A to-many order sorts that collection where it loads; it does not sort this level.
    if (edge.toMany) return []
    const source = edgeSource(edge, alias, child, childDeleted)
    return inner.map((term) => ({
      expr: `(SELECT ${term.expr} FROM ${source.from} WHERE ${source.where}${source.toOneLimit})`,
      direction: term.direction,
    }))
  }

  terms(entity: GraphEntity, alias: string, order: Record<string, unknown>, withDeleted: boolean): OrderTerm[] {
    const { schema } = this.scope
    const terms: OrderTerm[] = []
    for (const [key, value] of Object.entries(order)) {
      if (value === undefined) continue
      const property = entity.meta.properties.get(key)
      if (property !== undefined && !property.computed) {
        terms.push({ expr: qualified(alias, property.columnName), direction: direction(entity, key, value) })
        continue
      }
      const edge = schema.edges(entity).get(key)
      const shortcut = schema.shortcuts(entity).get(key)
      if (edge !== undefined) terms.push(...this.edgeTerms(edge, alias, value, withDeleted))
      else if (shortcut !== undefined) {
        const [first, ...rest] = shortcut as [string, ...string[]]
        const nested = rest.reduceRight<unknown>((inner, segment) => ({ [segment]: inner }), value)
        terms.push(...this.terms(entity, alias, { [first]: nested }, withDeleted))
      } else if (property !== undefined || schema.computed(entity).has(key)) {
        throw invalidData(`Cannot order by ${entity.meta.name}.${key}: it is computed and has no column to sort on`)
      } else throw unknownGraphName(schema, entity, key, "pagination.order")
    }
    return terms
  }
}

/**
 * The ORDER BY terms of a level: its fields, fields of to-one relations and links (correlated
 * scalar subqueries, so rows are never multiplied and pagination stays exact), then the primary
 * key as the final tie-breaker. Orders nested under to-many names are checked here and sort that
 * collection where it loads.
 *
 * @example
 * compileGraphOrder(scope, product, "r", { brand: { name: "DESC" }, title: "asc" }, false)
 * // [{ expr: '(SELECT q1."name" FROM "brand" AS q1 INNER JOIN ... WHERE q1_l."product_id" = r."id" ... LIMIT 1)', direction: "DESC" },
 * //  { expr: 'r."title"', direction: "ASC" }, { expr: 'r."id"', direction: "ASC" }]
 */
export function compileGraphOrder(
  scope: GraphWhereScope,
  entity: GraphEntity,
  alias: string,
  order: Readonly<Record<string, unknown>> | undefined,
  withDeleted: boolean,
): OrderTerm[] {
  const terms = order === undefined ? [] : new OrderCompiler(scope).terms(entity, alias, order, withDeleted)
  for (const key of entity.meta.primaryKeys) {
    const expr = qualified(alias, columnOf(entity.meta, key))
    if (!terms.some((term) => term.expr === expr)) terms.push({ expr, direction: "ASC" })
  }
  return terms
}

/** `t0."title" ASC, t0."id" ASC` */
export const orderList = (terms: readonly OrderTerm[]): string =>
  terms.map((term) => `${term.expr} ${term.direction}`).join(", ")
