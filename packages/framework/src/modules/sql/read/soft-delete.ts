import type { EntityMetadata } from "../../../dml/metadata/types.js"
import { qualified } from "./sql-identifiers.js"

/**
 * The soft-delete guard of one table alias, or `undefined` when deleted rows are wanted (or the
 * model has no `deleted_at`).
 *
 * @example
 * softDeleteGuard(postMeta, "t0", false) // t0."deleted_at" IS NULL
 */
export function softDeleteGuard(meta: EntityMetadata, alias: string, withDeleted: boolean): string | undefined {
  if (withDeleted) return undefined
  const column = meta.properties.get("deleted_at")
  return column === undefined ? undefined : `${qualified(alias, column.columnName)} IS NULL`
}

/**
 * Joins predicates with AND; no predicate means `TRUE`.
 *
 * @example
 * conjunction(["t0.\"a\" = $1", undefined]) // t0."a" = $1
 */
export function conjunction(parts: readonly (string | undefined)[]): string {
  const present = parts.filter((part): part is string => part !== undefined && part !== "TRUE")
  if (present.length === 0) return "TRUE"
  return present.length === 1 ? (present[0] as string) : present.join(" AND ")
}
