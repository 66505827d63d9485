import { runStatement } from "../../../database/sql-executor.js"
import type { SqlContext } from "../types.js"

/**
 * Runs a read compiled by the engine. Its text depends only on the shape of the call (every value
 * is a parameter), so it is marked to be prepared once per connection and then executed by name,
 * without a parse and plan per call, when the context has a preparer.
 *
 * @example
 * await runRead(ctx, 'SELECT count(*) AS "count" FROM "products" AS t0 WHERE t0."deleted_at" IS NULL', [])
 */
export function runRead<TRow>(ctx: SqlContext, sql: string, params: readonly unknown[]): Promise<TRow[]> {
  ctx.statements?.prepare(sql)
  return runStatement<TRow>(ctx.runner, sql, params)
}
