import { invalidData } from "../errors/factories.js"
import { countModeOf, type CountMode } from "../modules/sql/read/estimate-rows.js"
import { describeValue, isPlainObject } from "../modules/sql/read/value-shapes.js"
import { parseFields, type FieldTree } from "./field-parser.js"
import type { GraphEntity, GraphSchema } from "./graph-schema.js"

/** Default largest `take` a graph request may ask for; `createQuery({ maxTake })` changes it. */
export const DEFAULT_MAX_TAKE = 1000

/** What `query.graph` accepts (Medusa's `RemoteQueryInput`), untyped. */
export interface GraphRequest {
  entity: string
  fields?: readonly string[]
  filters?: Record<string, unknown>
  pagination?: {
    skip?: number | null
    take?: number | null
    order?: Record<string, unknown>
    /**
     * How `metadata.count` is computed when `skip` is given: `"exact"` (default, a count in the
     * page's statement) or `"estimate"` (planner statistics, no scan; `metadata.estimate` says which).
     */
    count?: "exact" | "estimate"
  }
  context?: Record<string, unknown>
  withDeleted?: boolean
}

/** A request checked for shape, entity resolved, fields parsed. */
export interface ValidatedRequest {
  readonly entity: GraphEntity
  readonly fields: FieldTree
  readonly filters: Record<string, unknown>
  readonly skip: number | undefined
  readonly take: number | undefined
  readonly order: Record<string, unknown> | undefined
  readonly count: CountMode
  readonly context: Record<string, unknown> | undefined
  readonly withDeleted: boolean
}

function bound(value: unknown, name: "skip" | "take", max: number): number | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw invalidData(`Expected a non-negative integer for pagination.${name}, got ${describeValue(value)}`)
  }
  if (value > max) {
    throw invalidData(
      `pagination.${name} ${value} is above the maximum of ${max}; page through the results (skip) instead`,
    )
  }
  return value
}

function optionalObject(value: unknown, name: string, example: string): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined
  if (!isPlainObject(value))
    throw invalidData(`Expected an object for ${name}, e.g. ${example}, got ${describeValue(value)}`)
  return value
}

/**
 * Checks a graph request's shape and resolves its entity (a model's snake name or its plural).
 * Throws `invalid_data` saying what was wrong and what is allowed.
 *
 * @example
 * validateGraphRequest(schema, { entity: "products", fields: ["title"], pagination: { take: 20 } }, 1000)
 * // { entity: <Product>, fields: { leaves: {title} }, take: 20, skip: undefined, ... }
 * validateGraphRequest(schema, { entity: "prodcut" }, 1000)
 * // throws: Unknown entity "prodcut"; known entities: product, products, product_variant, ...
 */
export function validateGraphRequest(schema: GraphSchema, request: GraphRequest, maxTake: number): ValidatedRequest {
  if (!isPlainObject(request)) {
    throw invalidData(
      `query.graph expects an object { entity, fields, filters?, pagination? }, got ${describeValue(request)}`,
    )
  }
  const entity = typeof request.entity === "string" ? schema.aliases.get(request.entity) : undefined
  if (entity === undefined) {
    throw invalidData(
      `Unknown entity ${describeValue(request.entity)} in query.graph; known entities: ${[...schema.aliases.keys()].join(", ")}`,
    )
  }
  const pagination = optionalObject(request.pagination, "pagination", "{ skip: 0, take: 20 }") ?? {}
  if (request.withDeleted !== undefined && typeof request.withDeleted !== "boolean") {
    throw invalidData(`Expected a boolean for withDeleted, got ${describeValue(request.withDeleted)}`)
  }
  return {
    entity,
    fields: parseFields(request.fields),
    filters: optionalObject(request.filters, "filters", '{ id: "prod_1" }') ?? {},
    skip: bound(pagination.skip, "skip", Number.MAX_SAFE_INTEGER),
    take: bound(pagination.take, "take", maxTake),
    order: optionalObject(pagination.order, "pagination.order", '{ created_at: "DESC" }'),
    count: countModeOf(pagination.count, "pagination.count"),
    context: optionalObject(request.context, "context", "{ variants: { calculated_price: QueryContext({...}) } }"),
    withDeleted: request.withDeleted === true,
  }
}
