import { invalidData } from "../../errors/factories.js"
import type { OrderBy, RequestFindConfig, RequestQueryConfig } from "../types.js"
import { parseFields } from "./query-fields.js"
import { parseOrder } from "./query-order.js"

/** How a route turns `fields`/`order`/`limit`/`offset` into a `query.graph` configuration. */
export interface QueryConfigOptions {
  /** Fields selected when the client sends no `fields`. */
  defaults?: string[]
  /** Alias of `defaults` (older Medusa name). */
  defaultFields?: string[]
  /** List routes get `pagination`; retrieve routes do not. */
  isList?: boolean
  /** Fields a client may select or sort by. Default: the `defaults` (a secure default). */
  allowed?: string[]
  /** `take` when the client sends no `limit`. Default 50. */
  defaultLimit?: number
  /** Largest accepted `limit`. Default 100. */
  maxLimit?: number
}

export interface QueryInput {
  fields?: string
  order?: string
  limit?: number
  offset?: number
  withDeleted?: boolean
}

export interface BuiltQueryConfig {
  queryConfig: RequestQueryConfig
  listConfig: RequestFindConfig
  retrieveConfig: RequestFindConfig
  allowed: string[]
}

function findConfig(fields: string[], withDeleted: boolean | undefined): RequestFindConfig {
  const relations = new Set<string>()
  const select: string[] = []
  for (const field of fields) {
    const parts = field.split(".")
    for (let i = 1; i < parts.length; i++) relations.add(parts.slice(0, i).join("."))
    if (!field.endsWith("*")) select.push(field)
  }
  const config: RequestFindConfig = { select, relations: [...relations] }
  if (withDeleted !== undefined) config.withDeleted = withDeleted
  return config
}

/**
 * Builds `req.queryConfig`, `req.listConfig` and `req.retrieveConfig` from validated query input.
 *
 * @example
 * buildQueryConfig({ fields: "+description", order: "-created_at", limit: 10 }, { defaults: ["id", "title"], allowed: ["id", "title", "description", "created_at"], isList: true })
 * // queryConfig: { fields: ["id", "title", "description"], pagination: { skip: 0, take: 10, order: { created_at: "DESC" } } }
 */
export function buildQueryConfig(input: QueryInput, options: QueryConfigOptions): BuiltQueryConfig {
  const defaults = options.defaults ?? options.defaultFields ?? []
  const allowed = options.allowed ?? defaults
  const fields = parseFields(input.fields, defaults, allowed)
  const order: OrderBy | undefined = parseOrder(input.order, allowed)
  const maxLimit = options.maxLimit ?? 100
  const take = input.limit ?? options.defaultLimit ?? 50
  if (take > maxLimit) throw invalidData(`Invalid request: query parameter 'limit': must be at most ${maxLimit}`)
  const skip = input.offset ?? 0
  const queryConfig: RequestQueryConfig = { fields }
  if (input.withDeleted !== undefined) queryConfig.withDeleted = input.withDeleted
  const retrieveConfig = findConfig(fields, input.withDeleted)
  const listConfig: RequestFindConfig = { ...retrieveConfig, skip, take }
  if (order) listConfig.order = order
  if (options.isList) queryConfig.pagination = order ? { skip, take, order } : { skip, take }
  return { queryConfig, listConfig, retrieveConfig, allowed }
}
