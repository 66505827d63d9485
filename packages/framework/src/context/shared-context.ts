import type { IsolationLevel, Manager } from "../database/manager.js"

/**
 * The context threaded through service calls (Medusa's `sharedContext`). Every field is optional:
 * Stratum finds the ambient transaction on its own, so a call that forgets to pass the context
 * still joins the transaction it runs in.
 */
export interface Context {
  __type?: "MedusaContext"
  /** Manager bound to an open transaction. */
  transactionManager?: Manager
  /** Manager for reads outside a transaction. */
  manager?: Manager
  /** Isolation level for a transaction a decorator opens. */
  isolationLevel?: IsolationLevel
  enableNestedTransactions?: boolean
  [key: string]: unknown
}

/** Whether a value looks like a shared context (as opposed to a config object in the same position). */
export function isContext(value: unknown): value is Context {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false
  const keys = Object.keys(value)
  return (
    keys.length === 0 ||
    (value as Context).__type === "MedusaContext" ||
    "transactionManager" in value ||
    "manager" in value ||
    "isolationLevel" in value
  )
}
