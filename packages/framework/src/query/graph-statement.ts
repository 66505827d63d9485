import { AliasGenerator } from "../modules/sql/read/aliases.js"
import type { EstimateTarget } from "../modules/sql/read/estimate-rows.js"
import { quoteIdent } from "../modules/sql/read/sql-identifiers.js"
import type { BoundedCache } from "./bounded-cache.js"
import { rootSelectList } from "./graph-compiler.js"
import type { PlanNode } from "./graph-plan.js"
import { compileGraphOrder, orderList, type OrderTerm } from "./graph-order.js"
import type { GraphSchema } from "./graph-schema.js"
import { compileGraphWhere, type GraphWhereScope } from "./graph-where.js"
import type { SelectOptions } from "./json-slots.js"

export interface GraphStatementInput {
  readonly schema: GraphSchema
  /** The level the statement returns rows of. */
  readonly node: PlanNode
  readonly filters: unknown
  readonly order: Readonly<Record<string, unknown>> | undefined
  readonly skip: number | undefined
  readonly take: number | undefined
  /** Return the total count (ignoring skip/take) in a `__count` column of every row (paged statements). */
  readonly withCount: boolean
  readonly options: SelectOptions
  /**
   * Statements already compiled for this plan node, by everything their text depends on besides the
   * node (filters' and order's SQL, page, options): a hit skips compiling the select list.
   */
  readonly cache?: BoundedCache<string, CompiledSelect>
}

/** A compiled statement text and the values its select list bound (the computed fields' context). */
export interface CompiledSelect {
  readonly sql: string
  readonly params: readonly unknown[]
}

/** A compiled request: the page statement and a count statement for when the page comes back empty. */
export interface GraphStatement {
  readonly sql: string
  readonly params: unknown[]
  readonly countSql: string
  readonly countParams: unknown[]
  /** The counted rows, for `estimateRows` (`pagination.count: "estimate"`). */
  readonly estimate: EstimateTarget
  /** Whether `sql` has LIMIT/OFFSET (then `__count` is in its rows when asked for). */
  readonly paged: boolean
}

/** Output column carrying the total count when a paged statement counts too. */
export const COUNT_COLUMN = "__count"

/**
 * Compiles one graph request into a single statement. Values are bound ($1.. for the filters,
 * then the computed fields' context, then LIMIT/OFFSET), names come from the models, so the
 * text depends only on the request's shape and can be prepared once and reused. A paged request
 * selects the page in a derived table first (filters, order and LIMIT on the root table alone),
 * then builds the JSON of those rows only; the total count rides along as an uncorrelated
 * subquery that PostgreSQL evaluates once.
 *
 * @example
 * compileGraphStatement({ schema, node: plan, filters: { brand: { name: "Acme" } }, order: { title: "ASC" }, take: 20, ... }).sql
 * // SELECT t0."id", t0."title", (SELECT coalesce(json_agg(...), '[]'::json) FROM "product_variant" AS q3 WHERE ...) AS "variants",
 * //   (SELECT count(*) FROM "product" AS r WHERE r."deleted_at" IS NULL AND EXISTS (...)) AS "__count"
 * // FROM (SELECT r.*, r."title" AS "__o1", r."id" AS "__o2" FROM "product" AS r WHERE r."deleted_at" IS NULL AND EXISTS (
 * //   SELECT 1 FROM "brand" AS q1 INNER JOIN "product_product_brand_brand" AS q1_l ON ... WHERE ... AND q1."name" = $1)
 * //   ORDER BY "__o1" ASC, "__o2" ASC LIMIT $2) AS t0 ORDER BY t0."__o1" ASC, t0."__o2" ASC
 */
export function compileGraphStatement(input: GraphStatementInput): GraphStatement {
  const { node } = input
  const scope: GraphWhereScope = {
    schema: input.schema,
    params: [],
    aliases: new AliasGenerator("q", "t0"),
    database: node.entity.group,
  }
  const table = quoteIdent(node.entity.meta.tableName)
  const paged = input.take !== undefined || (input.skip ?? 0) > 0
  const whereAlias = paged ? "r" : "t0"
  const where = compileGraphWhere(scope, node.entity, whereAlias, input.filters, node.withDeleted)
  const countParams = [...scope.params]
  const countSql = `SELECT count(*) AS "count" FROM ${table} AS ${whereAlias} WHERE ${where}`
  const estimate: EstimateTarget = { table: node.entity.meta.tableName, alias: whereAlias, where, params: countParams }
  const terms = compileGraphOrder(scope, node.entity, whereAlias, input.order, node.withDeleted)
  const skip = (input.skip ?? 0) > 0 ? [input.skip] : []
  const shape = [where, orderList(terms), input.take, skip.length, input.withCount, scope.aliases.issued]
  const key = `${shape.join("\u0000")}\u0000${input.options.followLinks}${input.options.withHiddenColumns}`
  const cached = input.cache?.get(key)
  const base = { countSql, countParams, estimate, paged }
  if (cached !== undefined) return { ...base, sql: cached.sql, params: [...scope.params, ...cached.params, ...skip] }
  const first = scope.params.length
  const list = rootSelectList(scope, node, "t0", input.options)
  const selectParams = scope.params.slice(first)
  const sql = paged ? pagedSql(input, table, where, terms, list, scope) : unpagedSql(table, where, terms, list)
  input.cache?.set(key, { sql, params: selectParams })
  return { ...base, sql, params: scope.params }
}

function unpagedSql(table: string, where: string, terms: readonly OrderTerm[], list: readonly string[]): string {
  return `SELECT ${list.join(", ")} FROM ${table} AS t0 WHERE ${where} ORDER BY ${orderList(terms)}`
}

function pagedSql(
  input: GraphStatementInput,
  table: string,
  where: string,
  terms: readonly OrderTerm[],
  list: string[],
  scope: GraphWhereScope,
): string {
  const keys = terms.map((term, index) => ({ name: `__o${index + 1}`, direction: term.direction }))
  let inner = `SELECT r.*, ${terms.map((term, index) => `${term.expr} AS ${quoteIdent(keys[index]?.name as string)}`).join(", ")} FROM ${table} AS r WHERE ${where}`
  inner += ` ORDER BY ${keys.map((key) => `${quoteIdent(key.name)} ${key.direction}`).join(", ")}`
  // The page size is a validated integer written into the text: with it known, PostgreSQL costs the cached
  // generic plan like a custom one and keeps it (a LIMIT parameter is costed as 10% of the table).
  if (input.take !== undefined) inner += ` LIMIT ${input.take}`
  if ((input.skip ?? 0) > 0) inner += ` OFFSET $${scope.params.push(input.skip)}`
  if (input.withCount) list.push(`(SELECT count(*) FROM ${table} AS r WHERE ${where}) AS ${quoteIdent(COUNT_COLUMN)}`)
  const outerOrder = keys.map((key) => `t0.${quoteIdent(key.name)} ${key.direction}`).join(", ")
  return `SELECT ${list.join(", ")} FROM (${inner}) AS t0 ORDER BY ${outerOrder}`
}
