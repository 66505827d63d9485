import type { NextFunction, Request, Response } from "express"
import type { StratumContainer } from "../container/create-container.js"

/** The verbs a route file may export. */
export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"] as const
export type HttpMethod = (typeof HTTP_METHODS)[number]

/** Sort order for `query.graph`: `{ created_at: "DESC" }`, nested for relation fields. */
export interface OrderBy {
  [field: string]: "ASC" | "DESC" | OrderBy
}

/** The `query.graph` configuration derived from `fields`, `order`, `limit`, `offset` and `with_deleted`. */
export interface RequestQueryConfig {
  fields: string[]
  /** Present on list routes (`isList: true`). */
  pagination?: { skip: number; take: number; order?: OrderBy }
  withDeleted?: boolean
}

/** The same selection shaped for module services (`listX(filters, config)`). */
export interface RequestFindConfig {
  select: string[]
  relations: string[]
  skip?: number
  take?: number
  order?: OrderBy
  withDeleted?: boolean
}

/**
 * The request a route handler or middleware receives: Express's request plus the per-request
 * container scope and what the validators produced.
 *
 * @example
 * export async function GET(req: MedusaRequest, res: MedusaResponse) {
 *   const query = req.scope.resolve("query")
 *   return query.graph({ entity: "product", ...req.queryConfig, filters: req.filterableFields })
 * }
 */
export interface MedusaRequest<TBody = unknown, TQuery = Record<string, unknown>> extends Request {
  /** A per-request awilix scope (`container.createScope()`). */
  scope: StratumContainer
  /** The body after `validateAndTransformBody`. */
  validatedBody: TBody
  /** The query after `validateAndTransformQuery`. */
  validatedQuery: TQuery
  /** The validated query minus `fields`, `order`, `limit`, `offset` and `with_deleted`. */
  filterableFields: Record<string, unknown>
  /** `{ fields, pagination, withDeleted }` for `query.graph`. */
  queryConfig: RequestQueryConfig
  /** Deprecated alias of `queryConfig`, kept as Medusa does. */
  remoteQueryConfig: RequestQueryConfig
  /** `FindConfig` for list calls on module services. */
  listConfig: RequestFindConfig
  /** `FindConfig` for retrieve calls on module services. */
  retrieveConfig: RequestFindConfig
  /** The fields a client may ask for on this route. */
  allowed?: string[]
  /** The `x-request-id` of this request (echoed from the client or generated). */
  requestId: string
}

/** Express's response; handlers either send with it or return a value to be sent as JSON. */
export type MedusaResponse<TBody = unknown> = Response<TBody>

export type MedusaNextFunction = NextFunction

/**
 * A route handler: `export async function GET(req, res)`. A value it returns without having
 * sent a response is sent as JSON.
 */
export type MedusaRouteHandler = {
  bivarianceHack(req: MedusaRequest, res: MedusaResponse): unknown
}["bivarianceHack"]

/** A middleware: runs before the route handler and calls `next()` (or `next(error)`). */
export type MiddlewareFunction = {
  bivarianceHack(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): unknown
}["bivarianceHack"]

/** An error middleware as Express defines it. */
export type MedusaErrorHandler = {
  bivarianceHack(error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): unknown
}["bivarianceHack"]
