import { randomUUID } from "node:crypto"
import type { RequestHandler } from "express"
import type { StratumContainer } from "../../container/create-container.js"
import { requestScope } from "../../container/request-scope.js"
import {
  currentStatementCounter,
  runWithStatementCounter,
  type StatementCounter,
} from "../../context/execution-scope.js"
import type { Logger } from "../../logging/logger.js"
import type { MedusaRequest } from "../types.js"
import { requestState, setRequestState } from "./request-state.js"

const CLIENT_REQUEST_ID = /^[\w.:@-]{1,128}$/

/** The client's `x-request-id` when it is short and plain, else a fresh UUID. */
export function requestIdFor(header: string | string[] | undefined): string {
  return typeof header === "string" && CLIENT_REQUEST_ID.test(header) ? header : randomUUID()
}

/**
 * First step of every request: assigns the request id (echoed in `x-request-id`), gives it a
 * container scope as `req.scope` (created on first use, see `requestScope`), starts a statement
 * counter, and logs one line when the response is done (method, path, status, duration and SQL
 * statements; nothing is built when the logger's level leaves the line out).
 */
export function requestContext(container: StratumContainer, logger: Logger): RequestHandler {
  return (req, res, next) => {
    const request = req as MedusaRequest
    const counter: StatementCounter = { statements: 0 }
    const startedAt = performance.now()
    const path = req.path
    setRequestState(req, { counter, startedAt })
    request.requestId = requestIdFor(req.headers["x-request-id"])
    res.setHeader("x-request-id", request.requestId)
    const scope = requestScope(container)
    request.scope = scope.scope
    let logged = false
    const done = () => {
      if (logged) return
      logged = true
      const status = res.writableFinished ? res.statusCode : 499
      const level = status >= 500 ? "error" : "info"
      if (logger.isLevelEnabled(level)) {
        const line = {
          requestId: request.requestId,
          method: req.method,
          path,
          status,
          durationMs: Math.round((performance.now() - startedAt) * 100) / 100,
          sqlStatements: counter.statements,
        }
        logger[level](line, `${req.method} ${path} ${status} ${line.durationMs}ms ${counter.statements} sql`)
      }
      scope
        .dispose()
        .catch((error: unknown) =>
          logger.warn({ err: error, requestId: request.requestId }, "disposing the request scope failed"),
        )
    }
    res.once("finish", done)
    res.once("close", done)
    runWithStatementCounter(counter, next)
  }
}

/**
 * Runs `fn` with the request's statement counter bound to its async flow. `requestContext` opens
 * that scope for every later step (JSON body parsing keeps it), but a middleware may call `next`
 * from a callback outside the request's flow (a client library calling back from its own socket);
 * route handlers run through this, so their statements are counted either way.
 */
export function withRequestCounter<T>(req: MedusaRequest, fn: () => T): T {
  const state = requestState(req)
  return state && currentStatementCounter() !== state.counter ? runWithStatementCounter(state.counter, fn) : fn()
}
