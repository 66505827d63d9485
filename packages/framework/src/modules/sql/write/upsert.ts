import { invalidData } from "../../../errors/factories.js"
import type { Row, SqlContext } from "../types.js"
import { insertRows } from "./insert.js"
import { rowKey } from "./row-key.js"
import { isPlainObject, primaryKeyOf } from "./row-shape.js"
import { atomically, ParamList, quoteIdent, run, tableOf } from "./statement.js"
import { updateRowsById } from "./update.js"

/**
 * Updates the rows whose primary key exists (live rows) and creates the others: one SELECT of the
 * given keys, then the set-based update and insert. Results in input order (Medusa returns created
 * rows first; input order is a stricter promise).
 *
 * @example
 * await upsertRows(ctx, "Tag", [{ id: "tag_1", name: "renamed" }, { name: "new" }])
 * // SELECT t."id" FROM "tag" AS t WHERE t."id" = ANY($1::text[]) AND t."deleted_at" IS NULL
 * // INSERT INTO "tag" (...) VALUES (...) RETURNING *
 * // UPDATE "tag" AS t SET "name" = v.c0, ... FROM (VALUES ($1::text, $2::text)) AS v(k0, c0) WHERE ... RETURNING t.*
 */
export async function upsertRows(ctx: SqlContext, entityName: string, data: Row[]): Promise<Row[]> {
  const entity = ctx.registry.get(entityName)
  if (data.length === 0) return []
  for (const row of data) if (!isPlainObject(row)) throw invalidData(`${entity.name} data must be an object`)
  const keyed = data.filter((row) => entity.primaryKeys.every((key) => row[key] !== undefined && row[key] !== null))
  return atomically(ctx, async (tx) => {
    const existing = new Set<string>()
    if (keyed.length > 0 && entity.primaryKeys.length === 1) {
      const pk = primaryKeyOf(entity)
      const params = new ParamList()
      const list = params.add(
        keyed.map((row) => row[pk.name]),
        `${pk.columnType}[]`,
      )
      const sql = `SELECT t.${quoteIdent(pk.name)} FROM ${tableOf(entity)} AS t WHERE t.${quoteIdent(pk.name)} = ANY(${list}) AND t."deleted_at" IS NULL`
      for (const row of await run(tx, { sql, params: params.values })) existing.add(rowKey(entity, row))
    }
    const isUpdate = data.map((row) => existing.has(rowKey(entity, row)))
    const created = await insertRows(
      tx,
      entity.name,
      data.filter((_, i) => !isUpdate[i]),
    )
    const updated = await updateRowsById(
      tx,
      entity.name,
      data.filter((_, i) => isUpdate[i]),
    )
    let c = 0
    let u = 0
    return isUpdate.map((update) => (update ? updated[u++] : created[c++]) as Row)
  })
}
