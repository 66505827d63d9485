import type { DatabaseGroup } from "../app/module-graph.js"
import type { Manager } from "../database/manager.js"
import { executeCompiled } from "./compiled-executor.js"
import type { ComputedFieldDefinition } from "./computed-field.js"
import { CrossDatabaseEdge } from "./cross-database.js"
import { DEFAULT_MAX_TAKE, validateGraphRequest, type GraphRequest } from "./graph-input.js"
import type { PlanNode } from "./graph-plan.js"
import type { GraphResultSet } from "./graph-result.js"
import type { GraphRuntime } from "./graph-runtime.js"
import { buildGraphSchema, type GraphSchema } from "./graph-schema.js"
import type { GraphFunction } from "./graph-types.js"
import { executeInMemory } from "./in-memory-executor.js"
import type { LinkDefinition } from "./link-types.js"
import { PlanCache } from "./plan-cache.js"

export interface CreateQueryOptions {
  /** The application's databases and their modules (`loadModuleGraph`). */
  groups: readonly DatabaseGroup[]
  /** The manager of each group. */
  managers: ReadonlyMap<DatabaseGroup, Manager>
  links?: readonly LinkDefinition[]
  /** Computed fields besides those the modules declare (`Module(name, { computedFields })`). */
  computedFields?: readonly ComputedFieldDefinition[]
  /** Largest `pagination.take` accepted (default 1000). */
  maxTake?: number
}

/** `container.resolve("query")`: call it or its `graph` method. */
export interface Query extends GraphFunction {
  graph: GraphFunction
  /** The resolved models, links and computed fields the graph works from. */
  readonly schema: GraphSchema
}

function singleDatabase(schema: GraphSchema, plan: PlanNode): boolean {
  const group = plan.entity.group
  const visit = (node: PlanNode): boolean =>
    node.children.every(
      (child) =>
        child.node.entity.group === group &&
        (child.edge.kind !== "linkTable" || schema.linkGroup === group) &&
        visit(child.node),
    )
  return visit(plan)
}

/**
 * Builds the query graph: `graph({ entity, fields, filters, pagination, context, withDeleted })`
 * resolves to `{ data, metadata: { count, skip, take } }`. When the request's modules, links and
 * filters share one database it is one prepared statement (plus a count statement only for an
 * empty page past the end); otherwise each module is fetched once per level with `= ANY($1)` and
 * joined in memory, with the same results.
 *
 * @example
 * const query = createQuery({ groups, managers, links: [productBrand] })
 * container.register(ContainerRegistrationKeys.QUERY, asValue(query))
 * const { data, metadata } = await query.graph({ entity: "product", fields: ["title", "brand.name"], pagination: { take: 20 } })
 * // SELECT t0."id", t0."title", (SELECT json_build_object('id', q1."id", 'name', q1."name") FROM "brand" AS q1
 * //   INNER JOIN "product_product_brand_brand" AS q1_l ON ... WHERE q1_l."product_id" = t0."id" ... LIMIT 1) AS "brand",
 * //   (SELECT count(*) FROM "product" AS r WHERE r."deleted_at" IS NULL) AS "__count"
 * // FROM (SELECT r.*, r."id" AS "__o1" FROM "product" AS r WHERE r."deleted_at" IS NULL ORDER BY "__o1" ASC LIMIT $1) AS t0
 * // ORDER BY t0."__o1" ASC
 */
export function createQuery(options: CreateQueryOptions): Query {
  const schema = buildGraphSchema({
    groups: options.groups,
    links: options.links ?? [],
    computedFields: options.computedFields,
  })
  const runtime: GraphRuntime = { schema, managers: options.managers }
  const maxTake = options.maxTake ?? DEFAULT_MAX_TAKE
  const plans = new PlanCache(schema)
  const graph = async (input: GraphRequest): Promise<GraphResultSet> => {
    const request = validateGraphRequest(schema, input, maxTake)
    const plan = plans.planOf(input, request)
    if (singleDatabase(schema, plan)) {
      try {
        return await executeCompiled(runtime, request, plan)
      } catch (error) {
        // A filter or an order reached a module of another database.
        if (!(error instanceof CrossDatabaseEdge)) throw error
      }
    }
    return executeInMemory(runtime, request, plan)
  }
  const typedGraph = graph as unknown as GraphFunction
  return Object.assign(((input: GraphRequest) => graph(input)) as unknown as GraphFunction, {
    graph: typedGraph,
    schema,
  })
}
