import type { QueryPlan } from "./query-plan.js"
import { orderSql, type OrderTerm } from "./order-terms.js"
import type { SelectList } from "./select-list.js"

/** Roots to return and to skip. */
export interface Paging {
  readonly take: number | undefined
  readonly skip: number | undefined
}

const PAGE = "qb_page"
const POSITION = "qb_position"

/** `<key> ASC` for each key not already ordered by. */
function tieBreakers(keys: readonly string[], terms: readonly OrderTerm[]): string[] {
  const present = new Set(terms.map((term) => term.expr))
  return keys.filter((key) => !present.has(key)).map((key) => `${key} ASC`)
}

/** The ORDER BY list: the caller's terms, then primary keys (root, then selected joins) for a stable order. */
function orderBy(plan: QueryPlan): string {
  const keys = plan.aliases.filter((alias) => alias.select).flatMap((alias) => alias.keys)
  return [...plan.order.map(orderSql), ...tieBreakers(keys, plan.order)].join(", ")
}

function limitOffset(plan: QueryPlan, paging: Paging): string {
  let sql = ""
  if (paging.take !== undefined) sql += ` LIMIT ${plan.binder.bind(paging.take)}`
  if (paging.skip !== undefined && paging.skip > 0) sql += ` OFFSET ${plan.binder.bind(paging.skip)}`
  return sql
}

/**
 * A subquery selecting one page of distinct root keys with their position: joined terms of the
 * caller's order are aggregated per root (MIN ascending, MAX descending).
 */
function rootPage(plan: QueryPlan, paging: Paging): string {
  const rootKeys = plan.root.keys
  const terms = plan.order.map((term) => {
    if (term.sqlAlias === plan.root.sqlAlias) return orderSql(term)
    return `${term.direction === "ASC" ? "min" : "max"}(${term.expr}) ${term.direction}${term.nulls}`
  })
  const order = [...terms, ...tieBreakers(rootKeys, plan.order)]
  const keys = rootKeys.map((key, index) => `${key} AS k${index}`).join(", ")
  return (
    `SELECT ${keys}, row_number() OVER (ORDER BY ${order.join(", ")}) AS ${POSITION}` +
    ` FROM ${plan.from} WHERE ${plan.where} GROUP BY ${rootKeys.join(", ")}` +
    ` ORDER BY ${order.join(", ")}${limitOffset(plan, paging)}`
  )
}

/**
 * The statement of `getMany`. Without paging, or when no join can multiply roots, LIMIT/OFFSET
 * apply directly; otherwise a subquery picks the page of root ids first, so `take(10)` returns
 * ten products however many variants each has.
 *
 * @example
 * entitiesStatement(plan, list, { take: 2, skip: undefined })
 * // SELECT t0."id" AS c0, ..., t1."id" AS c7, ... FROM "products" AS t0
 * //   INNER JOIN "product_variant" AS t1 ON t1."product_id" = t0."id" AND t1."deleted_at" IS NULL
 * //   INNER JOIN (SELECT t0."id" AS k0, row_number() OVER (ORDER BY t0."id" ASC) AS qb_position
 * //     FROM "products" AS t0 INNER JOIN ... WHERE t0."deleted_at" IS NULL AND (t1."inventory_quantity" < $1)
 * //     GROUP BY t0."id" ORDER BY t0."id" ASC LIMIT $2) AS qb_page ON qb_page.k0 = t0."id"
 * //   WHERE t0."deleted_at" IS NULL AND (t1."inventory_quantity" < $1)
 * //   ORDER BY qb_page.qb_position ASC, t0."id" ASC, t1."id" ASC
 */
export function entitiesStatement(plan: QueryPlan, list: SelectList, paging: Paging): string {
  const paged = paging.take !== undefined || (paging.skip !== undefined && paging.skip > 0)
  if (!paged || !plan.multiplies) {
    return `SELECT ${list.sql} FROM ${plan.from} WHERE ${plan.where} ORDER BY ${orderBy(plan)}${limitOffset(plan, paging)}`
  }
  const on = plan.root.keys.map((key, index) => `${PAGE}.k${index} = ${key}`).join(" AND ")
  return (
    `SELECT ${list.sql} FROM ${plan.from} INNER JOIN (${rootPage(plan, paging)}) AS ${PAGE} ON ${on}` +
    ` WHERE ${plan.where} ORDER BY ${PAGE}.${POSITION} ASC, ${orderBy(plan)}`
  )
}

/**
 * The statement of `getCount`: distinct roots when a join can multiply them.
 *
 * @example
 * countStatement(plan) // SELECT count(DISTINCT t0."id") AS count FROM "products" AS t0 INNER JOIN ... WHERE ...
 */
export function countStatement(plan: QueryPlan): string {
  const keys = plan.root.keys
  const counted = !plan.multiplies ? "*" : keys.length === 1 ? `DISTINCT ${keys[0]}` : `DISTINCT (${keys.join(", ")})`
  return `SELECT count(${counted}) AS count FROM ${plan.from} WHERE ${plan.where}`
}

/**
 * The statement of `getRawMany`: one row per joined row, LIMIT/OFFSET on those rows.
 *
 * @example
 * rawStatement(plan, list, { take: 5, skip: undefined })
 * // SELECT t0."id" AS c0, ... FROM "products" AS t0 ... WHERE ... ORDER BY t0."id" ASC, t1."id" ASC LIMIT $2
 */
export function rawStatement(plan: QueryPlan, list: SelectList, paging: Paging): string {
  return `SELECT ${list.sql} FROM ${plan.from} WHERE ${plan.where} ORDER BY ${orderBy(plan)}${limitOffset(plan, paging)}`
}
