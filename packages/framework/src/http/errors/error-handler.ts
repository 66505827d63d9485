import type { ErrorRequestHandler, Response } from "express"
import { z } from "zod"
import { MedusaError } from "../../errors/medusa-error.js"
import type { Logger } from "../../logging/logger.js"
import type { MedusaRequest } from "../types.js"
import { formatZodIssues } from "../validation/zod-issues.js"
import { DATABASE_ERROR, UNKNOWN_ERROR, type ErrorBody } from "./error-body.js"
import { statusForErrorType } from "./error-status.js"

/** Errors raised by Express and body-parser carry a status and, for body errors, a `type`. */
interface HttpLikeError {
  status?: unknown
  statusCode?: unknown
  type?: unknown
  expose?: unknown
  limit?: unknown
  message?: unknown
}

function formatBytes(limit: unknown): string {
  if (typeof limit !== "number") return "the configured limit"
  return limit % (1024 * 1024) === 0
    ? `${limit / (1024 * 1024)}mb`
    : limit % 1024 === 0
      ? `${limit / 1024}kb`
      : `${limit} bytes`
}

/** Body-parser and other Express errors: the client's fault, answered plainly. */
function fromHttpError(error: HttpLikeError): { status: number; body: ErrorBody } | undefined {
  const status =
    typeof error.status === "number"
      ? error.status
      : typeof error.statusCode === "number"
        ? error.statusCode
        : undefined
  if (status === undefined || status < 400 || status >= 500) return undefined
  switch (error.type) {
    case "entity.parse.failed":
      return { status: 400, body: { type: "invalid_data", message: "Malformed JSON in request body" } }
    case "entity.too.large":
      return {
        status: 413,
        body: { type: "invalid_data", message: `Request body is larger than ${formatBytes(error.limit)}` },
      }
    case "encoding.unsupported":
    case "charset.unsupported":
      return { status: 415, body: { type: "invalid_data", message: String(error.message) } }
    default: {
      const type = typeof error.type === "string" && /^[a-z_]+$/.test(error.type) ? error.type : "invalid_data"
      const message = error.expose === true && typeof error.message === "string" ? error.message : "Bad request"
      return { status, body: { type, message } }
    }
  }
}

function send(res: Response, status: number, body: ErrorBody): void {
  res.status(status).json(body)
}

/**
 * The one error handler: `MedusaError` types become statuses with `{ type, message, code? }`,
 * zod errors become 400, malformed or oversized bodies 400/413, and anything else a generic 500
 * logged with the request id. No stack trace or internal message ever reaches the client.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    const requestId = (req as MedusaRequest).requestId
    if (res.headersSent) {
      logger.error({ err: error, requestId }, "error after the response started")
      next(error)
      return
    }
    if (MedusaError.isMedusaError(error)) {
      const status = statusForErrorType(error.type)
      if (error.type === "database_error") {
        logger.error({ err: error, requestId, statement: error.statement }, `database error: ${error.message}`)
        send(res, status, DATABASE_ERROR)
        return
      }
      if (status >= 500) logger.error({ err: error, requestId }, error.message)
      const body: ErrorBody = { type: error.type, message: error.message }
      if (error.code !== undefined) body.code = error.code
      send(res, status, body)
      return
    }
    if (error instanceof z.ZodError) {
      send(res, 400, { type: "invalid_data", message: formatZodIssues(error.issues, "body") })
      return
    }
    const http = typeof error === "object" && error !== null ? fromHttpError(error as HttpLikeError) : undefined
    if (http) {
      send(res, http.status, http.body)
      return
    }
    logger.error({ err: error, requestId, method: req.method, path: req.originalUrl }, "unhandled error")
    send(res, 500, UNKNOWN_ERROR)
  }
}
