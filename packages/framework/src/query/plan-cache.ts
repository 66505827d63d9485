import { BoundedCache } from "./bounded-cache.js"
import { dataKey } from "./data-key.js"
import type { GraphRequest, ValidatedRequest } from "./graph-input.js"
import type { PlanNode } from "./graph-plan.js"
import { planGraph } from "./graph-planner.js"
import type { GraphSchema } from "./graph-schema.js"

/** Plans kept per query: one per distinct entity, fields, context, order and withDeleted. */
const PLANS_PER_QUERY = 128

/**
 * The plans of one query instance by request shape. A kept plan also keeps the statements
 * compiled from it (`executeCompiled`), so a repeated request shape plans and compiles once.
 *
 * @example
 * const plans = new PlanCache(schema)
 * plans.planOf(input, validateGraphRequest(schema, input, maxTake)) // the same PlanNode for the same shape
 */
export class PlanCache {
  readonly #plans = new BoundedCache<string, PlanNode>(PLANS_PER_QUERY)

  constructor(private readonly schema: GraphSchema) {}

  /**
   * The plan of `request` (validated from `input`): the one planned before for the same entity,
   * fields, context, order and withDeleted, else a new one, kept when those are plain data. A kept
   * plan is built from copies of the context and order, so a caller changing its objects afterwards
   * cannot change it.
   */
  planOf(input: GraphRequest, request: ValidatedRequest): PlanNode {
    const key = dataKey([input.entity, input.fields, request.context, request.order, request.withDeleted])
    const kept = key === undefined ? undefined : this.#plans.get(key)
    if (kept !== undefined) return kept
    const plan = planGraph(this.schema, {
      entity: request.entity,
      fields: request.fields,
      context: key === undefined ? request.context : structuredClone(request.context),
      order: key === undefined ? request.order : structuredClone(request.order),
      withDeleted: request.withDeleted,
    })
    return key === undefined ? plan : this.#plans.set(key, plan)
  }
}
