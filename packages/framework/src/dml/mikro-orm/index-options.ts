import type { IndexOptions, UniqueOptions } from "@mikro-orm/core"
import type { EntityMetadata } from "../metadata/types.js"
import { quoteIdent } from "../metadata/column-types.js"
import type { Row } from "./schema-types.js"

/**
 * MikroORM index and unique definitions for an entity's indexes. Partial indexes use MikroORM 7's
 * native `where` option (raw SQL string). Indexes with a method (`type`, e.g. GIN) are emitted as a
 * full `expression` so the `USING` clause and the predicate are both kept.
 *
 * @example
 * indexOptions(userMeta).uniques;
 * // [{ name: "IDX_user_email_unique", properties: ["email"], where: "deleted_at IS NULL" }]
 */
export function indexOptions(meta: EntityMetadata): { indexes: IndexOptions<Row>[]; uniques: UniqueOptions<Row>[] } {
  const indexes: IndexOptions<Row>[] = []
  const uniques: UniqueOptions<Row>[] = []
  for (const index of meta.indexes) {
    if (index.type !== undefined) {
      indexes.push({ name: index.name, expression: createIndexSql(meta.tableName, index) })
      continue
    }
    const options = {
      name: index.name,
      properties: [...index.columns] as NonNullable<UniqueOptions<Row>["properties"]>,
      ...(index.where !== undefined ? { where: index.where } : {}),
    }
    if (index.unique) {
      uniques.push(options)
    } else {
      indexes.push(options)
    }
  }
  return { indexes, uniques }
}

function createIndexSql(tableName: string, index: EntityMetadata["indexes"][number]): string {
  const columns = index.columns.map(quoteIdent).join(", ")
  const where = index.where !== undefined ? ` WHERE ${index.where}` : ""
  return `CREATE ${index.unique ? "UNIQUE " : ""}INDEX IF NOT EXISTS ${quoteIdent(index.name)} ON ${quoteIdent(tableName)} USING ${index.type} (${columns})${where}`
}
