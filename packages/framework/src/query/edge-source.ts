import { columnOf } from "../modules/sql/read/metadata-lookup.js"
import { toOneLimit } from "../modules/sql/read/order-compiler.js"
import { relationSource } from "../modules/sql/read/relation-source.js"
import { conjunction, softDeleteGuard } from "../modules/sql/read/soft-delete.js"
import { qualified, quoteIdent } from "../modules/sql/read/sql-identifiers.js"
import type { GraphEdge } from "./graph-schema.js"

/** How to reach an edge's target rows (alias `child`) from a parent row (alias `parent`). */
export interface EdgeSource {
  /** FROM clause: the target table, joined to the live link rows for a link table. */
  readonly from: string
  /** Correlation to the parent plus the target's soft-delete guard. */
  readonly where: string
  /** ` ORDER BY ... LIMIT 1` that makes a to-one edge return one row, or "". */
  readonly toOneLimit: string
}

/**
 * The FROM clause and correlated WHERE of an edge, shared by the select, filter and order
 * compilers. Link rows are always live ones; the target's soft-deleted rows are excluded unless
 * `withDeleted`.
 *
 * @example
 * edgeSource(productBrandEdge, "t0", "q1", false)
 * // { from: '"brand" AS q1 INNER JOIN "product_product_brand_brand" AS q1_l ON q1_l."brand_id" = q1."id" AND q1_l."deleted_at" IS NULL',
 * //   where: 'q1_l."product_id" = t0."id" AND q1."deleted_at" IS NULL', toOneLimit: ' ORDER BY q1."id" ASC LIMIT 1' }
 */
export function edgeSource(edge: GraphEdge, parent: string, child: string, withDeleted: boolean): EdgeSource {
  const target = edge.target.meta
  const guard = softDeleteGuard(target, child, withDeleted)
  const firstByKey = ` ORDER BY ${target.primaryKeys.map((key) => `${qualified(child, columnOf(target, key))} ASC`).join(", ")} LIMIT 1`
  const table = `${quoteIdent(target.tableName)} AS ${child}`
  switch (edge.kind) {
    case "relation": {
      const source = relationSource(edge.source.meta, target, edge.relation, parent, child)
      return {
        from: source.from,
        where: conjunction([source.join, guard]),
        toOneLimit: toOneLimit(target, edge.relation, child),
      }
    }
    case "linkTable": {
      const link = `${child}_l`
      const targetKey = qualified(child, columnOf(target, target.primaryKeys[0] as string))
      const sourceKey = qualified(parent, columnOf(edge.source.meta, edge.source.meta.primaryKeys[0] as string))
      return {
        from: `${table} INNER JOIN ${quoteIdent(edge.table)} AS ${link} ON ${qualified(link, edge.targetColumn)} = ${targetKey} AND ${qualified(link, "deleted_at")} IS NULL`,
        where: conjunction([`${qualified(link, edge.sourceColumn)} = ${sourceKey}`, guard]),
        toOneLimit: edge.toMany ? "" : firstByKey,
      }
    }
    case "columnLink": {
      const join = `${qualified(child, columnOf(target, edge.targetKey))} = ${qualified(parent, columnOf(edge.source.meta, edge.sourceKey))}`
      return { from: table, where: conjunction([join, guard]), toOneLimit: edge.toMany ? "" : firstByKey }
    }
  }
}
