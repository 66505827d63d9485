import { AsyncLocalStorage } from "node:async_hooks"

/** Per-request (or per-job) counters, filled by the connection pool as statements run. */
export interface StatementCounter {
  statements: number
}

const counters = new AsyncLocalStorage<StatementCounter>()

/**
 * Runs `fn` with a fresh statement counter; every statement sent to PostgreSQL while it runs,
 * including statements of nested async work, is counted.
 *
 * @example
 * const [result, counter] = await countStatements(() => service.listProducts())
 */
export async function countStatements<T>(fn: () => Promise<T>): Promise<[T, StatementCounter]> {
  const counter: StatementCounter = { statements: 0 }
  const result = await counters.run(counter, fn)
  return [result, counter]
}

/**
 * Runs `fn` with `counter` as the statement counter of its async flow (used by the HTTP request
 * logger). A scope per call, not `enterWith`: binding a counter with `enterWith` on every request
 * made each request's objects survive young-generation collections under load (measured: about
 * 9 MB promoted per collection on a route that awaits once, none with a scope).
 */
export function runWithStatementCounter<T>(counter: StatementCounter, fn: () => T): T {
  return counters.run(counter, fn)
}

/** The counter of the current async flow, when one is active. */
export function currentStatementCounter(): StatementCounter | undefined {
  return counters.getStore()
}
