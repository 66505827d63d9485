import type { FilterDef } from "@mikro-orm/core"

/** Name of the filter that hides soft-deleted rows. */
export const SOFT_DELETE_FILTER = "softDeletable"

/**
 * The `softDeletable` filter registered on every DML entity: reads hide rows whose `deleted_at` is set,
 * unless the filter is called with `{ withDeleted: true }` or disabled. Updates and deletes are not
 * filtered.
 *
 * @example
 * await em.find(Schema, {}, { filters: { softDeletable: { withDeleted: true } } });
 */
export function softDeleteFilter(): FilterDef {
  return {
    name: SOFT_DELETE_FILTER,
    // Reads only: a hard delete or update by id must reach soft-deleted rows too.
    cond: (args: Record<string, unknown> | undefined, type: "read" | "update" | "delete") =>
      type !== "read" || args?.["withDeleted"] === true ? {} : { deleted_at: null },
    default: true,
    args: false,
  }
}
