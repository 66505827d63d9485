import { currentStatementCounter } from "../context/execution-scope.js"

/** One statement as it went over the wire. */
export interface StatementEvent {
  sql: string
  params: readonly unknown[]
  durationMs: number
  rowCount: number | null
  error?: Error
}

export type StatementListener = (event: StatementEvent) => void

/**
 * Sees every statement the pool sends: feeds the active statement counter, the debug log and any
 * listener (tests use one to assert statement counts).
 */
export class StatementMonitor {
  readonly #listeners = new Set<StatementListener>()

  /** Calls `listener` for each statement until the returned function is called. */
  subscribe(listener: StatementListener): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  record(event: StatementEvent): void {
    const counter = currentStatementCounter()
    if (counter) counter.statements++
    for (const listener of this.#listeners) listener(event)
  }
}

function formatParam(value: unknown): string {
  if (value instanceof Date) return value.toISOString()
  const text = typeof value === "string" ? `'${value}'` : (JSON.stringify(value) ?? String(value))
  return text.length > 200 ? `${text.slice(0, 200)}…` : text
}

/** `[12.3 ms] select ... -- params: [1, 'a']`, one line per statement. */
export function formatStatement(event: StatementEvent): string {
  const sql = event.sql.replace(/\s+/g, " ").trim()
  const params = event.params.length ? ` -- params: [${event.params.map(formatParam).join(", ")}]` : ""
  const failed = event.error ? ` -- failed: ${event.error.message}` : ""
  return `[${event.durationMs.toFixed(1)} ms] ${sql}${params}${failed}`
}
