import type { IndexWhere } from "../entity.js"
import { quoteIdent, quoteLiteral } from "./column-types.js"

const LIVE_ROWS = "deleted_at IS NULL"
const MENTIONS_DELETED_AT = /\bdeleted_at"?\s+is\s+(not\s+)?null\b/i

/**
 * Turns an index `where` option into the SQL predicate of a partial index. A missing `where` means live
 * rows only; a string or object gets `deleted_at IS NULL` appended unless it already constrains
 * `deleted_at`; `null` means no predicate (a plain index).
 *
 * @example
 * indexWhereSql(undefined);                    // "deleted_at IS NULL"
 * indexWhereSql({ kind: "a" });                // "\"kind\" = 'a' AND deleted_at IS NULL"
 * indexWhereSql("price > 0");                  // "price > 0 AND deleted_at IS NULL"
 * indexWhereSql(null);                         // undefined
 */
export function indexWhereSql(where: string | IndexWhere | null | undefined): string | undefined {
  if (where === null) {
    return undefined
  }
  if (where === undefined) {
    return LIVE_ROWS
  }
  if (typeof where === "string") {
    const trimmed = where.trim()
    if (trimmed === "") {
      return LIVE_ROWS
    }
    return MENTIONS_DELETED_AT.test(trimmed) ? trimmed : `${trimmed} AND ${LIVE_ROWS}`
  }
  const parts = Object.entries(where).map(([column, condition]) => conditionSql(column, condition))
  if (!Object.hasOwn(where, "deleted_at")) {
    parts.push(LIVE_ROWS)
  }
  return parts.join(" AND ")
}

function conditionSql(column: string, condition: IndexWhere[string]): string {
  const ident = quoteIdent(column)
  if (condition !== null && typeof condition === "object") {
    const keys = Object.keys(condition)
    if (keys.length !== 1 || keys[0] !== "$ne") {
      throw new Error(`Unsupported index where operator on "${column}": ${keys.join(", ")} (supported: $ne)`)
    }
    return condition.$ne === null ? `${ident} IS NOT NULL` : `${ident} <> ${literal(condition.$ne)}`
  }
  return condition === null ? `${ident} IS NULL` : `${ident} = ${literal(condition)}`
}

function literal(value: string | number | boolean): string {
  if (typeof value === "string") {
    return quoteLiteral(value)
  }
  if (typeof value === "number" && !Number.isFinite(value)) {
    throw new Error(`Index where values must be finite numbers, got ${value}`)
  }
  return String(value)
}
