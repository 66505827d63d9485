import type { FindConfig, Filters, SqlContext } from "../types.js"
import { ROOT_ALIAS } from "./find-plan.js"
import { requireEntity } from "./metadata-lookup.js"
import { runRead } from "./run-read.js"
import { quoteIdent } from "./sql-identifiers.js"
import { compileWhere } from "./where-compiler.js"

/**
 * Counts the rows matching `filters` (soft-deleted ones only with `withDeleted`).
 *
 * @example
 * await countRows(ctx, "BlogPost", { comments: { body: { $ilike: "%great%" } } })
 * // SELECT count(*) AS "count" FROM "blog_post" AS t0 WHERE t0."deleted_at" IS NULL
 * //   AND EXISTS (SELECT 1 FROM "comment" AS w1 WHERE w1."blog_post_id" = t0."id" AND ...) -> 3
 */
export async function countRows(
  ctx: SqlContext,
  entity: string,
  filters: Filters,
  config: Pick<FindConfig, "withDeleted"> = {},
): Promise<number> {
  const meta = requireEntity(ctx.registry, entity)
  const params: unknown[] = []
  const where = compileWhere(ctx.registry, entity, filters, ROOT_ALIAS, params, {
    withDeleted: config.withDeleted === true,
  })
  const sql = `SELECT count(*) AS "count" FROM ${quoteIdent(meta.tableName)} AS ${ROOT_ALIAS} WHERE ${where}`
  const [row] = await runRead<{ count: number | string }>(ctx, sql, params)
  return Number(row?.count ?? 0)
}
