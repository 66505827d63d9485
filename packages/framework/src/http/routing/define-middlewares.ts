import type { HttpMethod, MedusaErrorHandler, MiddlewareFunction } from "../types.js"

/** `USE` mounts the middlewares on every path under the matcher (prefix); `ALL` on every verb of that path. */
export type MiddlewareVerb = HttpMethod | "USE" | "ALL"

/** One entry of `defineMiddlewares({ routes })`. */
export interface MiddlewareRoute {
  /** A path pattern (`/admin/posts/:id`, `/store/*`) or a RegExp. */
  matcher: string | RegExp
  /** Verbs the middlewares run for; omitted means every path under `matcher` (as `USE`). */
  methods?: MiddlewareVerb[]
  /** Deprecated single-verb form, as Medusa. */
  method?: MiddlewareVerb | MiddlewareVerb[]
  middlewares?: MiddlewareFunction[]
}

export interface MiddlewaresConfig {
  routes?: MiddlewareRoute[]
  /** Runs before Stratum's error handler; it may answer, or pass the error on with `next(error)`. */
  errorHandler?: MedusaErrorHandler
}

/**
 * Declares the middlewares of `src/api/middlewares.ts`. Validators placed here
 * (`validateAndTransformBody`, `validateAndTransformQuery`) also describe the route in `/openapi.json`.
 *
 * @example
 * export default defineMiddlewares({
 *   routes: [
 *     { matcher: "/admin/posts", methods: ["POST"], middlewares: [validateAndTransformBody(CreatePost)] },
 *     { matcher: "/store/*", middlewares: [(req, res, next) => next()] },
 *   ],
 * })
 */
export function defineMiddlewares(config: MiddlewaresConfig): MiddlewaresConfig {
  return config
}
