import type { MiddlewareRoute } from "../routing/define-middlewares.js"
import { entryAppliesTo } from "../routing/matcher.js"
import type { LoadedRoute } from "../routing/route-loader.js"
import type { HttpMethod } from "../types.js"
import { schemaOf, type RequestSchema } from "../validation/schema-tag.js"

/** One operation of the API with the schemas its validators enforce. */
export interface RouteOperation {
  path: string
  method: HttpMethod
  query?: RequestSchema["schema"]
  body?: RequestSchema["schema"]
}

/**
 * Pairs every route handler with the validators that run before it: a middleware entry whose
 * matcher and methods apply to the route contributes its tagged schemas (the last one wins).
 */
export function routeOperations(routes: readonly LoadedRoute[], entries: readonly MiddlewareRoute[]): RouteOperation[] {
  const operations: RouteOperation[] = []
  for (const route of routes) {
    for (const method of Object.keys(route.handlers) as HttpMethod[]) {
      const operation: RouteOperation = { path: route.path, method }
      for (const entry of entries) {
        if (!entryAppliesTo(entry, method, route.path)) continue
        for (const middleware of entry.middlewares ?? []) {
          const tagged = schemaOf(middleware)
          if (tagged) operation[tagged.location] = tagged.schema
        }
      }
      operations.push(operation)
    }
  }
  return operations
}
