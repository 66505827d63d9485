import { qualified, quoteIdent, stringLiteral } from "../modules/sql/read/sql-identifiers.js"
import { assertSameDatabase } from "./cross-database.js"
import { edgeSource } from "./edge-source.js"
import { childrenIn, type PlanChild, type PlanComputed, type PlanNode } from "./graph-plan.js"
import { compileGraphOrder, orderList } from "./graph-order.js"
import type { GraphWhereScope } from "./graph-where.js"

/** How a level's select list compiles. */
export interface SelectOptions {
  /** Compile links as subqueries (one statement), or leave them to the in-memory executor. */
  readonly followLinks: boolean
  /** Also return `hiddenColumns` (the in-memory executor joins on them). */
  readonly withHiddenColumns: boolean
}

/** PostgreSQL functions take at most 100 arguments: 50 key/value pairs per json_build_object. */
const PAIRS_PER_OBJECT = 50

function computedExpression(scope: GraphWhereScope, node: PlanNode, computed: PlanComputed, alias: string): string {
  const sql = computed.definition.compile({
    alias,
    context: computed.context,
    params: scope.params,
    registry: node.entity.registry,
  })
  return `(${sql})`
}

function columnsOf(node: PlanNode, options: SelectOptions) {
  return options.withHiddenColumns ? [...node.columns, ...node.hiddenColumns] : node.columns
}

function objectExpression(scope: GraphWhereScope, node: PlanNode, alias: string, options: SelectOptions): string {
  const pairs = columnsOf(node, options).map(
    (property) => `${stringLiteral(property.name)}, ${qualified(alias, property.columnName)}`,
  )
  for (const computed of node.computed) {
    pairs.push(`${stringLiteral(computed.definition.name)}, ${computedExpression(scope, node, computed, alias)}`)
  }
  for (const child of childrenIn(node, options.followLinks)) {
    pairs.push(`${stringLiteral(child.name)}, ${childExpression(scope, child, alias, options)}`)
  }
  if (pairs.length <= PAIRS_PER_OBJECT) return `json_build_object(${pairs.join(", ")})`
  const chunks: string[] = []
  for (let start = 0; start < pairs.length; start += PAIRS_PER_OBJECT) {
    chunks.push(`jsonb_build_object(${pairs.slice(start, start + PAIRS_PER_OBJECT).join(", ")})`)
  }
  return `(${chunks.join(" || ")})::json`
}

/**
 * A correlated subquery returning one loaded relation or link as JSON: an object (or NULL) for a
 * to-one edge, an array (`[]` when empty) for a to-many one, sorted by its nested order then its
 * primary key. Deeper levels nest as further subqueries, so the tree stays one statement and each
 * root row stays one row.
 *
 * @example
 * childExpression(scope, variantsChild, "t0", options)
 * // (SELECT coalesce(json_agg(json_build_object('id', q2."id", 'sku', q2."sku") ORDER BY q2."id" ASC), '[]'::json)
 * //  FROM "product_variant" AS q2 WHERE q2."product_id" = t0."id" AND q2."deleted_at" IS NULL)
 */
export function childExpression(
  scope: GraphWhereScope,
  child: PlanChild,
  parentAlias: string,
  options: SelectOptions,
): string {
  assertSameDatabase(scope, child.edge)
  const alias = scope.aliases.next()
  const source = edgeSource(child.edge, parentAlias, alias, child.node.withDeleted)
  const object = objectExpression(scope, child.node, alias, options)
  if (!child.edge.toMany) return `(SELECT ${object} FROM ${source.from} WHERE ${source.where}${source.toOneLimit})`
  const order = orderList(compileGraphOrder(scope, child.node.entity, alias, child.node.order, child.node.withDeleted))
  return `(SELECT coalesce(json_agg(${object} ORDER BY ${order}), '[]'::json) FROM ${source.from} WHERE ${source.where})`
}

/**
 * The select list of the root level: its columns as columns (PostgreSQL types them), then one
 * expression per computed field and per loaded relation or link, named after it.
 *
 * @example
 * rootSelectList(scope, plan, "t0", options)
 * // ['t0."id"', 't0."title"', '(SELECT coalesce(json_agg(...), \'[]\'::json) FROM ...) AS "variants"']
 */
export function rootSelectList(
  scope: GraphWhereScope,
  node: PlanNode,
  alias: string,
  options: SelectOptions,
): string[] {
  const list = columnsOf(node, options).map((property) => {
    const column = qualified(alias, property.columnName)
    return property.columnName === property.name ? column : `${column} AS ${quoteIdent(property.name)}`
  })
  for (const computed of node.computed) {
    list.push(`${computedExpression(scope, node, computed, alias)} AS ${quoteIdent(computed.definition.name)}`)
  }
  for (const child of childrenIn(node, options.followLinks)) {
    list.push(`${childExpression(scope, child, alias, options)} AS ${quoteIdent(child.name)}`)
  }
  return list
}
