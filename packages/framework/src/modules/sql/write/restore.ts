import type { EntityMetadata } from "../../../dml/metadata/types.js"
import type { AffectedIds, Filters, SqlContext } from "../types.js"
import { addTo, affectedIds, walkCascade, type CascadeEdge, type Frontier } from "./cascade.js"
import { rowKey } from "./row-key.js"
import { primaryKeyOf } from "./row-shape.js"
import { selectorWhere } from "./selector-where.js"
import { atomically, ParamList, quoteIdent, run, tableOf, type Statement } from "./statement.js"

/**
 * Restores the soft-deleted rows matching a filter, returning each one's former `deleted_at` as
 * exact text (microseconds kept) so the cascade can match children on it.
 *
 * @example
 * compileRestoreRoots(ctx, BlogPost, { id: ["bp_1"] })
 * // WITH target AS (SELECT t."id", t."deleted_at" FROM "blog_post" AS t
 * //   WHERE (t."id" = ANY($1::text[])) AND t."deleted_at" IS NOT NULL FOR UPDATE)
 * // UPDATE "blog_post" AS t SET "deleted_at" = NULL, "updated_at" = now() FROM target
 * //   WHERE t."id" = target."id" RETURNING t."id", target."deleted_at"::text AS "__stamp"
 */
export function compileRestoreRoots(ctx: SqlContext, entity: EntityMetadata, filter: Filters): Statement {
  const params = new ParamList()
  const where = selectorWhere(ctx.registry, entity, filter, params, true)
  const keys = entity.primaryKeys.map(quoteIdent)
  return {
    sql:
      `WITH target AS (SELECT ${keys.map((key) => `t.${key}`).join(", ")}, t."deleted_at" FROM ${tableOf(entity)} AS t ` +
      `WHERE (${where}) AND t."deleted_at" IS NOT NULL FOR UPDATE) ` +
      `UPDATE ${tableOf(entity)} AS t SET "deleted_at" = NULL, "updated_at" = now() FROM target ` +
      `WHERE ${keys.map((key) => `t.${key} = target.${key}`).join(" AND ")} ` +
      `RETURNING ${keys.map((key) => `t.${key}`).join(", ")}, target."deleted_at"::text AS "__stamp"`,
    params: params.values,
  }
}

/**
 * Restores, along one cascade edge, exactly the children that were soft-deleted together with
 * their parent: those whose `deleted_at` equals the parent's former one.
 *
 * @example
 * compileRestoreChildren(comments, [["bp_1", "2025-01-01 10:00:00.123456+00"]])
 * // UPDATE "comment" AS c SET "deleted_at" = NULL, "updated_at" = now()
 * //   FROM unnest($1::text[], $2::timestamptz[]) AS x(id, ts)
 * //   WHERE c."blog_post_id" = x.id AND c."deleted_at" = x.ts RETURNING c."id", x.ts::text AS "__stamp"
 */
export function compileRestoreChildren(
  edge: CascadeEdge,
  parents: ReadonlyArray<readonly [string, string]>,
): Statement {
  const params = new ParamList()
  const ids = params.add(
    parents.map(([id]) => id),
    `${primaryKeyOf(edge.parent).columnType}[]`,
  )
  const stamps = params.add(
    parents.map(([, stamp]) => stamp),
    "timestamptz[]",
  )
  const key = quoteIdent(primaryKeyOf(edge.child).name)
  return {
    sql:
      `UPDATE ${tableOf(edge.child)} AS c SET "deleted_at" = NULL, "updated_at" = now() ` +
      `FROM unnest(${ids}, ${stamps}) AS x(id, ts)${edge.from} ` +
      `WHERE ${edge.match} AND c."deleted_at" = x.ts RETURNING c.${key}, x.ts::text AS "__stamp"`,
    params: params.values,
  }
}

/**
 * Restores the soft-deleted rows matching `filter` and, along `.cascades({ delete })`, exactly the
 * children their soft delete cascaded to (same `deleted_at`), recursively: one statement for the
 * roots and one per cascading relation and level. A child soft-deleted on its own, earlier or
 * later, keeps its own stamp and stays deleted.
 *
 * @example
 * await restoreRows(ctx, "BlogPost", { id: ["bp_1"] })
 * // WITH target AS (SELECT ...) UPDATE "blog_post" AS t SET "deleted_at" = NULL ... RETURNING t."id", target."deleted_at"::text ...
 * // UPDATE "comment" AS c SET "deleted_at" = NULL ... FROM unnest($1::text[], $2::timestamptz[]) AS x(id, ts) ...
 * // -> { BlogPost: ["bp_1"], Comment: ["com_1", "com_2"] }
 */
export async function restoreRows(ctx: SqlContext, entityName: string, filter: Filters): Promise<AffectedIds> {
  const entity = ctx.registry.get(entityName)
  const work = async (tx: SqlContext): Promise<AffectedIds> => {
    const roots = await run(tx, compileRestoreRoots(tx, entity, filter))
    if (roots.length === 0) return {}
    const frontier: Frontier<string> = new Map()
    for (const row of roots) addTo(frontier, entity.name, rowKey(entity, row), String(row["__stamp"]))
    const touched = await walkCascade(tx.registry, frontier, async (edge, parents) => {
      const rows = await run(tx, compileRestoreChildren(edge, [...parents]))
      return rows.map((row) => [String(row[primaryKeyOf(edge.child).name]), String(row["__stamp"])] as [string, string])
    })
    return affectedIds(touched)
  }
  return entity.cascadeDelete.length === 0 ? work(ctx) : atomically(ctx, work)
}
