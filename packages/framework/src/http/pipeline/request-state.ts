import type { Request } from "express"
import type { StatementCounter } from "../../context/execution-scope.js"

/** What the HTTP layer keeps about a request besides what handlers see on `req`. */
export interface RequestState {
  counter: StatementCounter
  startedAt: number
}

const states = new WeakMap<Request, RequestState>()

export function setRequestState(req: Request, state: RequestState): void {
  states.set(req, state)
}

export function requestState(req: Request): RequestState | undefined {
  return states.get(req)
}
