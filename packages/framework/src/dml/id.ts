import { monotonicFactory } from "ulid"

const nextUlid = monotonicFactory()

/**
 * Generates a monotonic ULID, prefixed with `<prefix>_` when a prefix is given.
 * Ids generated in the same millisecond still sort in creation order.
 *
 * @example
 * generateId("bp"); // "bp_01J9Z8Q4V6N3B5X2K7M1C0D8EF"
 * generateId();     // "01J9Z8Q4V6N3B5X2K7M1C0D8EG"
 */
export function generateId(prefix?: string): string {
  const id = nextUlid()
  return prefix ? `${prefix}_${id}` : id
}
