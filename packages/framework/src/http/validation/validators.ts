import { z } from "zod"
import { queryBoolean, queryInteger, queryList } from "./query-params.js"

export interface FindParamsOptions {
  /** Default `limit`. Default 20. */
  limit?: number
  /** Default `offset`. Default 0. */
  offset?: number
  /** Default `order`, e.g. `-created_at`. */
  order?: string
  /** Largest accepted `limit`; larger values are a 400. Default 100. */
  maxLimit?: number
}

/**
 * The list parameters of Medusa's routes: `fields`, `offset`, `limit`, `order`, `with_deleted`.
 * Extend it with the route's filters.
 *
 * @example
 * const ListPosts = createFindParams({ limit: 20, order: "-created_at" }).extend({ q: z.string().optional() })
 */
export function createFindParams(options: FindParamsOptions = {}) {
  const { limit = 20, offset = 0, order, maxLimit = 100 } = options
  return z.object({
    fields: queryList().optional(),
    offset: queryInteger({ min: 0 }).default(offset),
    limit: queryInteger({ min: 0, max: maxLimit }).default(limit),
    order: order === undefined ? queryList().optional() : queryList().default(order),
    with_deleted: queryBoolean().optional(),
  })
}

/**
 * The parameters of a retrieve route: `fields` only.
 *
 * @example
 * validateAndTransformQuery(createSelectParams(), { defaults: ["id", "title"] })
 */
export function createSelectParams() {
  return z.object({ fields: queryList().optional() })
}

/**
 * A filter accepting a value, a list of values, or an operator object
 * (`$eq $ne $in $nin $like $ilike $re $contains $gt $gte $lt $lte`); unknown operators fail.
 *
 * @example
 * createFindParams().extend({ created_at: createOperatorMap(), status: createOperatorMap(z.enum(["draft", "published"])) })
 * // ?created_at[$gte]=2024-01-01&status[$in][]=draft
 */
export function createOperatorMap<T extends z.ZodType = z.ZodString>(type?: T) {
  const value = (type ?? z.string()) as T
  const list = z.union([z.array(value), value.transform((single) => [single])])
  const valueOrList = z.union([value, z.array(value)])
  return z
    .union([
      value,
      z.array(value),
      z.strictObject({
        $eq: valueOrList.optional(),
        $ne: valueOrList.optional(),
        $in: list.optional(),
        $nin: list.optional(),
        $like: z.string().optional(),
        $ilike: z.string().optional(),
        $re: z.string().optional(),
        $contains: valueOrList.optional(),
        $gt: value.optional(),
        $gte: value.optional(),
        $lt: value.optional(),
        $lte: value.optional(),
      }),
    ])
    .optional()
}
