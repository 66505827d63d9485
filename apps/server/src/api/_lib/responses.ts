import type { GraphResultSet } from "@stratum/framework/utils"
import type { RequestQueryConfig } from "@stratum/framework/http"
import { notFound } from "./errors.js"

/** Medusa's list body: the rows under their plural key, with `count`, `offset` and `limit`. */
export type ListResponse<K extends string, T> = { [P in K]: T[] } & { count: number; offset: number; limit: number }

/** Medusa's delete body. */
export interface DeleteResponse {
  id: string
  object: string
  deleted: true
}

/**
 * Shapes a paged `query.graph` result as Medusa's list response. The count comes from the graph's
 * metadata (exact, computed in the page's own statement).
 *
 * @example
 * listResponse("products", await query.graph({ entity: "product", ...req.queryConfig }), req.queryConfig)
 * // { products: [...], count: 42, offset: 0, limit: 20 }
 */
export function listResponse<K extends string, T>(
  key: K,
  result: GraphResultSet<T>,
  config: RequestQueryConfig,
): ListResponse<K, T> {
  const offset = config.pagination?.skip ?? 0
  const limit = config.pagination?.take ?? result.data.length
  const count = result.metadata?.count ?? offset + result.data.length
  return { [key]: result.data, count, offset, limit } as ListResponse<K, T>
}

/**
 * The first row of a graph result, or a 404 naming the entity and id.
 *
 * @example
 * const product = firstOrNotFound(await query.graph({ entity: "product", filters: { id } }), "Product", id)
 */
export function firstOrNotFound<T>(result: GraphResultSet<T>, entity: string, id: string): T {
  const [row] = result.data
  if (row === undefined) throw notFound(entity, id)
  return row
}

/**
 * Medusa's answer to a delete.
 *
 * @example
 * deleteResponse("prod_123", "product") // { id: "prod_123", object: "product", deleted: true }
 */
export function deleteResponse(id: string, object: string): DeleteResponse {
  return { id, object, deleted: true }
}
