import type { FindConfig, Filters, Row, SqlContext } from "../types.js"
import { countRows } from "./count-rows.js"
import { findRows } from "./find-rows.js"

/**
 * A page of rows and the total count ignoring `skip`/`take`, as two statements sent together
 * (a `count(*) OVER ()` would make PostgreSQL compute every match, relation JSON included, and
 * gives no count for a page past the end).
 *
 * @example
 * const [rows, count] = await findAndCountRows(ctx, "BlogPost", { status: "draft" }, { take: 20, skip: 40 })
 * // SELECT ... WHERE ... ORDER BY t0."id" ASC LIMIT $2 OFFSET $3  and  SELECT count(*) AS "count" ... WHERE ...
 */
export async function findAndCountRows(
  ctx: SqlContext,
  entity: string,
  filters: Filters,
  config: FindConfig = {},
): Promise<[Row[], number]> {
  const [rows, count] = await Promise.all([
    findRows(ctx, entity, filters, config),
    countRows(ctx, entity, filters, { withDeleted: config.withDeleted === true }),
  ])
  return [rows, count]
}
