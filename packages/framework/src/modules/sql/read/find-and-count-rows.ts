import type { FindConfig, Filters, Row, SqlContext } from "../types.js"
import { countRows } from "./count-rows.js"
import { countModeOf, estimateRows, settleCount } from "./estimate-rows.js"
import { ROOT_ALIAS } from "./find-plan.js"
import { findRows } from "./find-rows.js"
import { requireEntity } from "./metadata-lookup.js"
import { compileWhere } from "./where-compiler.js"

/** The planner's estimate of the number of rows matching `filters` (see `estimateRows`). */
async function estimateMatches(ctx: SqlContext, entity: string, filters: Filters, withDeleted: boolean) {
  const meta = requireEntity(ctx.registry, entity)
  const params: unknown[] = []
  const where = compileWhere(ctx.registry, entity, filters, ROOT_ALIAS, params, { withDeleted })
  return estimateRows(ctx.runner, { table: meta.tableName, alias: ROOT_ALIAS, where, params })
}

/**
 * A page of rows and the total count ignoring `skip`/`take`, as two statements sent together
 * (a `count(*) OVER ()` would make PostgreSQL compute every match, relation JSON included, and
 * gives no count for a page past the end). With `count: "estimate"` the total is estimated
 * instead of counted (no scan; exact anyway when the page is not full).
 *
 * @example
 * const [rows, count] = await findAndCountRows(ctx, "BlogPost", { status: "draft" }, { take: 20, skip: 40 })
 * // SELECT ... WHERE ... ORDER BY t0."id" ASC LIMIT $2 OFFSET $3  and  SELECT count(*) AS "count" ... WHERE ...
 * await findAndCountRows(ctx, "Product", {}, { take: 20, count: "estimate" })
 * // SELECT ... LIMIT $1  then  EXPLAIN (FORMAT JSON) SELECT 1 FROM "products" AS t0 WHERE ... -> [rows, 998870]
 */
export async function findAndCountRows(
  ctx: SqlContext,
  entity: string,
  filters: Filters,
  config: FindConfig = {},
): Promise<[Row[], number]> {
  const withDeleted = config.withDeleted === true
  // `count: true` is `list`'s flag (it returns the count alone); here only a mode string means anything.
  const mode = typeof config.count === "boolean" ? "exact" : countModeOf(config.count, "count")
  if (mode === "estimate") {
    const rows = await findRows(ctx, entity, filters, config)
    const page = { rows: rows.length, skip: config.skip ?? 0, take: config.take ?? undefined }
    const { count } = await settleCount(
      page,
      () => estimateMatches(ctx, entity, filters, withDeleted),
      () => countRows(ctx, entity, filters, { withDeleted }),
    )
    return [rows, count]
  }
  const [rows, count] = await Promise.all([
    findRows(ctx, entity, filters, config),
    countRows(ctx, entity, filters, { withDeleted }),
  ])
  return [rows, count]
}
