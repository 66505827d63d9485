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

/**
 * Orders returned rows like the rows that were sent, matching them by primary key.
 *
 * @example
 * inInputOrder(BlogPost, [{ id: "b" }, { id: "a" }], [{ id: "a" }, { id: "b" }]) // [{ id: "b" }, { id: "a" }]
 */
export function inInputOrder(entity: EntityMetadata, sent: readonly Row[], returned: readonly Row[]): Row[] {
  const byKey = new Map(returned.map((row) => [rowKey(entity, row), row]))
  return sent.map((row) => {
    const found = byKey.get(rowKey(entity, row))
    if (found === undefined) throw new Error(`${entity.name} ${rowKey(entity, row)} was not returned by its statement`)
    return found
  })
}
