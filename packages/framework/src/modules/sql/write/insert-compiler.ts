import type { EntityMetadata } from "../../../dml/metadata/types.js"
import type { Row } from "../types.js"
import { ParamList, quoteIdent, tableOf, type Statement } from "./statement.js"

/** PostgreSQL accepts at most 65535 bound parameters per statement. */
export const MAX_PARAMS = 65535

const TIMESTAMPS = new Set(["created_at", "updated_at"])

/** The columns an INSERT of these rows lists: every column some row sets, plus the timestamps. */
function insertColumns(entity: EntityMetadata, rows: readonly Row[]): string[] {
  const used = new Set<string>(TIMESTAMPS)
  for (const row of rows) for (const key of Object.keys(row)) used.add(key)
  return [...entity.properties.values()]
    .filter((property) => !property.computed && used.has(property.name))
    .map((property) => property.name)
}

/**
 * Compiles multi-row `INSERT ... RETURNING *` statements, as few as the parameter limit allows.
 * A column a row does not set takes its `DEFAULT`; `created_at`/`updated_at` default to `now()`.
 *
 * @example
 * compileInsert(Comment, [{ id: "com_1", body: "a", blog_post_id: "bp_1" }, { id: "com_2", body: "b", blog_post_id: "bp_1" }])
 * // [{ sql: 'INSERT INTO "comment" ("id", "body", "blog_post_id", "created_at", "updated_at")
 * //         VALUES ($1, $2, $3, now(), now()), ($4, $5, $6, now(), now()) RETURNING *',
 * //    params: ["com_1", "a", "bp_1", "com_2", "b", "bp_1"] }]
 */
export function compileInsert(entity: EntityMetadata, rows: readonly Row[], maxParams = MAX_PARAMS): Statement[] {
  if (rows.length === 0) return []
  const columns = insertColumns(entity, rows)
  const perChunk = Math.max(1, Math.floor(maxParams / columns.length))
  const statements: Statement[] = []
  for (let start = 0; start < rows.length; start += perChunk) {
    const params = new ParamList()
    const tuples = rows.slice(start, start + perChunk).map((row) => {
      const cells = columns.map((column) => {
        if (Object.hasOwn(row, column)) return params.add(row[column])
        return TIMESTAMPS.has(column) ? "now()" : "DEFAULT"
      })
      return `(${cells.join(", ")})`
    })
    statements.push({
      sql: `INSERT INTO ${tableOf(entity)} (${columns.map(quoteIdent).join(", ")}) VALUES ${tuples.join(", ")} RETURNING *`,
      params: params.values,
    })
  }
  return statements
}
