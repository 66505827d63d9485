import { invalidData } from "../../errors/factories.js"
import { columnOf } from "../sql/read/metadata-lookup.js"
import { qualified } from "../sql/read/sql-identifiers.js"
import { describeValue } from "../sql/read/value-shapes.js"
import type { AliasScope } from "./alias-scope.js"
import type { OrderDeclaration } from "./query-state.js"

/** One ORDER BY term, user text reduced to metadata columns and fixed keywords. */
export interface OrderTerm {
  /** `t1."inventory_quantity"` */
  readonly expr: string
  readonly direction: "ASC" | "DESC"
  /** `""`, `" NULLS FIRST"` or `" NULLS LAST"` */
  readonly nulls: string
  /** Generated alias the column belongs to (`t0` for the root). */
  readonly sqlAlias: string
}

const FIELD = /^([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*)$/
const NULLS: Readonly<Record<string, string>> = { "nulls first": " NULLS FIRST", "nulls last": " NULLS LAST" }

function direction(field: string, value: unknown): "ASC" | "DESC" {
  const normalized = typeof value === "string" ? value.trim().toUpperCase() : value
  if (normalized === undefined || normalized === "ASC") return "ASC"
  if (normalized === "DESC") return "DESC"
  throw invalidData(`Invalid order direction ${describeValue(value)} for "${field}"; allowed: ASC, DESC`)
}

function nulls(field: string, value: unknown): string {
  if (value === undefined) return ""
  const sql = typeof value === "string" ? NULLS[value.trim().toLowerCase().replace(/\s+/g, " ")] : undefined
  if (sql === undefined) {
    throw invalidData(`Invalid nulls order ${describeValue(value)} for "${field}"; allowed: NULLS FIRST, NULLS LAST`)
  }
  return sql
}

/**
 * Resolves `orderBy("product.created_at", "DESC")` declarations to columns of known aliases.
 *
 * @example
 * orderTerms(scope, [{ field: "product.created_at", direction: "DESC", nulls: undefined }])
 * // [{ expr: 't0."created_at"', direction: "DESC", nulls: "", sqlAlias: "t0" }]
 */
export function orderTerms(scope: AliasScope, orders: readonly OrderDeclaration[]): OrderTerm[] {
  return orders.map((order) => {
    const match = typeof order.field === "string" ? FIELD.exec(order.field) : null
    if (match === null) {
      throw invalidData(
        `orderBy expects "alias.property", e.g. "product.created_at"; got ${describeValue(order.field)}`,
      )
    }
    const [, alias = "", property = ""] = match
    const entry = scope.require(alias, `orderBy("${order.field}")`)
    const found = entry.meta.properties.get(property)
    if (found === undefined || found.computed) {
      throw invalidData(
        `Unknown property "${property}" of alias "${alias}" (${entry.meta.name}) in orderBy("${order.field}"); known properties: ${[
          ...entry.meta.properties.values(),
        ]
          .filter((p) => !p.computed)
          .map((p) => p.name)
          .join(", ")}`,
      )
    }
    return {
      expr: qualified(entry.sqlAlias, columnOf(entry.meta, property)),
      direction: direction(order.field, order.direction),
      nulls: nulls(order.field, order.nulls),
      sqlAlias: entry.sqlAlias,
    }
  })
}

/** `t0."created_at" DESC NULLS LAST` */
export function orderSql(term: OrderTerm): string {
  return `${term.expr} ${term.direction}${term.nulls}`
}
