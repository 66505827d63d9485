import type { IncomingHttpHeaders } from "node:http"
import express, { type RequestHandler } from "express"
import type { RouteIndex } from "../routing/route-index.js"

export const DEFAULT_BODY_LIMIT = "1mb"

/** Whether a request announces a body (as the body parser decides it: a length or a chunked encoding). */
const announcesBody = (headers: IncomingHttpHeaders) =>
  headers["content-length"] !== undefined || headers["transfer-encoding"] !== undefined

/**
 * Parses JSON bodies (`application/json`, `application/*+json`) up to `limit`, only for requests
 * that carry one and that a route will answer (so a wrong verb is a 405, not a body error); a
 * malformed body becomes a 400 and an oversized one a 413 in the error handler.
 */
export function jsonBody(index: RouteIndex, limit: string | number = DEFAULT_BODY_LIMIT): RequestHandler {
  const parse = express.json({ limit, type: ["application/json", "application/*+json"], strict: true })
  return (req, res, next) => {
    if (announcesBody(req.headers) && index.serves(req.method, req.path)) parse(req, res, next)
    else next()
  }
}
