import type { RequestHandler } from "express"
import { invalidData } from "../../errors/factories.js"

/**
 * Placed before a handler that declared no query schema: any query parameter is unknown to it,
 * so it is a 400 naming the parameter rather than silently ignored.
 */
export const rejectQuery: RequestHandler = (req, _res, next) => {
  const names = Object.keys(req.query as Record<string, unknown>)
  if (names.length > 0) {
    throw invalidData(
      `Invalid request: unknown query parameter${names.length > 1 ? "s" : ""} ${names.map((name) => `'${name}'`).join(", ")}; this route accepts no query parameters`,
    )
  }
  next()
}
