import type { RequestHandler } from "express"
import { notFound } from "../../errors/factories.js"
import type { RouteIndex } from "../routing/route-index.js"

/** The `Allow` header value for a path's methods (GET implies HEAD; OPTIONS is always answered). */
export function allowHeader(methods: readonly string[]): string {
  const all = new Set(methods)
  if (all.has("GET")) all.add("HEAD")
  all.add("OPTIONS")
  return [...all].sort().join(", ")
}

/** 405 is not a MedusaError type; the error handler answers it from `status`. */
class MethodNotAllowed extends Error {
  readonly status = 405
  readonly expose = true
  readonly type = "not_allowed"
}

/**
 * Runs after every route: a path that exists with other verbs gets 405 and `Allow` (or 204 for a
 * plain `OPTIONS`); an unknown path gets a JSON 404.
 */
export function routeFallback(index: RouteIndex): RequestHandler {
  return (req, res) => {
    const methods = index.methodsFor(req.path)
    if (methods.length === 0) throw notFound(`Cannot ${req.method} ${req.path}: no such route`)
    res.setHeader("Allow", allowHeader(methods))
    if (req.method === "OPTIONS") {
      res.status(204).end()
      return
    }
    throw new MethodNotAllowed(`Method ${req.method} is not allowed on ${req.path}; allowed: ${allowHeader(methods)}`)
  }
}
