import type { Manager } from "../database/manager.js"
import { estimateRows, settleCount, type SettledCount } from "../modules/sql/read/estimate-rows.js"
import type { Row } from "../modules/sql/types.js"
import { hydrateGraphRows } from "./graph-hydrator.js"
import type { ValidatedRequest } from "./graph-input.js"
import type { PlanNode } from "./graph-plan.js"
import type { GraphResultSet } from "./graph-result.js"
import { managerOf, runPrepared, type GraphRuntime } from "./graph-runtime.js"
import type { SelectOptions } from "./json-slots.js"
import { BoundedCache } from "./bounded-cache.js"
import { compileGraphStatement, COUNT_COLUMN, type CompiledSelect, type GraphStatement } from "./graph-statement.js"

/** The whole tree in one statement: links as subqueries, no join keys beyond the requested columns. */
const COMPILED: SelectOptions = { followLinks: true, withHiddenColumns: false }

/** Statements kept per plan: one per distinct filter, order and page shape, up to this many. */
const STATEMENTS_PER_PLAN = 8

const statements = new WeakMap<PlanNode, BoundedCache<string, CompiledSelect>>()

/** The statements compiled for `plan` so far (kept as long as the plan is, see `createQuery`). */
function statementsOf(plan: PlanNode): BoundedCache<string, CompiledSelect> {
  let cache = statements.get(plan)
  if (cache === undefined) statements.set(plan, (cache = new BoundedCache(STATEMENTS_PER_PLAN)))
  return cache
}

/**
 * Runs a request whose modules, links and filters all live in one database as one prepared
 * statement (plus a count statement only when a page past the end comes back empty; with
 * `pagination.count: "estimate"`, no count in the statement and one statistics lookup or EXPLAIN
 * when the page is full).
 *
 * @example
 * await executeCompiled(runtime, request, plan)
 * // { data: [{ id: "prod_1", title: "Shirt", variants: [...], brand: { name: "Acme" } }], metadata: { count: 1, skip: 0, take: 20 } }
 */
export async function executeCompiled(
  runtime: GraphRuntime,
  request: ValidatedRequest,
  plan: PlanNode,
): Promise<GraphResultSet> {
  const statement = compileGraphStatement({
    schema: runtime.schema,
    node: plan,
    filters: request.filters,
    order: request.order,
    skip: request.skip,
    take: request.take,
    withCount: request.skip !== undefined && request.count === "exact",
    options: COMPILED,
    cache: statementsOf(plan),
  })
  const manager = managerOf(runtime, plan.entity.group)
  const rows = await runPrepared(manager, statement.sql, statement.params)
  const count = await totalOf(rows, request, manager, () => statement)
  for (const row of rows) delete row[COUNT_COLUMN]
  return { data: hydrateGraphRows(plan, rows, COMPILED), metadata: metadataOf(request, count) }
}

/**
 * The page's total in the request's count mode: `countOf` (exact) or, for `"estimate"`, the free
 * exact total of a page that is not full, else `estimateRows` of the counted rows (`settleCount`).
 * `statement` gives the count statement, compiled only when needed.
 */
export async function totalOf(
  rows: Row[],
  request: ValidatedRequest,
  manager: Manager,
  statement: () => GraphStatement,
): Promise<number | SettledCount | undefined> {
  const count = () => {
    const { countSql, countParams } = statement()
    return runPrepared(manager, countSql, countParams)
  }
  if (request.count === "exact") return countOf(rows, request, count)
  if (request.skip === undefined) {
    const exact = await countOf(rows, request, count)
    return exact === undefined ? undefined : { count: exact, estimate: false }
  }
  const page = { rows: rows.length, skip: request.skip, take: request.take }
  const exact = async () => Number((await count())[0]?.["count"] ?? 0)
  return settleCount(page, () => estimateRows(manager.runner, statement().estimate), exact)
}

/**
 * The total, as Medusa reports it: with `skip` given, the count column of a non-empty page (else
 * a count statement); without paging, the rows' number; with `take` alone, none (Medusa returns
 * no metadata then, and counting costs a scan).
 */
export async function countOf(
  rows: Row[],
  request: ValidatedRequest,
  count: () => Promise<Row[]>,
): Promise<number | undefined> {
  if (request.skip === undefined) return request.take === undefined ? rows.length : undefined
  if (rows.length > 0) return Number(rows[0]?.[COUNT_COLUMN])
  if (request.skip === 0) return 0
  const [row] = await count()
  return Number(row?.["count"] ?? 0)
}

export function metadataOf(
  request: ValidatedRequest,
  total: number | SettledCount | undefined,
): GraphResultSet["metadata"] {
  if (total === undefined) return undefined
  if (typeof total === "number") return { count: total, skip: request.skip ?? 0, take: request.take ?? total }
  const { count, estimate } = total
  return { count, skip: request.skip ?? 0, take: request.take ?? count, estimate }
}
