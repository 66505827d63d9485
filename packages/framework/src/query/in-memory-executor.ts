import { invalidData } from "../errors/factories.js"
import { quoteIdent } from "../modules/sql/read/sql-identifiers.js"
import type { Row } from "../modules/sql/types.js"
import { metadataOf, totalOf } from "./compiled-executor.js"
import { CrossDatabaseEdge } from "./cross-database.js"
import { convertRow, finishRow } from "./graph-hydrator.js"
import type { ValidatedRequest } from "./graph-input.js"
import type { PlanChild, PlanNode } from "./graph-plan.js"
import type { GraphResultSet } from "./graph-result.js"
import { managerOf, runPrepared, type GraphRuntime } from "./graph-runtime.js"
import { compileGraphStatement, COUNT_COLUMN, type GraphStatementInput } from "./graph-statement.js"
import type { SelectOptions } from "./json-slots.js"
import { resolveLinkFilters } from "./link-filter-resolver.js"

const SEGMENT: SelectOptions = { followLinks: false, withHiddenColumns: true }

const rowsOf = (value: unknown): Row[] =>
  (Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]) as Row[]

function unique(values: unknown[]): unknown[] {
  return [...new Set(values.filter((value) => value !== null && value !== undefined))]
}

/** Fetches the rows of one module level (its own relations nested in SQL) and converts them. */
async function fetchLevel(
  runtime: GraphRuntime,
  input: Omit<GraphStatementInput, "schema" | "options">,
): Promise<Row[]> {
  const statement = compileGraphStatement({ ...input, schema: runtime.schema, options: SEGMENT })
  const rows = await runPrepared(managerOf(runtime, input.node.entity.group), statement.sql, statement.params)
  for (const row of rows) convertRow(input.node, row, SEGMENT)
  return rows
}

/** Gives each parent its linked rows: a list for a to-many side, the first row or null otherwise. */
function distribute(child: PlanChild, parents: Row[], keyOf: (parent: Row) => unknown[], targets: Map<unknown, Row>) {
  const used = new Set<Row>()
  const take = (row: Row): Row => {
    if (!used.has(row)) {
      used.add(row)
      return row
    }
    return structuredClone(row)
  }
  const position = new Map([...targets.values()].map((row, index) => [row, index]))
  for (const parent of parents) {
    const found = unique(keyOf(parent))
      .map((key) => targets.get(key))
      .filter((row): row is Row => row !== undefined)
      .sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0))
    parent[child.name] = child.edge.toMany ? found.map(take) : found[0] ? take(found[0]) : null
  }
}

class InMemoryExecutor {
  constructor(private readonly runtime: GraphRuntime) {}

  async attachLink(child: PlanChild, parents: Row[]): Promise<void> {
    const { edge, node } = child
    const targetKey = edge.kind === "columnLink" ? edge.targetKey : (node.entity.meta.primaryKeys[0] as string)
    const pairs = new Map<unknown, unknown[]>()
    let keys: unknown[]
    if (edge.kind === "linkTable") {
      const sourceKey = edge.source.meta.primaryKeys[0] as string
      const sources = unique(parents.map((parent) => parent[sourceKey]))
      const sql = `SELECT ${quoteIdent(edge.sourceColumn)} AS "s", ${quoteIdent(edge.targetColumn)} AS "t" FROM ${quoteIdent(edge.table)} WHERE ${quoteIdent(edge.sourceColumn)} = ANY($1) AND "deleted_at" IS NULL`
      const rows =
        sources.length === 0
          ? []
          : await runPrepared(managerOf(this.runtime, this.runtime.schema.linkGroup), sql, [sources])
      for (const row of rows) pairs.set(row["s"], [...(pairs.get(row["s"]) ?? []), row["t"]])
      keys = unique(rows.map((row) => row["t"]))
      const targets = await this.targets(child, targetKey, keys)
      distribute(child, parents, (parent) => pairs.get(parent[sourceKey]) ?? [], targets)
      return
    }
    if (edge.kind !== "columnLink") return
    keys = unique(parents.map((parent) => parent[edge.sourceKey]))
    const targets = await this.targets(child, targetKey, keys)
    distribute(child, parents, (parent) => [parent[edge.sourceKey]], targets)
  }

  /** The linked level's rows by key, in the level's order, their own links attached. */
  async targets(child: PlanChild, key: string, keys: unknown[]): Promise<Map<unknown, Row>> {
    if (keys.length === 0) return new Map()
    const rows = await fetchLevel(this.runtime, {
      node: child.node,
      filters: { [key]: { $in: keys } },
      order: child.node.order,
      skip: undefined,
      take: undefined,
      withCount: false,
    })
    await this.attachLinks(child.node, rows)
    const byKey = new Map<unknown, Row>()
    for (const row of rows) if (!byKey.has(row[key])) byKey.set(row[key], row)
    return byKey
  }

  /** Attaches the links of `node` to its rows, descending through relations already loaded. */
  async attachLinks(node: PlanNode, rows: Row[]): Promise<void> {
    if (rows.length === 0) return
    await Promise.all(
      node.children.map((child) =>
        child.edge.kind === "relation"
          ? this.attachLinks(
              child.node,
              rows.flatMap((row) => rowsOf(row[child.name])),
            )
          : this.attachLink(child, rows),
      ),
    )
  }
}

/**
 * Runs a request that spans databases: links in filters are resolved to key lists first, then
 * the root page is fetched (filtered, ordered, counted and paginated in SQL, the root module's
 * relations nested in the same statement), then each link level with one batched `= ANY($1)`
 * fetch of its link rows and one of its targets, joined in memory. Results equal the compiled
 * executor's.
 *
 * @example
 * await executeInMemory(runtime, request, plan)
 * // SELECT t0."id", ... FROM "product" AS t0 WHERE ... ORDER BY t0."id" ASC
 * // SELECT "product_id" AS "s", "brand_id" AS "t" FROM "product_product_brand_brand" WHERE "product_id" = ANY($1) AND ...
 * // SELECT t0."id", t0."name" FROM "brand" AS t0 WHERE t0."deleted_at" IS NULL AND t0."id" = ANY($1) ORDER BY t0."id" ASC
 */
export async function executeInMemory(
  runtime: GraphRuntime,
  request: ValidatedRequest,
  plan: PlanNode,
): Promise<GraphResultSet> {
  const filters = await resolveLinkFilters(runtime, plan.entity, request.filters)
  let rows: Row[]
  try {
    rows = await fetchLevel(runtime, {
      node: plan,
      filters,
      order: request.order,
      skip: request.skip,
      take: request.take,
      withCount: request.skip !== undefined && request.count === "exact",
    })
  } catch (error) {
    if (!(error instanceof CrossDatabaseEdge)) throw error
    throw invalidData(
      `Cannot order ${plan.entity.meta.name} by "${error.edge.name}": it lives in another database; order by fields of the module's own models`,
    )
  }
  const manager = managerOf(runtime, plan.entity.group)
  const counted = () =>
    compileGraphStatement({
      schema: runtime.schema,
      node: plan,
      filters,
      order: undefined,
      skip: undefined,
      take: undefined,
      withCount: false,
      options: SEGMENT,
    })
  const count = await totalOf(rows, request, manager, counted)
  for (const row of rows) delete row[COUNT_COLUMN]
  await new InMemoryExecutor(runtime).attachLinks(plan, rows)
  const done = new WeakSet<Row>()
  for (const row of rows) finishRow(plan, row, done)
  return { data: rows, metadata: metadataOf(request, count) }
}
