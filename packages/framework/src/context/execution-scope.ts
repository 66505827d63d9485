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

/** Binds a counter for the rest of the current async flow (used by the HTTP request logger). */
export function enterStatementCounter(counter: StatementCounter): void {
  counters.enterWith(counter)
}

/** The counter of the current async flow, when one is active. */
export function currentStatementCounter(): StatementCounter | undefined {
  return counters.getStore()
}
