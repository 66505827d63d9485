import type { EntityMetadata } from "../../../dml/metadata/types.js"
import type { Row } from "../types.js"

/**
 * A string key for a row's primary key, joined with " - " for composite keys (Medusa's format).
 *
 * @example
 * rowKey(BlogPost, { id: "bp_1", title: "x" })    // "bp_1"
 * rowKey(OrderLine, { order_id: "o_1", line: 2 }) // "o_1 - 2"
 */
export function rowKey(entity: EntityMetadata, row: Row): string {
  return entity.primaryKeys.map((key) => String(row[key])).join(" - ")
}
