import { runStatement, type KyselyRunner } from "../../../database/sql-executor.js"
import { invalidData } from "../../../errors/factories.js"
import { quoteIdent } from "./sql-identifiers.js"
import { describeValue } from "./value-shapes.js"

/** How a paged read counts its total: `exact` (the default, a count scan) or `estimate` (planner statistics). */
export type CountMode = "exact" | "estimate"

/** The rows an estimate is about: `FROM table AS alias WHERE where`, with `$1..` bound to `params`. */
export interface EstimateTarget {
  /** The table name, unquoted. */
  readonly table: string
  readonly alias: string
  readonly where: string
  readonly params: readonly unknown[]
}

/** A total and whether it is an estimate. */
export interface SettledCount {
  count: number
  estimate: boolean
}

/**
 * Checks a count mode option; absent means exact. Other values are `invalid_data`.
 *
 * @example
 * countModeOf("estimate", "pagination.count") // "estimate"
 * countModeOf("fast", "pagination.count") // throws: Expected "exact" or "estimate" for pagination.count, got string "fast"
 */
export function countModeOf(value: unknown, name: string): CountMode {
  if (value === undefined || value === null || value === "exact") return "exact"
  if (value === "estimate") return "estimate"
  throw invalidData(`Expected "exact" or "estimate" for ${name}, got ${describeValue(value)}`)
}

/** The planner's row estimate of the top node of an `EXPLAIN (FORMAT JSON)` result. */
function plannedRows(rows: Record<string, unknown>[]): number {
  let plan = rows[0]?.["QUERY PLAN"]
  if (typeof plan === "string") plan = JSON.parse(plan) as unknown
  const top = (plan as { Plan?: { "Plan Rows"?: unknown } }[] | undefined)?.[0]?.Plan?.["Plan Rows"]
  return typeof top === "number" && Number.isFinite(top) ? top : 0
}

const ANALYZED_SQL = `SELECT c.reltuples::float8 AS "rows" FROM pg_class AS c WHERE c.oid = to_regclass($1)`

/**
 * Estimates how many rows match without counting them, or `undefined` when the table has no
 * statistics yet (`pg_class.reltuples` is -1 until the first ANALYZE / autovacuum: the planner would
 * guess from defaults, e.g. 0.5% for `deleted_at IS NULL`, so the caller counts exactly instead).
 * Otherwise the planner's row estimate of `EXPLAIN (FORMAT JSON) SELECT 1 FROM ... WHERE ...` with the
 * same bound values (planning only, nothing is read): unfiltered, that is reltuples scaled to the
 * table's current size and by the soft-delete column's null fraction; filtered, the planner's
 * selectivity estimates (close on plain columns, rougher on EXISTS over relations). Two catalog-only
 * round trips, about 0.2 ms, whatever the table's size.
 *
 * @example
 * await estimateRows(runner, { table: "products", alias: "t0", where: 't0."deleted_at" IS NULL', params: [] })
 * // SELECT c.reltuples ... WHERE c.oid = to_regclass('"products"') -> 1000000, then
 * // EXPLAIN (FORMAT JSON) SELECT 1 FROM "products" AS t0 WHERE t0."deleted_at" IS NULL -> 999871
 */
export async function estimateRows(runner: KyselyRunner, target: EstimateTarget): Promise<number | undefined> {
  const table = quoteIdent(target.table)
  const [stats] = await runStatement<{ rows: number | null }>(runner, ANALYZED_SQL, [table])
  if (stats === undefined || stats.rows === null || stats.rows < 0) return undefined
  const sql = `EXPLAIN (FORMAT JSON) SELECT 1 FROM ${table} AS ${target.alias} WHERE ${target.where}`
  return Math.round(plannedRows(await runStatement<Record<string, unknown>>(runner, sql, target.params)))
}

/**
 * The total of a page read in `estimate` mode. A page that is not full (or one without a limit)
 * gives the exact total for free (`skip + rows`); otherwise the estimate, kept consistent with
 * what the page shows: at least `skip + rows` for a full page (those rows exist), at most `skip`
 * for an empty page past the end (nothing is there). Without an estimate (no statistics yet), the
 * exact count.
 *
 * @example
 * await settleCount({ rows: 7, skip: 0, take: 20 }, estimate, count) // { count: 7, estimate: false }, nothing asked
 * await settleCount({ rows: 20, skip: 0, take: 20 }, estimate, count) // { count: 998870, estimate: true }
 */
export async function settleCount(
  page: { rows: number; skip: number; take: number | undefined },
  estimate: () => Promise<number | undefined>,
  exact: () => Promise<number>,
): Promise<SettledCount> {
  const seen = page.skip + page.rows
  if ((page.take === undefined || page.rows < page.take) && (page.rows > 0 || page.skip === 0)) {
    return { count: seen, estimate: false }
  }
  const estimated = await estimate()
  if (estimated === undefined) return { count: await exact(), estimate: false }
  if (page.rows === 0 && page.take !== 0) return { count: Math.min(estimated, page.skip), estimate: true }
  return { count: Math.max(estimated, seen), estimate: true }
}
