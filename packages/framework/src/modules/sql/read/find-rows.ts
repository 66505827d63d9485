import type { FindConfig, Filters, Row, SqlContext } from "../types.js"
import { findPlanFor, ROOT_ALIAS, type FindPlan } from "./find-plan.js"
import { validateFindConfig, type ResolvedFindConfig } from "./find-config.js"
import { hydrateJoinedRows } from "./hydrate.js"
import { loadSelectIn } from "./relation-loader-select-in.js"
import { runRead } from "./run-read.js"
import { compileWhere } from "./where-compiler.js"

function pageStatement(plan: FindPlan, where: string, params: unknown[], config: ResolvedFindConfig): string {
  let sql = `${plan.selectFrom} WHERE ${where} ORDER BY ${plan.orderBy}`
  if (config.take !== undefined) sql += ` LIMIT $${params.push(config.take)}`
  if (config.skip !== undefined && config.skip > 0) sql += ` OFFSET $${params.push(config.skip)}`
  return sql
}

/**
 * Lists rows of a model: filters, order (primary key by default), paging in SQL, soft-deleted
 * rows hidden unless `withDeleted` (at every level), and relations loaded in one statement
 * ("joined", the default) or one statement per relation level ("select-in").
 *
 * @example
 * await findRows(ctx, "BlogPost", { status: "published" }, { select: ["title"], relations: ["comments"], take: 10 })
 * // SELECT t0."id", t0."title", (SELECT coalesce(json_agg(json_build_array(t1."id", ...)
 * //   ORDER BY t1."id" ASC), '[]'::json) FROM "comment" AS t1 WHERE t1."blog_post_id" = t0."id"
 * //   AND t1."deleted_at" IS NULL) AS "comments" FROM "blog_post" AS t0
 * //   WHERE t0."deleted_at" IS NULL AND t0."status" = $1 ORDER BY t0."id" ASC LIMIT $2
 * // -> [{ id: "bp_1", title: "Hello", comments: [{ id: "com_1", body: "Hi", created_at: Date, ... }] }]
 */
export async function findRows(
  ctx: SqlContext,
  entity: string,
  filters: Filters,
  config: FindConfig = {},
): Promise<Row[]> {
  const resolved = validateFindConfig(config)
  const plan = findPlanFor(ctx.registry, entity, resolved)
  const params: unknown[] = []
  const where = compileWhere(ctx.registry, entity, filters, ROOT_ALIAS, params, { withDeleted: resolved.withDeleted })
  const rows = await runRead<Row>(ctx, pageStatement(plan, where, params, resolved), params)
  return plan.selectIn ? loadSelectIn(ctx, plan.selectIn, rows) : hydrateJoinedRows(plan.root, rows)
}
