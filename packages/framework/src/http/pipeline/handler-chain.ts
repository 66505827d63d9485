import type { RequestHandler } from "express"

/**
 * Runs Express handlers one after another inside a single Express layer, sparing the router's
 * per-layer matching for fixed steps that decide for themselves whether they apply. Each handler
 * calls `next()` to go on (`next("route")` too, as at the application level); a throw, a rejected
 * promise or `next(error)` leaves the chain with that error for Express's error handlers, and
 * `next("router")` leaves the application's router; after the last handler the application's next
 * layer runs.
 *
 * @example
 * app.use(handlerChain([requestContext(container, logger), pathsUnder(["/store"], cors("*"))]))
 */
export function handlerChain(handlers: readonly RequestHandler[]): RequestHandler {
  return (req, res, next) => {
    let index = 0
    const step = (error?: unknown): void => {
      if (error && error !== "route") {
        next(error)
        return
      }
      const handler = handlers[index++]
      if (handler === undefined) {
        next()
        return
      }
      try {
        const result: unknown = handler(req, res, step)
        if (result instanceof Promise) result.catch((reason: unknown) => next(reason ?? new Error("Rejected promise")))
      } catch (thrown) {
        next(thrown)
      }
    }
    step()
  }
}

/**
 * `handler` for requests whose path is one of `prefixes` or lies under one (`/store`,
 * `/store/`, `/store/products`, not `/storefront`), compared without case as Express matches
 * `app.use(prefix, handler)`; other requests go straight on.
 *
 * @example
 * pathsUnder(["/admin"], adminAuth(tokens))
 */
export function pathsUnder(prefixes: readonly string[], handler: RequestHandler): RequestHandler {
  const lowered = prefixes.map((prefix) => prefix.toLowerCase())
  return (req, res, next) => {
    const path = req.path.toLowerCase()
    if (lowered.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))) return handler(req, res, next)
    next()
  }
}
