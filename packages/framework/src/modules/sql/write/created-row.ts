import type { EntityMetadata, PropertyMetadata } from "../../../dml/metadata/types.js"
import { columnsOf } from "../read/metadata-lookup.js"
import type { Row } from "../types.js"

/** Set on create when the input leaves them out, to the instant `insertRows` was called (as MikroORM's `onCreate`). */
export const CREATE_TIMESTAMPS = new Set(["created_at", "updated_at"])

/**
 * Whether the database, not the bound values, decides what an inserted column holds, so the INSERT
 * must return it: a `real` column rounds to single precision, and a column left out of the row
 * takes its SQL default (every `.default()` is filled in before binding, so this is a default
 * written in SQL only).
 */
export function isDecidedByDatabase(property: PropertyMetadata, bound: Row): boolean {
  if (property.computed) return false
  if (Object.hasOwn(bound, property.name)) return property.columnType === "real" && bound[property.name] !== null
  return property.defaultSql !== undefined && !CREATE_TIMESTAMPS.has(property.name)
}

/** A bound value as reading it back would give it: JSON parsed, numeric as a number, fresh copies of dates and arrays. */
function readBack(property: PropertyMetadata, value: unknown): unknown {
  if (value === null) return null
  if (property.kind === "json") return JSON.parse(value as string)
  if (property.isBigNumber) return Number(value)
  if (value instanceof Date) return new Date(value.getTime())
  if (Array.isArray(value)) return [...(value as unknown[])]
  return value
}

/**
 * The row an INSERT created, built from the values it bound instead of read back from PostgreSQL:
 * every column in model order, unset timestamps at `at`, other unset columns `null`. Columns the
 * database decides (`isDecidedByDatabase`) are overwritten with what the INSERT returned.
 *
 * @example
 * createdRow(BlogPost, { id: "bp_1", title: "Hi", views: 0, meta: '{"a":1}' }, at)
 * // { id: "bp_1", title: "Hi", views: 0, meta: { a: 1 }, created_at: at, updated_at: at, deleted_at: null }
 */
export function createdRow(entity: EntityMetadata, bound: Row, at: Date): Row {
  const row: Row = {}
  for (const property of columnsOf(entity)) {
    const value = bound[property.name]
    if (value !== undefined) row[property.name] = readBack(property, value)
    else row[property.name] = CREATE_TIMESTAMPS.has(property.name) ? new Date(at.getTime()) : null
  }
  return row
}
