import type { EntityMetadata } from "../../../dml/metadata/types.js"
import type { AffectedIds, Filters, SqlContext } from "../types.js"
import { addTo, affectedIds, walkCascade, type CascadeEdge, type Frontier } from "./cascade.js"
import { rowKey } from "./row-key.js"
import { primaryKeyOf } from "./row-shape.js"
import { selectorWhere } from "./selector-where.js"
import { atomically, ParamList, quoteIdent, run, tableOf, type Statement } from "./statement.js"

/**
 * Soft-deletes the live rows matching a filter, stamping them all with one `clock_timestamp()`
 * (distinct from any earlier soft delete in the same transaction), returned as exact text.
 *
 * @example
 * compileSoftDeleteRoots(registry, BlogPost, { id: ["bp_1"] })
 * // WITH stamp AS (SELECT clock_timestamp() AS at)
 * // UPDATE "blog_post" AS t SET "deleted_at" = stamp.at, "updated_at" = stamp.at FROM stamp
 * //   WHERE (t."id" = ANY($1::text[])) AND t."deleted_at" IS NULL RETURNING t."id", stamp.at::text AS "__stamp"
 */
export function compileSoftDeleteRoots(ctx: SqlContext, entity: EntityMetadata, filter: Filters): Statement {
  const params = new ParamList()
  const where = selectorWhere(ctx.registry, entity, filter, params, false)
  const keys = entity.primaryKeys.map((key) => `t.${quoteIdent(key)}`).join(", ")
  return {
    sql:
      `WITH stamp AS (SELECT clock_timestamp() AS at) UPDATE ${tableOf(entity)} AS t ` +
      `SET "deleted_at" = stamp.at, "updated_at" = stamp.at FROM stamp ` +
      `WHERE (${where}) AND t."deleted_at" IS NULL RETURNING ${keys}, stamp.at::text AS "__stamp"`,
    params: params.values,
  }
}

/**
 * Soft-deletes the live children of a set of parents along one cascade edge, with the parents' stamp.
 *
 * @example
 * compileSoftDeleteChildren(comments, ["bp_1", "bp_2"], "2025-01-01 10:00:00.123456+00")
 * // UPDATE "comment" AS c SET "deleted_at" = $2::timestamptz, "updated_at" = $2::timestamptz
 * //   FROM unnest($1::text[]) AS x(id) WHERE c."blog_post_id" = x.id AND c."deleted_at" IS NULL RETURNING c."id"
 */
export function compileSoftDeleteChildren(edge: CascadeEdge, parentIds: readonly string[], stamp: string): Statement {
  const params = new ParamList()
  const ids = params.add([...parentIds], `${primaryKeyOf(edge.parent).columnType}[]`)
  const at = params.add(stamp, "timestamptz")
  const key = quoteIdent(primaryKeyOf(edge.child).name)
  return {
    sql:
      `UPDATE ${tableOf(edge.child)} AS c SET "deleted_at" = ${at}, "updated_at" = ${at} ` +
      `FROM unnest(${ids}) AS x(id)${edge.from} WHERE ${edge.match} AND c."deleted_at" IS NULL RETURNING c.${key}`,
    params: params.values,
  }
}

/**
 * Soft-deletes the live rows matching `filter` and, along `.cascades({ delete })`, their live
 * children, recursively: one statement for the roots and one per cascading relation and level,
 * every row stamped with the same `deleted_at`. Children already soft-deleted keep their own stamp,
 * which is what lets `restoreRows` bring back exactly this cascade.
 *
 * @example
 * await softDeleteRows(ctx, "BlogPost", { id: ["bp_1", "bp_2"] })
 * // WITH stamp AS (SELECT clock_timestamp() AS at) UPDATE "blog_post" AS t SET "deleted_at" = stamp.at ... RETURNING t."id", ...
 * // UPDATE "comment" AS c SET "deleted_at" = $2::timestamptz ... FROM unnest($1::text[]) AS x(id) WHERE c."blog_post_id" = x.id ...
 * // -> { BlogPost: ["bp_1", "bp_2"], Comment: ["com_1", "com_2", "com_3"] }
 */
export async function softDeleteRows(ctx: SqlContext, entityName: string, filter: Filters): Promise<AffectedIds> {
  const entity = ctx.registry.get(entityName)
  const work = async (tx: SqlContext): Promise<AffectedIds> => {
    const roots = await run(tx, compileSoftDeleteRoots(tx, entity, filter))
    const stamp = roots[0]?.["__stamp"]
    if (typeof stamp !== "string") return {}
    const frontier: Frontier<true> = new Map()
    for (const row of roots) addTo(frontier, entity.name, rowKey(entity, row), true)
    const touched = await walkCascade(tx.registry, frontier, async (edge, parents) => {
      const rows = await run(tx, compileSoftDeleteChildren(edge, [...parents.keys()], stamp))
      return rows.map((row) => [String(row[primaryKeyOf(edge.child).name]), true] as [string, true])
    })
    return affectedIds(touched)
  }
  return entity.cascadeDelete.length === 0 ? work(ctx) : atomically(ctx, work)
}
