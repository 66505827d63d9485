import type { RequestHandler } from "express"
import { invalidData } from "../../errors/factories.js"
import type { MedusaRequest, MedusaRouteHandler } from "../types.js"
import { withRequestCounter } from "./request-context.js"

/** A parameter value that could walk a file path: separators, NUL, `.` or `..`. */
function unsafeParam(value: string): boolean {
  return value === "." || value === ".." || /[/\\\0]/.test(value)
}

/**
 * Adapts a route handler for Express: refuses path parameters that could traverse paths
 * (`..`, `/`, `\`, NUL — 400), forwards thrown or rejected errors to the error handler, and
 * sends a returned value as JSON when the handler did not respond itself (204 when it returned
 * nothing and did not respond).
 *
 * @example
 * router.get("/store/ping", wrapHandler(async () => ({ pong: true })))
 */
export function wrapHandler(handler: MedusaRouteHandler): RequestHandler {
  return async (req, res) => {
    const request = req as MedusaRequest
    const params = req.params as Record<string, string>
    for (const name in params) {
      const value = params[name] as string
      if (unsafeParam(value))
        throw invalidData(`Invalid request: path parameter '${name}' must not contain '/', '\\', NUL or be '.' or '..'`)
    }
    const result = await withRequestCounter(request, () => handler(request, res))
    if (res.headersSent || res.writableEnded) return
    if (result === undefined) res.status(204).end()
    else res.json(result)
  }
}
