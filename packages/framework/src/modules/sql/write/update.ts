import { invalidData } from "../../../errors/factories.js"
import type { Filters, Row, SqlContext } from "../types.js"
import { replaceCollections, type CollectionReplacement } from "./collections.js"
import { missingIds } from "./not-found.js"
import { rowKey } from "./row-key.js"
import { isPlainObject, primaryKeyOf } from "./row-shape.js"
import { selectorWhere } from "./selector-where.js"
import { atomically, run } from "./statement.js"
import { compileSelectorUpdate, compileUpdateById } from "./update-compiler.js"
import { prepareUpdate, signatureOf, type PreparedUpdate } from "./update-plan.js"

function collectionReplacements(
  updates: ReadonlyArray<{ owners: string[]; prepared: PreparedUpdate }>,
): CollectionReplacement[] {
  const byRelation = new Map<string, CollectionReplacement>()
  for (const { owners, prepared } of updates) {
    for (const { relation, ids } of prepared.collections) {
      const replacement = byRelation.get(relation.name) ?? { relation, owners: [], ids: [] }
      byRelation.set(relation.name, replacement)
      for (const owner of owners) {
        replacement.owners.push(owner)
        replacement.ids.push(ids)
      }
    }
  }
  return [...byRelation.values()]
}

/**
 * Updates the rows matching each selector with that selector's data: one UPDATE per selector
 * (a selector that matches nothing is not an error). Only live rows are updated.
 *
 * @example
 * await updateRows(ctx, "BlogPost", [{ selector: { status: "draft" }, data: { views: 0 } }])
 * // UPDATE "blog_post" AS t SET "views" = $1::integer, "updated_at" = now()
 * //   WHERE t."status" = $2 AND t."deleted_at" IS NULL RETURNING t.*
 */
export async function updateRows(
  ctx: SqlContext,
  entityName: string,
  updates: Array<{ selector: Filters; data: Row }>,
): Promise<Row[]> {
  const entity = ctx.registry.get(entityName)
  const prepared = updates.map(({ selector, data }) => {
    if (!isPlainObject(selector)) throw invalidData(`${entity.name} update selector must be a filter object`)
    return { selector, prepared: prepareUpdate(ctx.registry, entity, data) }
  })
  if (prepared.length === 0) return []
  const single = prepared.length === 1 && prepared[0]?.prepared.collections.length === 0
  const work = async (tx: SqlContext): Promise<Row[]> => {
    const results: Row[] = []
    const owned: Array<{ owners: string[]; prepared: PreparedUpdate }> = []
    for (const { selector, prepared: update } of prepared) {
      const statement = compileSelectorUpdate(entity, update.assignments, (params) => {
        const where = selectorWhere(tx.registry, entity, selector, params, false)
        return `(${where}) AND t."deleted_at" IS NULL`
      })
      const rows = await run(tx, statement)
      results.push(...rows)
      owned.push({ owners: rows.map((row) => String(row[primaryKeyOf(entity).name])), prepared: update })
    }
    await replaceCollections(tx, entity, collectionReplacements(owned))
    return results
  }
  return single ? work(ctx) : atomically(ctx, work)
}

/**
 * Updates rows given with their primary key, without loading them first: rows setting the same
 * columns share one `UPDATE ... FROM (VALUES ...)`. Ids that match no live row fail the whole
 * call with Medusa's NOT_FOUND (`BlogPost with id "bp_x, bp_y" not found`). Results in input order.
 *
 * @example
 * await updateRowsById(ctx, "BlogPost", [{ id: "bp_1", title: "A" }, { id: "bp_2", title: "B" }])
 * // UPDATE "blog_post" AS t SET "title" = v.c0, "updated_at" = now()
 * //   FROM (VALUES ($1::text, $2::text), ($3::text, $4::text)) AS v(k0, c0)
 * //   WHERE t."id" = v.k0 AND t."deleted_at" IS NULL RETURNING t.*
 */
export async function updateRowsById(ctx: SqlContext, entityName: string, rows: Row[]): Promise<Row[]> {
  const entity = ctx.registry.get(entityName)
  const seen = new Map<string, number>()
  const items = rows.map((row) => {
    if (!isPlainObject(row)) throw invalidData(`${entity.name} update data must be an object`)
    for (const pk of entity.primaryKeys) {
      if (typeof row[pk] !== "string" && typeof row[pk] !== "number") {
        throw invalidData(`${entity.name}.${pk} is required to update a ${entity.name} by id`)
      }
    }
    const key = rowKey(entity, row)
    const round = seen.get(key) ?? 0
    seen.set(key, round + 1)
    const prepared = prepareUpdate(ctx.registry, entity, row)
    const assignments = prepared.assignments.filter((a) => !entity.primaryKeys.includes(a.column))
    return { row, key, round, prepared: { ...prepared, assignments } }
  })
  if (items.length === 0) return []
  const groups = new Map<string, typeof items>()
  for (const item of items) {
    const signature = `${item.round}|${signatureOf(item.prepared)}`
    groups.set(signature, [...(groups.get(signature) ?? []), item])
  }
  return atomically(ctx, async (tx) => {
    const returned = new Map<string, Row>()
    for (const group of groups.values()) {
      const statements = compileUpdateById(
        entity,
        group.map((item) => item.row),
        group.map((item) => item.prepared.assignments),
      )
      const round = group[0]?.round ?? 0
      for (const statement of statements) {
        for (const row of await run(tx, statement)) returned.set(`${round}|${rowKey(entity, row)}`, row)
      }
    }
    const missing = [...new Set(items.filter((item) => !returned.has(`${item.round}|${item.key}`)).map((i) => i.key))]
    if (missing.length > 0) throw missingIds(entity, missing)
    const owned = items.map((item) => ({ owners: [item.key], prepared: item.prepared }))
    await replaceCollections(tx, entity, collectionReplacements(owned))
    return items.map((item) => returned.get(`${item.round}|${item.key}`) as Row)
  })
}
