import type { Filters, SqlContext } from "../types.js"
import { rowKey } from "./row-key.js"
import { selectorWhere } from "./selector-where.js"
import { ParamList, quoteIdent, run, tableOf } from "./statement.js"

/**
 * Deletes the rows matching `filter` for good, soft-deleted ones included, in one statement
 * (database `ON DELETE` rules apply). Returns the deleted primary keys.
 *
 * @example
 * await deleteRows(ctx, "BlogPost", { id: ["bp_1", "bp_2"] })
 * // DELETE FROM "blog_post" AS t WHERE t."id" = ANY($1::text[]) RETURNING t."id"
 * // -> ["bp_1", "bp_2"]
 */
export async function deleteRows(ctx: SqlContext, entityName: string, filter: Filters): Promise<string[]> {
  const entity = ctx.registry.get(entityName)
  const params = new ParamList()
  const where = selectorWhere(ctx.registry, entity, filter, params, true)
  const keys = entity.primaryKeys.map((key) => `t.${quoteIdent(key)}`).join(", ")
  const rows = await run(ctx, {
    sql: `DELETE FROM ${tableOf(entity)} AS t WHERE ${where} RETURNING ${keys}`,
    params: params.values,
  })
  return rows.map((row) => rowKey(entity, row))
}
