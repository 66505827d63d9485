import express, { type RequestHandler } from "express"
import type { RouteIndex } from "../routing/route-index.js"

export const DEFAULT_BODY_LIMIT = "1mb"

/**
 * Parses JSON bodies (`application/json`, `application/*+json`) up to `limit`, only for requests
 * a route will answer (so a wrong verb is a 405, not a body error); a malformed body becomes a
 * 400 and an oversized one a 413 in the error handler.
 */
export function jsonBody(index: RouteIndex, limit: string | number = DEFAULT_BODY_LIMIT): RequestHandler {
  const parse = express.json({ limit, type: ["application/json", "application/*+json"], strict: true })
  return (req, res, next) => {
    if (index.serves(req.method, req.path)) parse(req, res, next)
    else next()
  }
}
