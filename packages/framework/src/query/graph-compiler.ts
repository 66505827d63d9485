import { qualified, quoteIdent } from "../modules/sql/read/sql-identifiers.js"
import { assertSameDatabase } from "./cross-database.js"
import { edgeSource } from "./edge-source.js"
import { childrenIn, type PlanChild, type PlanComputed, type PlanNode } from "./graph-plan.js"
import { jsonSlots, type JsonSlot, type SelectOptions } from "./json-slots.js"
import { compileGraphOrder, orderList } from "./graph-order.js"
import type { GraphWhereScope } from "./graph-where.js"

/** PostgreSQL functions take at most 100 arguments: longer rows concatenate jsonb arrays of 100. */
const VALUES_PER_ARRAY = 100

function computedExpression(scope: GraphWhereScope, node: PlanNode, computed: PlanComputed, alias: string): string {
  const sql = computed.definition.compile({
    alias,
    context: computed.context,
    params: scope.params,
    registry: node.entity.registry,
  })
  return `(${sql})`
}

function slotExpression(scope: GraphWhereScope, node: PlanNode, slot: JsonSlot, alias: string, options: SelectOptions) {
  if (slot.kind === "column") return qualified(alias, slot.property.columnName)
  if (slot.kind === "computed") return computedExpression(scope, node, slot.computed, alias)
  return childExpression(scope, slot.child, alias, options)
}

/** One nested row as a JSON array of its slots' values (`jsonSlots` gives the keys back on hydration). */
function arrayExpression(scope: GraphWhereScope, node: PlanNode, alias: string, options: SelectOptions): string {
  const values = jsonSlots(node, options).map((slot) => slotExpression(scope, node, slot, alias, options))
  if (values.length <= VALUES_PER_ARRAY) return `json_build_array(${values.join(", ")})`
  const chunks: string[] = []
  for (let start = 0; start < values.length; start += VALUES_PER_ARRAY) {
    chunks.push(`jsonb_build_array(${values.slice(start, start + VALUES_PER_ARRAY).join(", ")})`)
  }
  return `(${chunks.join(" || ")})::json`
}

/**
 * A correlated subquery returning one loaded relation or link as JSON: a row array (or NULL) for a
 * to-one edge, an array of row arrays (`[]` when empty) for a to-many one, sorted by its nested
 * order then its primary key. Deeper levels nest as further subqueries, so the tree stays one
 * statement and each root row stays one row.
 *
 * @example
 * childExpression(scope, variantsChild, "t0", options)
 * // (SELECT coalesce(json_agg(json_build_array(q2."id", q2."sku") ORDER BY q2."id" ASC), '[]'::json)
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
  const row = arrayExpression(scope, child.node, alias, options)
  if (!child.edge.toMany) return `(SELECT ${row} FROM ${source.from} WHERE ${source.where}${source.toOneLimit})`
  const order = orderList(compileGraphOrder(scope, child.node.entity, alias, child.node.order, child.node.withDeleted))
  return `(SELECT coalesce(json_agg(${row} ORDER BY ${order}), '[]'::json) FROM ${source.from} WHERE ${source.where})`
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
  const columns = options.withHiddenColumns ? [...node.columns, ...node.hiddenColumns] : node.columns
  const list = columns.map((property) => {
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
