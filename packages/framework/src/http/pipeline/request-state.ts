import type { Request } from "express"
import type { StatementCounter } from "../../context/execution-scope.js"

/** What the HTTP layer keeps about a request besides what handlers see on `req`. */
export interface RequestState {
  counter: StatementCounter
  startedAt: number
}

/** Kept on the request under a symbol of this module (cheaper than a WeakMap entry per request). */
const STATE = Symbol("stratum.requestState")

type WithState = Request & { [STATE]?: RequestState }

export function setRequestState(req: Request, state: RequestState): void {
  ;(req as WithState)[STATE] = state
}

export function requestState(req: Request): RequestState | undefined {
  return (req as WithState)[STATE]
}
